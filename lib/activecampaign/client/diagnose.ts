import { AcError, isAccountRefusal } from '@/lib/activecampaign/errors';
import type { AcClient } from './v3';

/**
 * Whether a failed save means the whole account is unusable (pause the queue) or only that save
 * failed (the queue goes on). 401 and a redirecting API URL are account-level by themselves; a 404
 * is ambiguous (a contact deleted since, or a URL that is not AC at all), so `users/me` decides:
 * when it fails too, the account refuses; when it answers, the 404 was about one resource.
 */
export async function accountRefusal(client: AcClient, err: unknown): Promise<AcError | undefined> {
  if (isAccountRefusal(err)) return err as AcError;
  if (!(err instanceof AcError) || err.kind !== 'not-found') return undefined;
  try {
    await client.testConnection();
    return undefined;
  } catch (check) {
    return check instanceof AcError && (check.kind === 'not-found' || isAccountRefusal(check))
      ? check
      : undefined;
  }
}
