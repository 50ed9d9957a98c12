import { AcError, type AcErrorKind } from '@/lib/activecampaign/errors';
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

/** What the user reads for each kind of failure; AC's own words fill the `{said}` slot. */
const ERROR_KEYS: Record<AcErrorKind, MessageKey> = {
  auth: 'error_auth',
  'not-found': 'error_not_found',
  validation: 'error_validation',
  'rate-limited': 'error_rate_limited',
  server: 'error_server',
  network: 'error_network',
  timeout: 'error_timeout',
  'bad-response': 'error_bad_response',
};

export function describeError(error: unknown): Wording {
  if (!(error instanceof AcError)) return { kind: 'internal', message: t('error_internal') };
  return { kind: error.kind, message: t(ERROR_KEYS[error.kind], { said: error.message }) };
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
