import type { OrganizationRecord } from './types.ts';

const MAX_ENTRIES = 32;

/**
 * Remembers the filtered and sorted order of recent list queries, so walking the pages of one
 * query sorts once instead of once per page. Any change to the data clears it.
 */
export class OrderCache {
  #entries = new Map<string, OrganizationRecord[]>();

  get(key: string, compute: () => OrganizationRecord[]): OrganizationRecord[] {
    let order = this.#entries.get(key);
    if (order) {
      this.#entries.delete(key);
    } else {
      order = compute();
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(key, order);
    return order;
  }

  clear(): void {
    this.#entries.clear();
  }
}
