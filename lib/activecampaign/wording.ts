import { AcError } from '@/lib/activecampaign/errors';

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

const INTERNAL_ERROR = 'Something went wrong in Sidecard. Please try again.';

export function describeError(error: unknown): Wording {
  if (!(error instanceof AcError)) return { kind: 'internal', message: INTERNAL_ERROR };
  const said = (message: string): Wording => ({ kind: error.kind, message });
  switch (error.kind) {
    case 'auth':
      return said('ActiveCampaign refused the API key (wrong key, or no permission).');
    case 'not-found':
      return said('ActiveCampaign was not found at that API URL. Check it in settings.');
    case 'validation':
      return said(`ActiveCampaign said: ${error.message}`);
    case 'rate-limited':
      return said('ActiveCampaign is busy (rate limit) — retrying.');
    case 'server':
      return said('ActiveCampaign had a problem — retrying.');
    case 'network':
      return said('Could not reach ActiveCampaign (offline?) — retrying.');
    case 'timeout':
      return said('ActiveCampaign did not answer in time — retrying.');
    case 'bad-response':
      return said('ActiveCampaign sent an answer Sidecard did not understand.');
  }
}

/** Why the whole queue waits after this error, or null when the error is the item's own. */
export function describePause(error: unknown): Wording | null {
  if (!(error instanceof AcError)) return null;
  switch (error.kind) {
    case 'auth':
      return {
        kind: 'auth',
        message:
          'ActiveCampaign refused the API key. Enter a valid key in Sidecard settings; saves wait until then.',
      };
    case 'not-found':
      return {
        kind: 'not-found',
        message:
          'ActiveCampaign was not found at that API URL. Check it in Sidecard settings; saves wait until then.',
      };
    default:
      return null;
  }
}
