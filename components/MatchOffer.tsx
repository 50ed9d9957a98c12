import type { JSX } from 'preact';
import type { ExistingContact } from '@/lib/messaging/protocol';

/** The page had no email: offer the people in ActiveCampaign who may be this person. */
export function MatchOffer(props: {
  matches: ExistingContact[];
  onLink(match: ExistingContact): void;
}): JSX.Element {
  return (
    <section class="matches" aria-label="Possible matches in ActiveCampaign">
      {props.matches.map((m) => {
        const name = [m.firstName, m.lastName].filter(Boolean).join(' ');
        return (
          <div key={m.id} class="match">
            <span>
              Is this {name || m.email} &lt;{m.email}&gt;?
            </span>
            <button type="button" onClick={() => props.onLink(m)}>
              Yes, use {m.email}
            </button>
          </div>
        );
      })}
    </section>
  );
}
