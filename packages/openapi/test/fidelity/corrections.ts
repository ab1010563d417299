/**
 * The differences from the vendor's v1.0 document that the spec makes on purpose, each with its reason
 * (shared/reference/README.md lists the vendor's defects and the facts that win over the document).
 * The fidelity test fails on any other difference, and on a correction that no longer matches anything.
 */
export interface Correction {
  /** Matches the fact's location, e.g. `GetCustomRole path`. */
  where: RegExp;
  /** Matches the reported difference, e.g. `vendor [...], spec [...]`. */
  differs: RegExp;
  reason: string;
}

const VARIANT_NARROWED = (operation: string, property: string, values: string[]) =>
  values.map<Correction>((value, index) => ({
    where: new RegExp(`^${operation} request application/json\\|${index}\\.${property} enum$`),
    differs: new RegExp(`, spec \\["${value}"\\]$`),
    reason: `${operation}'s union is only valid JSON Schema when each variant admits just its own discriminator value (${property}: ${value}); otherwise a body matches several variants and oneOf rejects it`,
  }));

const VARIANT_REQUIRED = (operation: string, property: string, count: number) =>
  Array.from({ length: count }, (_, index): Correction => ({
    where: new RegExp(`^${operation} request application/json\\|${index} required$`),
    differs: new RegExp(`spec \\[[^\\]]*"${property}"`),
    reason: `the discriminator ${property} selects the variant, so every variant of ${operation}'s body requires it (OpenAPI's discriminator needs the property to be present)`,
  }));

export const CORRECTIONS: Correction[] = [
  {
    where: / response (400|404|429)$/,
    differs: /^added by the spec$/,
    reason: 'the API validates input (400), looks up the resources in the path (404) and rate-limits every token (429) on every operation; the vendor forgot to declare them in places',
  },
  {
    where: / response (401|403|4XX) media types$/,
    differs: /^vendor \["application\/(json|octet-stream)"\], spec \["application\/json","text\/plain"\]$/,
    reason: 'gateways in front of the API answer some 401 and 403 with text/plain bodies; error bodies are JSON Error objects, not octet streams',
  },
  {
    where: / response (400|500) media types$/,
    differs: /^vendor \["application\/octet-stream"\], spec \["application\/json"\]$/,
    reason: 'error bodies are JSON Error objects; the vendor labels the audit-log errors application/octet-stream',
  },
  {
    where: /^(ListOrganizations response 200 application\/json\.organizations\[\]|(Get|Update)Organization response 200 application\/json) required$/,
    differs: /"isBlockedEnableAiFeatures".*spec (?!.*isBlockedEnableAiFeatures)/,
    reason: 'isBlockedEnableAiFeatures stays optional: the vendor’s own documentation pages show Organizations without it',
  },
  {
    where: /^GetOrganizationAuditLogs response 200 (media types|application\/octet-stream (type|format|items))$/,
    differs: /.*/,
    reason: 'the audit-log export is gzip-compressed NDJSON bytes (a binary string, also described line by line as application/x-ndjson), not an integer array',
  },
  {
    where: /^GetCustomRole (path|parameters)$/,
    differs: /roleId/,
    reason: 'the vendor writes /roles/{customRoleId} and /roles/{roleId}, one templated path twice, which OpenAPI 3.1 forbids; the spec describes it once as /roles/{customRoleId}',
  },
  ...VARIANT_NARROWED('CreateDeployment', 'type', ['DEDICATED', 'HYBRID', 'STANDARD']),
  ...VARIANT_NARROWED('UpdateDeployment', 'type', ['DEDICATED', 'HYBRID', 'STANDARD']),
  ...VARIANT_NARROWED('CreateCluster', 'cloudProvider', ['AWS', 'AZURE', 'GCP']),
  ...VARIANT_REQUIRED('CreateDeployment', 'type', 3),
  ...VARIANT_REQUIRED('UpdateCluster', 'clusterType', 1),
];
