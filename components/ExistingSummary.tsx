import type { JSX } from 'preact';
import type { ExistingContact } from '@/lib/messaging/protocol';
import { safeHttpUrl } from '@/lib/ui/safe-url';

const LIST_STATUS: Record<string, string> = {
  '1': 'subscribed',
  '2': 'unsubscribed',
  '0': 'unconfirmed',
  '3': 'bounced',
};

/** What ActiveCampaign already holds for this email. */
export function ExistingSummary({ contact }: { contact: ExistingContact }): JSX.Element {
  const href = contact.appUrl ? safeHttpUrl(contact.appUrl) : null;
  return (
    <section class="existing" aria-label="Already in ActiveCampaign">
      <h2>Already in ActiveCampaign</h2>
      <p>
        {[contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email}
        {contact.phone && <> · {contact.phone}</>}
        {contact.account && <> · {contact.account}</>}
      </p>
      {contact.lists.length > 0 && (
        <p>
          Lists:{' '}
          {contact.lists.map((l, i) => (
            <span key={l.id} class={l.status === '2' ? 'pill pill--warn' : 'pill'}>
              {l.name} ({LIST_STATUS[l.status] ?? `status ${l.status}`})
              {i < contact.lists.length - 1 ? ' ' : ''}
            </span>
          ))}
        </p>
      )}
      {contact.tags.length > 0 && <p>Tags: {contact.tags.join(', ')}</p>}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open in ActiveCampaign
        </a>
      )}
    </section>
  );
}
