import { AstroApiError } from '@astro-api/client';
import { createClient } from '@astro-api/client/v1';

const astro = createClient({ token: process.env.ASTRO_API_TOKEN });

try {
  for await (const organization of astro.organizations.listAll({ pageSize: 100 })) {
    console.log(organization.id, organization.name);
  }
} catch (error) {
  if (!(error instanceof AstroApiError)) throw error;
  console.error(`Astro API answered ${error.status}: ${error.message}`);
}
