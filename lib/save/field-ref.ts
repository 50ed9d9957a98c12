import { t } from '@/lib/i18n';
import { z } from '@/lib/zod';

/**
 * The one rule for naming a custom field: by its numeric id or by its personalisation tag
 * (perstag), written with or without the surrounding % and in any case
 * (docs/activecampaign.md, "Custom fields").
 */

export const fieldRefSchema = z
  .string()
  .trim()
  .regex(/^(\d{1,12}|%?[A-Z0-9_]{1,64}%?)$/i, { error: () => t('error_field_ref') });

export const isFieldId = (ref: string): boolean => /^\d+$/.test(ref);

/** A perstag without its % signs, upper case: `%linkedin_url%` → `LINKEDIN_URL`. */
export const bareTag = (ref: string): string => ref.replace(/%/g, '').toUpperCase();

/** Whether `ref` (an id or a perstag) names this field. */
export function refersTo(ref: string, field: { id: string; perstag: string }): boolean {
  return isFieldId(ref) ? field.id === ref : bareTag(field.perstag) === bareTag(ref);
}

/**
 * Field types a captured text can be written into (docs/activecampaign.md#custom-fields): the
 * sync refuses the others, so options offers only these.
 */
const MAPPABLE_TYPES = new Set(['text', 'textarea', 'hidden']);
export const isMappableType = (type: string): boolean => MAPPABLE_TYPES.has(type.trim().toLowerCase());
