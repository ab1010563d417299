/**
 * Everything the simulator remembers: the seeded Organizations, the records created through the
 * API (or seeded into an Organization), issued token values, DAG uploads and pending status changes.
 */
import { TokenRegistry } from '../auth/token-registry.ts';
import { OrganizationStore } from '../store/organization-store.ts';
import type { SeedOptions } from '../store/generate-organizations.ts';
import { UploadStore } from '../uploads/upload-store.ts';
import { IdSource } from './ids.ts';
import { Lifecycle } from './lifecycle.ts';
import { RecordStore } from './record-store.ts';

export interface WorldOptions extends SeedOptions {
  lifecycleDelayMs: number;
}

export class World {
  readonly organizations: OrganizationStore;
  readonly records = new RecordStore();
  readonly tokens = new TokenRegistry();
  readonly uploads = new UploadStore();
  readonly lifecycle: Lifecycle;
  ids: IdSource;
  /** True while seeded data is being written: token values and upload credentials then come from the seed too. */
  seeding = false;
  /** Organizations filled with Workspaces, Deployments, users and the rest, in the order they were filled. */
  populatedOrganizations: string[] = [];
  readonly #seed: number;

  constructor(options: WorldOptions) {
    this.organizations = new OrganizationStore(options);
    this.lifecycle = new Lifecycle(options.lifecycleDelayMs);
    this.#seed = options.seed;
    this.ids = new IdSource(options.seed);
  }

  /** Back to the seeded state: Organizations regenerated, every API-made record, token and upload dropped. */
  reset(): void {
    this.organizations.reset();
    this.records.clear();
    this.tokens.clear();
    this.uploads.clear();
    this.lifecycle.clear();
    this.populatedOrganizations = [];
    this.ids = new IdSource(this.#seed);
  }
}
