/**
 * A robot's message rate limits (e.g. DingTalk 20 a minute; Feishu 5 a second and 100 a minute),
 * kept by the sender itself: past a limit a notification waits in the outbox until a slot frees,
 * rather than being sent, refused, and possibly throttled for longer.
 */
export class RateLimit {
  private readonly sent: number[] = [];

  private readonly limits: readonly { count: number; windowMs: number }[];

  /**
   * `limits`: at most `count` sends within any `windowMs`. Each window is kept 5 % longer: the
   * service counts arrivals, which come a little after this side counts them.
   */
  constructor(limits: readonly { count: number; windowMs: number }[]) {
    this.limits = limits.map((l) => ({ count: l.count, windowMs: Math.ceil(l.windowMs * 1.05) }));
  }

  /** Milliseconds until a send is allowed (0: now). */
  waitMs(now: number): number {
    const longest = Math.max(...this.limits.map((l) => l.windowMs));
    while (this.sent.length > 0 && this.sent[0]! <= now - longest) this.sent.shift();
    let wait = 0;
    for (const { count, windowMs } of this.limits) {
      const recent = this.sent.filter((t) => t > now - windowMs);
      if (recent.length >= count) wait = Math.max(wait, recent[recent.length - count]! + windowMs - now);
    }
    return wait;
  }

  record(now: number): void {
    this.sent.push(now);
  }
}
