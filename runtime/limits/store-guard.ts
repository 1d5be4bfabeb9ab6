/**
 * A time limit and a circuit of its own for rate-limit store calls, so a
 * slow or hung store (a Redis that accepts connections but does not answer)
 * costs bounded latency: each call waits at most `limits.store_timeout_ms`;
 * after a failure or timeout the circuit opens for `OPEN_MS` and calls fail at
 * once (the limiter then follows `limits.on_store_error`), until one probe
 * call succeeds again.
 */

/** How long the circuit stays open after a failure before one call probes the store (ms). */
export const OPEN_MS = 2000;

export class StoreGuard {
  #openUntil = 0;
  #probing = false;

  /**
   * @param timeoutMs longest wait for one call (milliseconds)
   * @param now clock (tests)
   */
  constructor(readonly timeoutMs: number, private readonly now: () => number = Date.now) {}

  /** Whether calls currently fail at once. */
  get open(): boolean {
    return this.now() < this.#openUntil;
  }

  /** Closes the circuit (the store reported itself reachable again). */
  reset(): void {
    this.#openUntil = 0;
  }

  /** Runs one store call under the time limit and the circuit. Rejects at once while the circuit is open. */
  async run<T>(f: () => Promise<T>): Promise<T> {
    if (this.now() < this.#openUntil || this.#probing) throw new Error('rate-limit store circuit open (recent failure or timeout)');
    const probe = this.#openUntil !== 0;
    if (probe) this.#probing = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      const v = await Promise.race([
        f(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`rate-limit store did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
        }),
      ]);
      this.#openUntil = 0;
      return v;
    } catch (e) {
      this.#openUntil = this.now() + OPEN_MS;
      throw e;
    } finally {
      clearTimeout(timer);
      if (probe) this.#probing = false;
    }
  }
}
