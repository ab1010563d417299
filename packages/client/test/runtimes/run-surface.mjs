/**
 * Runs surface.mjs in the current runtime (Node, Bun or Deno) and prints one JSON line with the results.
 * Usage: <runtime> run-surface.mjs <v1 base URL> <v1beta1 base URL> <token> <organizationId>
 */
import { run } from './surface.mjs';

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const [baseUrl, betaUrl, token, organizationId] = args;
const results = await run({ baseUrl, betaUrl, token, organizationId });
console.log(JSON.stringify(results));
