/**
 * Counts how often a `times=N` header fault has fired. A retrying client repeats the same header,
 * so the count is kept per caller, method, URL and header value: the first N requests fail, the
 * next one passes and the count starts over (so the same test can run again).
 */
const MAX_ENTRIES = 10_000;

export class HeaderFaultCounter {
  #used = new Map<string, number>();

  /** True when the fault applies to this request. */
  shouldApply(key: string, times: number | undefined): boolean {
    if (times === undefined) return true;
    const used = this.#used.get(key) ?? 0;
    if (used < times) {
      this.#used.delete(key);
      this.#used.set(key, used + 1);
      if (this.#used.size > MAX_ENTRIES) this.#used.delete(this.#used.keys().next().value!);
      return true;
    }
    this.#used.delete(key);
    return false;
  }

  clear(): void {
    this.#used.clear();
  }
}
