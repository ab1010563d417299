/**
 * A new Deployment gets its own namespace and the URLs that contain it (the spec's example values
 * would give every Deployment the same ones), and runs the newest runtime release unless it asks
 * for another.
 */
import type { Behaviour } from '../engine/context.ts';
import { answer, createRecord } from '../engine/generic.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import { body, fieldError } from './helpers.ts';
import { RUNTIME_RELEASES } from './options-catalog.ts';

const ADJECTIVES = ['weightless', 'stellar', 'orbital', 'radiant', 'silent', 'cosmic', 'lunar', 'polar', 'hyper', 'quantum'];
const NOUNS = ['diameter', 'nebula', 'quasar', 'comet', 'photon', 'horizon', 'pulsar', 'meteor', 'zenith', 'galaxy'];

/** A namespace in Astro's style (`weightless-diameter-8927`), derived from the Deployment's id. */
export function namespaceOf(id: string): string {
  const hash = [...id].reduce((value, char) => (value * 31 + char.charCodeAt(0)) >>> 0, 7);
  return `${ADJECTIVES[hash % ADJECTIVES.length]}-${NOUNS[Math.floor(hash / 10) % NOUNS.length]}-${String(hash % 10_000).padStart(4, '0')}`;
}

function withAddresses(record: JsonRecord): void {
  const namespace = namespaceOf(record.id);
  const slug = namespace.split('-').at(-1)!;
  const host = `${record.organizationId}.astronomer.run/d${slug}`;
  Object.assign(record, {
    namespace,
    webServerIngressHostname: host,
    webServerUrl: `${host}?orgId=${record.organizationId}`,
    webServerAirflowApiUrl: `${host}/api/v1`,
    apiUrl: `https://${host}/api/v2`,
    uiUrl: `https://${host}`,
    imageRepository: `images.astronomer.cloud/${record.organizationId}/${namespace}`,
    imageTag: 'deploy-initial',
  });
}

export const createDeployment: Behaviour = (context) => {
  const request = body(context);
  const release = request.astroRuntimeVersion ? RUNTIME_RELEASES.find((candidate) => candidate.version === request.astroRuntimeVersion) : RUNTIME_RELEASES[0];
  if (!release) throw fieldError('astroRuntimeVersion', `astroRuntimeVersion ${request.astroRuntimeVersion} is not offered; see GetDeploymentOptions for the releases`, 'oneof');
  const record = createRecord(context, {
    input: { ...request, astroRuntimeVersion: release.version, runtimeVersion: release.version, airflowVersion: release.airflowVersion },
    prepare: withAddresses,
  });
  return answer(context, record);
};
