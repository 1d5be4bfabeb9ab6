/**
 * A pino destination that keeps every line in memory (usage records and
 * operational logs in tests).
 */
export class LineCapture {
  readonly lines: string[] = [];
  #partial = '';

  /** pino DestinationStream interface. */
  write(chunk: string): void {
    const text = this.#partial + chunk;
    const parts = text.split('\n');
    this.#partial = parts.pop() ?? '';
    for (const p of parts) if (p) this.lines.push(p);
  }

  /** Every line parsed as JSON. */
  json<T = Record<string, unknown>>(): T[] {
    return this.lines.map((l) => JSON.parse(l) as T);
  }

  get text(): string {
    return this.lines.join('\n') + this.#partial;
  }

  /** Waits until `n` lines arrived (records are written after the response ends). */
  async waitFor(n: number, ms = 3000): Promise<void> {
    const end = Date.now() + ms;
    while (this.lines.length < n) {
      if (Date.now() > end) throw new Error(`expected ${n} lines, got ${this.lines.length}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
