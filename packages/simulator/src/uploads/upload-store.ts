/**
 * DAG tarball uploads, as a blob store would take them: each Deploy that uploads DAGs gets one
 * upload slot with its own credential (a `sig` in the URL, as a SAS URL carries it). Each accepted
 * upload is a new version of the blob; finalizing a Deploy names the version to deploy.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Random } from '../store/prng.ts';

export interface UploadedVersion {
  versionId: string;
  bytes: number;
  sha256: string;
  receivedAt: string;
}

interface Slot {
  deploymentId: string;
  signature: string;
  versions: Map<string, UploadedVersion>;
}

/** The requests the upload endpoint received (kept for tests: proof of which headers arrived). */
export interface UploadRequestRecord {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  status: number;
}

const MAX_SLOTS = 10_000;
const MAX_LOG = 200;

export class UploadStore {
  /** Origin of the upload endpoint (`http://127.0.0.1:PORT`), set once it listens. */
  origin = 'http://127.0.0.1:0';
  #slots = new Map<string, Slot>();
  #log: UploadRequestRecord[] = [];
  #sequence = 0;

  /** Opens (or reopens) the slot of a Deploy and returns its upload URL, credential included. */
  open(deploymentId: string, deployId: string, random?: Random): string {
    let slot = this.#slots.get(deployId);
    if (!slot) {
      const bytes = random ? Buffer.from(Array.from({ length: 24 }, () => Math.floor(random.next() * 256))) : randomBytes(24);
      slot = { deploymentId, signature: bytes.toString('base64url'), versions: new Map() };
      this.#slots.set(deployId, slot);
      if (this.#slots.size > MAX_SLOTS) this.#slots.delete(this.#slots.keys().next().value!);
    }
    return `${this.origin}/dags/${encodeURIComponent(deploymentId)}/${encodeURIComponent(deployId)}?sv=2023-11-03&sr=b&sp=cw&sig=${slot.signature}`;
  }

  /** Checks a slot's credential; `undefined` when the slot does not exist. */
  verify(deploymentId: string, deployId: string, signature: string): boolean | undefined {
    const slot = this.#slots.get(deployId);
    if (!slot || slot.deploymentId !== deploymentId) return undefined;
    const expected = Buffer.from(slot.signature);
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** Stores one upload as a new version of the slot's blob. */
  receive(deployId: string, body: Buffer, at = new Date()): UploadedVersion {
    const slot = this.#slots.get(deployId)!;
    this.#sequence += 1;
    // Blob version ids are timestamps with 7 fractional digits; the sequence keeps them unique.
    const versionId = `${at.toISOString().slice(0, 19)}.${String(this.#sequence % 10_000_000).padStart(7, '0')}Z`;
    const version = { versionId, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex'), receivedAt: at.toISOString() };
    slot.versions.set(versionId, version);
    return version;
  }

  version(deployId: string, versionId: string): UploadedVersion | undefined {
    return this.#slots.get(deployId)?.versions.get(versionId);
  }

  versions(deployId: string): UploadedVersion[] {
    return [...(this.#slots.get(deployId)?.versions.values() ?? [])];
  }

  record(entry: UploadRequestRecord): void {
    this.#log.push(entry);
    if (this.#log.length > MAX_LOG) this.#log.shift();
  }

  /** The last requests the upload endpoint received, oldest first. */
  requests(): UploadRequestRecord[] {
    return this.#log.map((entry) => ({ ...entry, headers: { ...entry.headers } }));
  }

  clear(): void {
    this.#slots.clear();
    this.#log = [];
    this.#sequence = 0;
  }
}
