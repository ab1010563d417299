/**
 * What the demo created, to delete when it ends, last created first (a Deployment before its
 * Workspace). It runs even when a step failed, and a 404 counts as already gone.
 */
import { AstroApiError } from '@astro-api/client';

export interface Undo {
  label: string;
  run(): Promise<unknown>;
}

export class Cleanup {
  #undos: Undo[] = [];

  add(label: string, run: () => Promise<unknown>): void {
    this.#undos.push({ label, run });
  }

  /** Forgets an undo that is no longer needed (the demo deleted the thing itself). */
  forget(label: string): void {
    this.#undos = this.#undos.filter((undo) => undo.label !== label);
  }

  get size(): number {
    return this.#undos.length;
  }

  /** Runs every undo, newest first; returns what was done and what failed (with the reason). */
  async run(): Promise<{ done: string[]; failed: { label: string; error: unknown }[] }> {
    const done: string[] = [];
    const failed: { label: string; error: unknown }[] = [];
    for (const undo of this.#undos.reverse()) {
      try {
        await undo.run();
        done.push(undo.label);
      } catch (error) {
        if (error instanceof AstroApiError && error.status === 404) done.push(`${undo.label} (already gone)`);
        else failed.push({ label: undo.label, error });
      }
    }
    this.#undos = [];
    return { done, failed };
  }
}
