/**
 * Request limits. AC's 5 req/s is described as a token bucket; here each spent token comes back exactly
 * one window after it was spent (a sliding window). That is the strictest reading: a 6th request inside
 * any one second is refused, so a client that merely averages 5/s but bursts is caught.
 */
export interface Take {
  ok: boolean;
  /** Tokens left after this request. */
  remaining: number;
  /** Whole seconds until a token is free again (≥ 1), meaningful when `ok` is false. */
  retryAfter: number;
}

export class WindowLimiter {
  private spent: number[] = [];

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
  ) {}

  take(now: number = Date.now()): Take {
    this.spent = this.spent.filter((t) => now - t < this.windowMs);
    const oldest = this.spent[0];
    if (oldest !== undefined && this.spent.length >= this.limit) {
      const waitMs = oldest + this.windowMs - now;
      return { ok: false, remaining: 0, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    this.spent.push(now);
    return { ok: true, remaining: this.limit - this.spent.length, retryAfter: 0 };
  }

  reset(): void {
    this.spent = [];
  }
}
