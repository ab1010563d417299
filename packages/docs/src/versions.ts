/**
 * What the site says about each API version. Base URLs and titles come from the bundles; the
 * status is stated here and checked against the spec: a deprecated version must mark every
 * operation `deprecated: true`, a current one none.
 */
import { API_VERSIONS, readOperations, type ApiVersion, type OpenApiDocument } from '@astro-api/openapi';
import { referencePage } from './site-paths.ts';

export interface VersionStatus {
  status: 'ga' | 'deprecated';
  /** Short label shown in the switcher and the versions table. */
  label: string;
  /** One sentence about the version's standing. */
  note: string;
  endOfSupport?: string;
}

export const VERSION_STATUS: Record<ApiVersion, VersionStatus> = {
  v1: { status: 'ga', label: 'GA', note: 'Generally available since 2026-01-28. Use it for all new work.' },
  v1beta1: {
    status: 'deprecated',
    label: 'Deprecated',
    note: 'Deprecated beta version with the four Organization operations: end of support in January 2027. Move to v1, which has them and the rest of the API.',
    endOfSupport: 'January 2027',
  },
};

export interface SiteVersion extends VersionStatus {
  version: ApiVersion;
  title: string;
  /** `info.version` of the bundle. */
  documentVersion: string;
  baseUrl: string;
  /** Folder of the version's reference page, relative to the site root. */
  dir: string;
  /** The reference page, relative to the site root. */
  page: string;
}

export function describeVersion(version: ApiVersion, document: OpenApiDocument): SiteVersion {
  const status = VERSION_STATUS[version];
  if (!status) throw new Error(`No status for API version "${version}" in src/versions.ts; add it to VERSION_STATUS`);
  const baseUrl = document.servers?.[0]?.url;
  if (!baseUrl) throw new Error(`The ${version} bundle declares no server URL`);
  const operations = readOperations(document);
  const deprecated = operations.filter((operation) => operation.deprecated).map(({ operationId }) => operationId);
  if (status.status === 'deprecated' && deprecated.length !== operations.length) {
    const current = operations.map(({ operationId }) => operationId).filter((id) => !deprecated.includes(id));
    throw new Error(`${version} is deprecated in src/versions.ts but these operations are not marked deprecated in its spec: ${current.join(', ')}`);
  }
  if (status.status === 'ga' && deprecated.length) {
    throw new Error(`${version} is GA in src/versions.ts but its spec marks these operations deprecated: ${deprecated.join(', ')}`);
  }
  return { ...status, version, title: document.info.title, documentVersion: String(document.info.version), baseUrl, dir: version, page: referencePage(version) };
}

export function describeVersions(load: (version: ApiVersion) => OpenApiDocument): SiteVersion[] {
  return API_VERSIONS.map((version) => describeVersion(version, load(version)));
}
