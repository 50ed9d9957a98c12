/**
 * What an answer from AC says about the account's request window (docs/activecampaign.md#rate-limits):
 * the limiter reads it (rate-limit.ts) and the share learns from it (rate-share.ts).
 */

/** What one answer from AC says about the account's window. */
export interface Observation {
  status: number;
  /** `RateLimit-Limit` and `RateLimit-Remaining`, when AC sent them. */
  limit: number | undefined;
  remaining: number | undefined;
  /** `RateLimit-Reset` (up to a minute), in ms: when the window frees. */
  resetMs: number | undefined;
  /** Our own requests in AC's window when this one arrived, itself included. */
  ours: number;
}

/** Reads an answer's status and `RateLimit-*` headers; a header that is absent or odd reads as unknown. */
export function observe(
  { status, headers }: { status: number; headers: Headers },
  ours: number,
): Observation {
  const count = (name: string): number | undefined => {
    const value = Number.parseInt(headers.get(name) ?? '', 10);
    return Number.isInteger(value) && value >= 0 ? value : undefined;
  };
  const reset = count('RateLimit-Reset');
  return {
    status,
    limit: count('RateLimit-Limit'),
    remaining: count('RateLimit-Remaining'),
    resetMs: reset !== undefined && reset <= 60 ? reset * 1000 : undefined,
    ours,
  };
}
