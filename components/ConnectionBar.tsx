import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '@/lib/i18n';
import type { Status } from '@/lib/messaging/protocol';

/**
 * Who we are connected as, how many saves wait, why the queue is paused if it is, and `busy`: that
 * saves wait on a busy account (information, not a warning: nothing is wrong). A queue paused because
 * the account refused (the key, the URL) offers "Try again now": the account may answer again.
 */
export function ConnectionBar(props: {
  status: Status | null;
  busy?: string;
  onOpenOptions(): void;
  onTryAgain(): void;
}): JSX.Element {
  const { status } = props;
  // "Trying again…" until the background reports back (a new status: resumed, or paused again).
  const [trying, setTrying] = useState(false);
  useEffect(() => setTrying(false), [status]);
  const mayTryAgain = status?.paused?.reason === 'auth' || status?.paused?.reason === 'wrong-url';
  let text = t('connection_checking');
  let tone = 'muted';
  if (status) {
    if (status.paused) {
      text = status.paused.message;
      tone = 'warn';
    } else if (status.user) {
      text = t('connection_connected_as', { user: status.user.name || status.user.email });
      tone = 'ok';
    } else if (status.configured) {
      text = t('connection_configured');
      tone = 'ok';
    }
  }
  return (
    // Announced when it changes (connected, paused, pending count), without taking the "status" role
    // the save outcome has.
    <div class={`connection connection--${tone}`} aria-live="polite">
      <span>{text}</span>
      {status && status.pending > 0 && (
        <span class="pill">{plural('connection_pending', status.pending)}</span>
      )}
      {props.busy && <span class="connection__busy">{props.busy}</span>}
      {mayTryAgain && (
        <button
          type="button"
          class="link"
          disabled={trying}
          onClick={() => {
            setTrying(true);
            props.onTryAgain();
          }}
        >
          {trying ? t('connection_trying_again') : t('connection_try_again')}
        </button>
      )}
      {(!status?.configured || status?.paused) && (
        <button type="button" class="link" onClick={props.onOpenOptions}>
          {status?.paused?.reason === 'permission' ? t('connection_reconnect') : t('connection_settings')}
        </button>
      )}
    </div>
  );
}
