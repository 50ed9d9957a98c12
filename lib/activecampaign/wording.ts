import { AcError } from '@/lib/activecampaign/errors';
import { type MessageKey, t } from '@/lib/i18n';

/**
 * The one home of what the user reads when talking to ActiveCampaign failed: the answer to a
 * request (through the router), the error kept on an outbox item, and why the queue paused.
 * Never contains the key, headers or URLs with queries: only AC's own validation text passes
 * through, and the client has already cleaned it.
 */

interface Wording {
  kind: string;
  message: string;
}

export function describeError(error: unknown): Wording {
  if (!(error instanceof AcError)) return { kind: 'internal', message: t('error_internal') };
  const said = (key: MessageKey): Wording => ({ kind: error.kind, message: t(key, { said: error.message }) });
  switch (error.kind) {
    case 'auth':
      return said('error_auth');
    case 'not-found':
      return said('error_not_found');
    case 'validation':
      return said('error_validation');
    case 'rate-limited':
      return said('error_rate_limited');
    case 'server':
      return said('error_server');
    case 'network':
      return said('error_network');
    case 'timeout':
      return said('error_timeout');
    case 'bad-response':
      return said('error_bad_response');
  }
}

/** Why the whole queue waits after this error, or null when the error is the item's own. */
export function describePause(error: unknown): Wording | null {
  if (!(error instanceof AcError)) return null;
  switch (error.kind) {
    case 'auth':
      return { kind: 'auth', message: t('pause_auth') };
    case 'not-found':
      return { kind: 'not-found', message: t('pause_not_found') };
    default:
      return null;
  }
}
