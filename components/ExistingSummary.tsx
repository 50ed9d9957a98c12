import type { JSX } from 'preact';
import { formatMoney, type MessageKey, plural, t } from '@/lib/i18n';
import type { ExistingContact } from '@/lib/messaging/protocol';
import { safeHttpUrl } from '@/lib/ui/safe-url';

const LIST_STATUS: Record<string, MessageKey> = {
  '1': 'list_status_subscribed',
  '2': 'list_status_unsubscribed',
  '0': 'list_status_unconfirmed',
  '3': 'list_status_bounced',
};

/** A list status as the user reads it; a status ActiveCampaign may add later shows its number. */
const statusName = (status: string): string => {
  const key = LIST_STATUS[status];
  return key ? t(key) : t('list_status_unknown', { status });
};

/** What ActiveCampaign already holds for this email. */
export function ExistingSummary({
  contact,
  automationNames = [],
}: {
  contact: ExistingContact;
  /** Names of the automations the contact is in now, as far as the catalog knows them. */
  automationNames?: readonly string[];
}): JSX.Element {
  const href = contact.appUrl ? safeHttpUrl(contact.appUrl) : null;
  return (
    <section class="existing" aria-label={t('existing_heading')}>
      <h2>{t('existing_heading')}</h2>
      <p>
        {[contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email}
        {contact.phone && <> · {contact.phone}</>}
        {contact.account && <> · {contact.account}</>}
      </p>
      {contact.lists.length > 0 && (
        <p>
          {t('existing_lists')}{' '}
          {contact.lists.map((l, i) => (
            <span key={l.id} class={l.status === '2' ? 'pill pill--warn' : 'pill'}>
              {l.name} ({statusName(l.status)}){i < contact.lists.length - 1 ? ' ' : ''}
            </span>
          ))}
        </p>
      )}
      {contact.tags.length > 0 && (
        <p>
          {t('existing_tags')} {contact.tags.join(', ')}
        </p>
      )}
      {contact.openDeals && contact.openDeals.length > 0 && (
        <div class="existing__deals">
          <p>{plural('deal_open_deals', contact.openDeals.length)}</p>
          <ul>
            {contact.openDeals.map((d) => (
              <li key={d.id}>
                <strong>{d.title}</strong>
                {d.where && <> · {d.where}</>} · {formatMoney(d.value, d.currency)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {automationNames.length > 0 && (
        <p>
          {t('existing_in_automations')} {automationNames.join(', ')}
        </p>
      )}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t('common_open_in_ac')}
        </a>
      )}
    </section>
  );
}
