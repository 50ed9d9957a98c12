import type { JSX } from 'preact';
import { Field } from '@/components/Field';
import { type MessageKey, t } from '@/lib/i18n';
import type { ContactDraft, DraftErrors, DraftField } from '@/lib/ui/draft';

interface ContactFormProps {
  draft: ContactDraft;
  /** The values as read from the page, so Escape can undo an edit. */
  original: ContactDraft;
  errors: DraftErrors;
  onChange(field: DraftField, value: string): void;
  /** Values ActiveCampaign already has that differ from the draft (the "AC has X, page says Y" line). */
  comparison?: Partial<Record<DraftField, string>>;
  /** Fields where the user chose the page's value over ActiveCampaign's. */
  takePage?: DraftField[];
  onTakePage?(field: DraftField, take: boolean): void;
  phoneHint?: string;
}

/** Each field's label, and its name inside a sentence ("Use the page's phone"). */
const FIELDS: {
  field: DraftField;
  label: MessageKey;
  noun: MessageKey;
  type?: 'email' | 'tel' | 'url';
  multiline?: boolean;
}[] = [
  { field: 'email', label: 'contact_email', noun: 'contact_email_noun', type: 'email' },
  { field: 'firstName', label: 'contact_first_name', noun: 'contact_first_name_noun' },
  { field: 'lastName', label: 'contact_last_name', noun: 'contact_last_name_noun' },
  { field: 'phone', label: 'contact_phone', noun: 'contact_phone_noun', type: 'tel' },
  { field: 'company', label: 'contact_company', noun: 'contact_company_noun' },
  { field: 'title', label: 'contact_job_title', noun: 'contact_job_title_noun' },
  { field: 'profileUrl', label: 'contact_linkedin_url', noun: 'contact_linkedin_url_noun', type: 'url' },
  { field: 'note', label: 'contact_note', noun: 'contact_note_noun', multiline: true },
];

/** The editable contact, one labelled field each, with ActiveCampaign's differing values beside them. */
export function ContactForm(props: ContactFormProps): JSX.Element {
  return (
    <div class="contact-form">
      {FIELDS.map(({ field, label, noun, type, multiline }) => {
        const acValue = props.comparison?.[field];
        const takingPage = props.takePage?.includes(field) ?? false;
        return (
          <Field
            key={field}
            id={`contact-${field}`}
            label={t(label)}
            type={type}
            multiline={multiline}
            value={props.draft[field]}
            error={props.errors[field]}
            hint={field === 'phone' ? props.phoneHint : undefined}
            onInput={(v) => props.onChange(field, v)}
            onCancel={() => props.onChange(field, props.original[field])}
          >
            {acValue !== undefined && (
              <div class="compare" data-field={field}>
                <span>
                  {t('contact_ac_has')} <strong>{acValue}</strong>
                  {props.draft[field] ? (
                    <>
                      {t('contact_page_says')} <strong>{props.draft[field]}</strong>
                    </>
                  ) : null}
                </span>
                {props.onTakePage && props.draft[field] && (
                  <label class="compare__choice">
                    <input
                      type="checkbox"
                      checked={takingPage}
                      onChange={(e) => props.onTakePage?.(field, e.currentTarget.checked)}
                    />
                    {t('contact_use_page_value', { field: t(noun) })}
                  </label>
                )}
                {!takingPage && <small class="hint">{t('contact_keeping_ac_value')}</small>}
              </div>
            )}
          </Field>
        );
      })}
    </div>
  );
}
