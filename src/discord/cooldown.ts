/**
 * Per-user rate limit: at most `limit` requests in any sliding window of
 * `windowMs`. In memory, per process: with several replicas a user gets the
 * limit once per replica, which is fine for a courtesy limit (Discord itself
 * rate-limits abusive clients).
 */
import type { Cooldown as CooldownConfig } from '../config.js';

export type CooldownVerdict = { ok: true } | { ok: false; retryAfterMs: number };

export class Cooldown {
  readonly #recent = new Map<string, number[]>();
  #calls = 0;

  constructor(
    readonly config: CooldownConfig,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a request by `userId` if the window allows it; otherwise says how long to wait. */
  take(userId: string): CooldownVerdict {
    const now = this.now();
    const since = now - this.config.windowMs;
    const times = (this.#recent.get(userId) ?? []).filter((time) => time > since);
    if (++this.#calls % 1000 === 0) this.#sweep(since);
    if (times.length >= this.config.limit) {
      this.#recent.set(userId, times);
      return { ok: false, retryAfterMs: Math.max(1, times[0]! - since) };
    }
    times.push(now);
    this.#recent.set(userId, times);
    return { ok: true };
  }

  /** Forgets users whose requests have all left the window, so memory stays bounded by recent users. */
  #sweep(since: number): void {
    for (const [user, times] of this.#recent) if (times[times.length - 1]! <= since) this.#recent.delete(user);
  }
}
