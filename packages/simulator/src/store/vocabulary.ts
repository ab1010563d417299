/** Word lists the seeded data is assembled from. Domains use the reserved `.example` TLD. */

export const BRANDS = [
  'Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent',
  'Hooli', 'Vandelay', 'Wonka', 'Aperture', 'Massive', 'Oscorp', 'Gringotts', 'Monarch', 'Pied Piper', 'Dunder',
  'Blue Sun', 'Nakatomi', 'Virtucon', 'Prestige', 'Sterling', 'Bluth', 'Krusty', 'Octan', 'Rekall', 'Zorg',
  'Helios', 'Orbital', 'Quantum', 'Nimbus', 'Cobalt', 'Granite', 'Juniper', 'Lumen', 'Meridian', 'Polaris',
  'Redwood', 'Sequoia', 'Tundra', 'Vertex', 'Zephyr', 'Atlas', 'Beacon', 'Cascade', 'Delta', 'Ember',
  'Falcon', 'Harbor', 'Ironclad', 'Kestrel', 'Lighthouse', 'Maple', 'Nova', 'Orchid', 'Pinnacle', 'Riverbend',
] as const;

export const SUFFIXES = [
  'Data Platform', 'Analytics', 'Data Engineering', 'Logistics', 'Health', 'Financial', 'Retail', 'Energy',
  'Media', 'Labs', 'Insurance', 'Robotics', 'Telecom', 'Biotech', 'Payments', 'Marketplace', 'Mobility',
  'Games', 'Security', 'Travel', 'Foods', 'Manufacturing', 'Research', 'Cloud', 'AI', 'Pharma', 'Capital',
  'Studios', 'Networks', 'Systems',
] as const;

export const QUALIFIERS = ['EMEA', 'APAC', 'US', 'Sandbox', 'Prod', 'Staging', 'Europe', 'Americas', 'Internal', 'R&D'] as const;

export const FIRST_NAMES = [
  'Jane', 'John', 'Amara', 'Luis', 'Mei', 'Noah', 'Olivia', 'Priya', 'Kenji', 'Fatima', 'Lars', 'Chloe', 'Diego',
  'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Paula', 'Quinn',
  'Ravi', 'Sofia', 'Tomas', 'Uma', 'Viktor', 'Wen', 'Yara', 'Zane',
] as const;

export const LAST_NAMES = [
  'Doe', 'Smith', 'Okafor', 'Garcia', 'Chen', 'Williams', 'Brown', 'Patel', 'Tanaka', 'Haddad', 'Nilsson', 'Martin',
  'Rossi', 'Kowalski', 'Novak', 'Schmidt', 'Silva', 'Kim', 'Ivanova', 'Mensah', 'Dubois', 'Moreau', 'Yilmaz', 'Singh',
] as const;

export const TOKEN_NAMES = [
  'terraform-automation', 'ci-deployer', 'airflow-sync', 'dbt-cloud', 'github-actions', 'backstage', 'cost-reporter',
  'sso-provisioner', 'data-quality-bot', 'release-pipeline',
] as const;

export const BROWSER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0',
] as const;

export const TOOL_AGENTS = [
  'astro-cli/1.30.0', 'terraform-provider-astro/1.0.4', 'curl/8.5.0', 'python-requests/2.32.3', 'astro-api-sdk/0.1.0',
] as const;

/** IPv4 documentation ranges (RFC 5737), so no address belongs to anyone. */
export const IP_PREFIXES = ['192.0.2', '198.51.100', '203.0.113'] as const;

export const ENFORCED_LOGINS = [['sso'], ['password'], ['sso', 'password'], ['github'], ['google']] as const;

export const TLDS = ['example', 'example.com', 'example.org', 'example.net'] as const;

/** Resource paths the generated API-call events point at (besides the Organization itself). */
export const AUDITED_RESOURCES = ['', '/workspaces', '/deployments', '/clusters', '/teams', '/users', '/api-tokens', '/roles'] as const;
