/** At most `limit` holders at once; the others wait in arrival order (Prometheus's gate.Gate). */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  /** limit 0: no limit. */
  constructor(private readonly limit: number) {}

  async enter(): Promise<void> {
    if (this.limit === 0 || this.active < this.limit) {
      this.active++;
      return;
    }
    // The slot is handed over by leave(), so `active` is unchanged.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
