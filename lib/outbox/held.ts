import { t } from '@/lib/i18n';
import { Refusal } from '@/lib/messaging/router';
import { isHeld } from '@/lib/outbox/item';
import { emptyProgress } from '@/lib/outbox/progress';
import { mutate } from '@/lib/outbox/queue';
import { readSettings } from '@/lib/storage';

/**
 * The user's decision on saves held for another account (see isHeld): send them to the account in
 * settings now, from scratch, or discard them. Nothing done in the other account counts here: a
 * contact id or a finished step there says nothing about this one, so the progress starts empty.
 * `seenOrigin` is the account the page showed when the user decided; if settings have moved on
 * since, nothing changes and the user is asked to look again. Answers how many items changed.
 */
export async function decideHeld(
  ids: readonly string[],
  decision: 'send-here' | 'discard',
  seenOrigin: string,
  now: number,
): Promise<number> {
  // Empty when no account is set or settings need attention (readCheckedSettings).
  const origin = (await readSettings()).apiUrl;
  if (!origin || origin !== seenOrigin) throw new Refusal(t('error_held_account_changed'), 'validation');
  const chosen = new Set(ids);
  return mutate(async (items) => {
    const held = items.filter((i) => chosen.has(i.id) && isHeld(i, origin));
    const ours = new Set(held.map((i) => i.id));
    if (decision === 'discard') return { items: items.filter((i) => !ours.has(i.id)), value: held.length };
    const next = items.map((i) =>
      ours.has(i.id)
        ? {
            ...i,
            origin,
            progress: { ...emptyProgress(), origin },
            state: 'pending' as const,
            attempts: 0,
            nextAttemptAt: now,
            lastError: undefined,
            result: undefined,
            updatedAt: now,
          }
        : i,
    );
    return { items: next, value: held.length };
  });
}
