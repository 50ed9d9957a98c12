import type { JSX } from 'preact';
import { plural, t } from '@/lib/i18n';
import type { NormalizedCandidate } from '@/lib/people/types';
import { candidateName } from '@/lib/ui/draft';

interface CandidateListProps {
  candidates: NormalizedCandidate[];
  /** Index of the person shown in the form. */
  active: number;
  onPick(index: number): void;
  /** Indexes ticked for a batch save. */
  batch: number[];
  onBatch(indexes: number[]): void;
}

/** Everyone found on the page, primary first; pick one to edit or tick several to save together. */
export function CandidateList(props: CandidateListProps): JSX.Element | null {
  if (props.candidates.length <= 1) return null;
  return (
    <fieldset class="candidates">
      <legend>{plural('panel_people_on_page', props.candidates.length)}</legend>
      <ul>
        {props.candidates.map((c, index) => (
          <li key={`${c.name}-${c.emails[0] ?? index}`} class={index === props.active ? 'active' : undefined}>
            <input
              type="checkbox"
              aria-label={
                c.name || c.emails[0]
                  ? t('panel_include_in_batch', { name: c.name || c.emails[0] || '' })
                  : t('panel_include_unnamed_in_batch')
              }
              checked={props.batch.includes(index)}
              onChange={(e) =>
                props.onBatch(
                  e.currentTarget.checked ? [...props.batch, index] : props.batch.filter((i) => i !== index),
                )
              }
            />
            <button
              type="button"
              class="candidate"
              aria-pressed={index === props.active}
              onClick={() => props.onPick(index)}
            >
              <span class="candidate__name">{candidateName(c)}</span>
              <span class="candidate__detail">{c.emails[0] ?? t('person_no_email')}</span>
              {(c.title || c.company) && (
                <span class="candidate__detail">{[c.title, c.company].filter(Boolean).join(' · ')}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
