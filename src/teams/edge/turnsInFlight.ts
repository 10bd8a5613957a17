/** Counts the turns under way so a shutdown can stop taking new ones and wait for the rest. */
export class TurnsInFlight {
  draining = false;
  private count = 0;
  private waiters: Array<() => void> = [];

  begin(): void {
    this.count += 1;
  }

  end(): void {
    this.count -= 1;
    if (this.count === 0) this.waiters.splice(0).forEach((resolve) => resolve());
  }

  /** Resolves when no turn is under way, or after `graceMs`. */
  async drained(graceMs: number): Promise<void> {
    if (this.count === 0) return;
    await Promise.race([
      new Promise<void>((resolve) => this.waiters.push(resolve)),
      new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
    ]);
  }
}
