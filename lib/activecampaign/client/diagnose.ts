import { AcError, isAccountRefusal, isForbidden, isRetryable } from '@/lib/activecampaign/errors';
import type { AcClient } from './v3';

/**
 * Whether a failed save means the whole account is unusable (pause the queue) or only that save
 * failed (the queue goes on). 401 and a redirecting API URL are account-level by themselves. A 403
 * or a 404 is ambiguous: AC documents no answer for a wrong or revoked key, and a server may answer
 * it with 403 (docs/activecampaign.md#errors), while a 403 may also be one list the user may not
 * use, and a 404 a contact deleted since. So `users/me` decides: refused too (401, 403, 404, a
 * redirect), the account refuses; answered, the error was about one resource. When `users/me`
 * cannot be reached at all, its own error is returned: nothing is decided, try again later.
 */
export async function accountWideError(client: AcClient, err: unknown): Promise<AcError | undefined> {
  if (isAccountRefusal(err)) return err as AcError;
  if (!(err instanceof AcError) || !(err.kind === 'not-found' || isForbidden(err))) return undefined;
  try {
    await client.testConnection();
    return undefined;
  } catch (check) {
    if (!(check instanceof AcError)) return undefined;
    return check.kind === 'not-found' || isAccountRefusal(check) || isRetryable(check) ? check : undefined;
  }
}
