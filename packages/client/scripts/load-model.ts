/**
 * The operation model of @astro-api/openapi, read from its TypeScript source rather than its build:
 * the drift check regenerates the client before anything is built (on a fresh clone there is no
 * dist/), and a stale build of the model must never decide what the generator writes.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Model from '@astro-api/openapi/model';

const require = createRequire(import.meta.url);

/** `src/model/index.ts` of the installed @astro-api/openapi (a workspace package in this repository). */
export const MODEL_SOURCE = join(dirname(require.resolve('@astro-api/openapi/package.json')), 'src', 'model', 'index.ts');

export const loadModel = (): Promise<typeof Model> => import(pathToFileURL(MODEL_SOURCE).href) as Promise<typeof Model>;
