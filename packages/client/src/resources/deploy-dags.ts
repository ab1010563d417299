/**
 * `deploys.deployDags`: the whole DAG-only deploy. Create a `DAG_ONLY` Deploy, upload the tarball to
 * its `dagsUploadUrl`, finalize with the version the storage answered (`x-ms-version-id`), and wait
 * for `DEPLOYED` unless told not to. The upload goes to storage, not to the API: it carries
 * `x-ms-blob-type: BlockBlob` and nothing of the client's (no token, no custom header, no pacing), and
 * the upload URL's own credential (its query) is scrubbed from every error.
 */
import { optionsObject } from '../client/checks.ts';
import { callLimits, type Settings } from '../client/options.ts';
import { AstroApiError, AstroInputError, AstroParseError, callError } from '../errors.ts';
import { ignore } from '../http/abortable.ts';
import { startCall } from '../http/call.ts';
import type { Transport } from '../http/transport.ts';
import type { Redactor } from '../redact.ts';
import { REQUEST_OPTIONS } from './helpers.ts';
import { rememberUrlCredential, showUrl } from './signed-url.ts';
import type { RequestOptions } from './types.ts';
import { WAIT_OPTIONS, type WaitOptions } from './waiters.ts';

export type Tarball = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;

export interface DeployDagsOptions extends RequestOptions {
  /** Description of the Deploy (at most 500 characters). */
  description?: string;
  /** Wait for `DEPLOYED` (default `true`), not (`false`), or wait with these waiter options. */
  wait?: boolean | WaitOptions;
}

type Helper = (...args: unknown[]) => Promise<unknown>;
type Deploy = { id: string; dagsUploadUrl?: string | null };

export function deployDags({ create, finalize, waitForStatus }: Record<string, Helper>, settings: Settings, transport: Transport, redactor: Redactor): Helper {
  const label = 'deploys.deployDags';
  return async (deploymentId, tarball, options) => {
    if (!(tarball instanceof Blob || tarball instanceof Uint8Array || tarball instanceof ArrayBuffer || tarball instanceof ReadableStream))
      throw new AstroInputError(`${label}: the tarball must be a Blob, Uint8Array, ArrayBuffer or ReadableStream of .tar.gz bytes.`);
    const { description, wait = true, ...request } = optionsObject<DeployDagsOptions>(label, options, ['description', 'wait', ...REQUEST_OPTIONS]);
    if (typeof wait !== 'boolean') optionsObject(`${label} wait`, wait, WAIT_OPTIONS);
    const deploy = (await create!(deploymentId, { type: 'DAG_ONLY', description }, request)) as Deploy;

    let url: URL;
    try {
      url = new URL(deploy.dagsUploadUrl!);
    } catch {
      throw new AstroParseError(`${label}: Deploy ${deploy.id} has no usable dagsUploadUrl; is DAG deploy enabled on the Deployment?`);
    }
    rememberUrlCredential(redactor, url);
    const site = { method: 'PUT', path: `${showUrl(url)} (DAG upload)` };
    const limits = callLimits(label, request, settings);
    // A stream can be sent once; bytes can be sent again.
    const call = startCall({ site, idempotent: true, kind: 'e', ...limits, ...(tarball instanceof ReadableStream && { maxRetries: 0 }), caller: request.signal, body: tarball as BodyInit, bare: true });
    const response = await transport.send(call, url.href, 'PUT', new Headers({ 'x-ms-blob-type': 'BlockBlob' }));
    if (!response.ok) {
      // Storage answers in XML, and may quote the signed URL: scrubbed before it is cut.
      const text = redactor.scrub(await response.text()).trim();
      throw callError(AstroApiError, site, ` failed with ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}. A refused or expired upload URL needs a new deploy.`, { status: response.status, body: text || undefined });
    }
    response.body?.cancel().catch(ignore);
    call.attempt?.end();
    const version = response.headers.get('x-ms-version-id');
    if (!version) throw callError(AstroParseError, site, ` answered ${response.status} without the x-ms-version-id header that finalizing needs.`, { status: response.status });

    const finalized = await finalize!(deploymentId, deploy.id, { dagTarballVersion: version }, request);
    return wait === false ? finalized : waitForStatus!(deploymentId, deploy.id, 'DEPLOYED', { signal: request.signal, ...(wait === true ? {} : wait) });
  };
}
