import type { AcClient } from '@/lib/activecampaign/client/v3';
import { AcError } from '@/lib/activecampaign/errors';
import type { MappedFieldKey, ResolvedField, ResolvedFields } from '@/lib/activecampaign/sync/plan';
import { type MessageKey, t } from '@/lib/i18n';
import type { FieldOption } from '@/lib/messaging/protocol';
import { bareTag, isFieldId, isMappableType, refersTo } from '@/lib/save/field-ref';
import type { Settings } from '@/lib/settings';
import type { FieldIndex } from './indexes';

/**
 * Custom fields are mapped in settings by id or personalisation tag; AC needs the numeric id,
 * and its value format depends on the field type. Both come from GET /fields, cached through
 * the caller's store and fetched again once when a mapping is not found (fields were added).
 */

export interface IndexStore<T> {
  load(): Promise<T | null>;
  save(index: T): Promise<void>;
}

const FIELD_LABELS: Record<MappedFieldKey, MessageKey> = {
  linkedinUrl: 'contact_linkedin_url',
  jobTitle: 'contact_job_title',
  sourceUrl: 'field_source_url',
};

const lookUpField = (index: FieldIndex, ref: string): FieldIndex['fields'][number] | undefined =>
  index.fields.find((f) => refersTo(ref, f));

function findField(index: FieldIndex, ref: string): ResolvedField | undefined {
  const field = lookUpField(index, ref);
  return field && { id: field.id, type: field.type };
}

/** The personalisation tag of a mapped field, which AC's contact filter needs (settings may hold an id). */
export async function perstagOf(
  client: AcClient,
  store: IndexStore<FieldIndex>,
  ref: string,
): Promise<string> {
  if (!isFieldId(ref)) return bareTag(ref);
  const fields = (await store.load())?.fields ?? (await client.listFields());
  return fields.find((f) => f.id === ref)?.perstag ?? '';
}

async function fetchIndex(client: AcClient, store: IndexStore<FieldIndex>): Promise<FieldIndex> {
  const index = { fields: await client.listFields() };
  await store.save(index);
  return index;
}

/** The account's fields for the options page, read fresh (new fields appear) and kept for the sync. */
export async function fieldOptions(client: AcClient, store: IndexStore<FieldIndex>): Promise<FieldOption[]> {
  return (await fetchIndex(client, store)).fields.map(({ id, title, perstag, type }) => ({
    id,
    title,
    perstag,
    type,
  }));
}

export async function resolveMappedFields(
  keys: readonly MappedFieldKey[],
  settings: Settings,
  client: AcClient,
  store: IndexStore<FieldIndex>,
): Promise<ResolvedFields> {
  if (keys.length === 0) return {};
  const cached = await store.load();
  let index = cached ?? (await fetchIndex(client, store));
  const missing = () => keys.filter((key) => !findField(index, settings.fieldMap[key] ?? ''));
  if (missing().length > 0 && cached) index = await fetchIndex(client, store);

  const [unknown] = missing();
  if (unknown) {
    throw new AcError(
      'validation',
      t('error_field_missing', { field: settings.fieldMap[unknown] ?? '', value: t(FIELD_LABELS[unknown]) }),
      { code: 'field_invalid', pointer: `/data/attributes/fieldValues/${unknown}` },
    );
  }
  for (const key of keys) {
    const field = lookUpField(index, settings.fieldMap[key] ?? '');
    if (field && !isMappableType(field.type)) {
      throw new AcError(
        'validation',
        t('error_field_wrong_type', { field: field.title, value: t(FIELD_LABELS[key]), type: field.type }),
        { code: 'field_invalid', pointer: `/data/attributes/fieldValues/${key}` },
      );
    }
  }
  return Object.fromEntries(keys.map((key) => [key, findField(index, settings.fieldMap[key] ?? '')]));
}
