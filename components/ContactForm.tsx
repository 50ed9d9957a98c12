import type { JSX } from 'preact';
import { Field } from '@/components/Field';
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

const FIELDS: { field: DraftField; label: string; type?: 'email' | 'tel' | 'url'; multiline?: boolean }[] = [
  { field: 'email', label: 'Email', type: 'email' },
  { field: 'firstName', label: 'First name' },
  { field: 'lastName', label: 'Last name' },
  { field: 'phone', label: 'Phone', type: 'tel' },
  { field: 'company', label: 'Company' },
  { field: 'title', label: 'Job title' },
  { field: 'profileUrl', label: 'LinkedIn URL', type: 'url' },
  { field: 'note', label: 'Note', multiline: true },
];

/** The editable contact, one labelled field each, with ActiveCampaign's differing values beside them. */
export function ContactForm(props: ContactFormProps): JSX.Element {
  return (
    <div class="contact-form">
      {FIELDS.map(({ field, label, type, multiline }) => {
        const acValue = props.comparison?.[field];
        const takingPage = props.takePage?.includes(field) ?? false;
        return (
          <Field
            key={field}
            id={`contact-${field}`}
            label={label}
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
                  ActiveCampaign has <strong>{acValue}</strong>
                  {props.draft[field] ? (
                    <>
                      , page says <strong>{props.draft[field]}</strong>
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
                    Use the page's {label.toLowerCase()}
                  </label>
                )}
                {!takingPage && <small class="hint">Keeping ActiveCampaign's value.</small>}
              </div>
            )}
          </Field>
        );
      })}
    </div>
  );
}
