import type { JSX } from 'preact';
import { t } from '@/lib/i18n';
import type { ExistingContact } from '@/lib/messaging/protocol';

/** The page had no email: offer the people in ActiveCampaign who may be this person. */
export function MatchOffer(props: {
  matches: ExistingContact[];
  onLink(match: ExistingContact): void;
}): JSX.Element {
  return (
    <section class="matches" aria-label={t('matches_label')}>
      {props.matches.map((m) => {
        const name = [m.firstName, m.lastName].filter(Boolean).join(' ');
        return (
          <div key={m.id} class="match">
            <span>{t('matches_is_this', { name: name || m.email, email: m.email })}</span>
            <button type="button" onClick={() => props.onLink(m)}>
              {t('matches_use', { email: m.email })}
            </button>
          </div>
        );
      })}
    </section>
  );
}
