import { AstroApiError, createClient } from '@astro-api/client/v1';

// The Organization comes from the client: here, or from ASTRO_ORGANIZATION_ID.
const astro = createClient({
  token: process.env.ASTRO_API_TOKEN,
  organizationId: process.env.ASTRO_ORGANIZATION_ID ?? 'clmaxoarx000008l2c5ayb9pt',
});

try {
  for await (const deployment of astro.deployments.listAll({ pageSize: 100 })) {
    console.log(deployment.name, deployment.status);
  }
} catch (error) {
  if (!(error instanceof AstroApiError)) throw error;
  console.error(`Astro API answered ${error.status}: ${error.message}`);
}
