/**
 * The records the API creates, per concrete collection path (`/organizations/o1/deployments`), in
 * creation order. Deleting an item also drops every collection below it (`…/deployments/d1/deploys`),
 * so nothing outlives its parent. Each collection is bounded, so memory stays bounded too.
 */
import { ApiError } from '../server/api-error.ts';

export type JsonRecord = Record<string, any>;

/** Most records one collection holds; a create beyond it is refused with a 400. */
export const MAX_RECORDS_PER_COLLECTION = 10_000;

export class RecordStore {
  #collections = new Map<string, Map<string, JsonRecord>>();
  /** Data about a record that the API never shows (a token's hash, the scope it acts in). */
  #hidden = new WeakMap<JsonRecord, JsonRecord>();

  /** The records of a collection, in creation order (an empty list for a collection never written). */
  list(collectionPath: string): JsonRecord[] {
    return [...(this.#collections.get(collectionPath)?.values() ?? [])];
  }

  get(collectionPath: string, key: string): JsonRecord | undefined {
    return this.#collections.get(collectionPath)?.get(key);
  }

  size(collectionPath: string): number {
    return this.#collections.get(collectionPath)?.size ?? 0;
  }

  put(collectionPath: string, key: string, record: JsonRecord): void {
    let collection = this.#collections.get(collectionPath);
    if (!collection) this.#collections.set(collectionPath, (collection = new Map()));
    if (!collection.has(key) && collection.size >= MAX_RECORDS_PER_COLLECTION) {
      throw new ApiError(400, `The collection ${collectionPath} already holds ${MAX_RECORDS_PER_COLLECTION} records, the most the simulator keeps; delete some first`);
    }
    collection.set(key, record);
  }

  /** Removes an item and every collection below it; true when the item existed. */
  delete(collectionPath: string, key: string): boolean {
    const existed = this.#collections.get(collectionPath)?.delete(key) ?? false;
    const below = `${collectionPath}/${encodeURIComponent(key)}/`;
    for (const path of [...this.#collections.keys()]) if (path.startsWith(below)) this.#collections.delete(path);
    return existed;
  }

  hidden(record: JsonRecord): JsonRecord {
    let data = this.#hidden.get(record);
    if (!data) this.#hidden.set(record, (data = {}));
    return data;
  }

  clear(): void {
    this.#collections.clear();
  }

  /** Every record of every collection, for tests and the control endpoint's counts. */
  get totalRecords(): number {
    let total = 0;
    for (const collection of this.#collections.values()) total += collection.size;
    return total;
  }

  /** A snapshot of all collections (path → records), for tests that compare two seeded worlds. */
  snapshot(): Record<string, JsonRecord[]> {
    return Object.fromEntries([...this.#collections].map(([path, records]) => [path, [...records.values()]]));
  }
}
