import { loadOperations, loadSpec, readOperations } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { toTypeScriptLiteral } from '../src/ts-literal.ts';
import { typeScriptSample } from '../src/typescript-sample.ts';
import { tinyDocument } from './fixtures.ts';

const v1 = loadSpec('v1');
const operations = loadOperations('v1');
const sampleOf = (operationId: string) => {
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`no ${operationId}`);
  return typeScriptSample({ version: 'v1', document: v1, operations, operation });
};
const example = (name: string) => v1.components.examples[name].value;

describe('typeScriptSample', () => {
  it('sets the Organization on the client, from the example of GetOrganization, and passes other path ids in path order', () => {
    const sample = sampleOf('GetDeploy');
    expect(sample).toContain(`import { createClient } from '@astro-api/client/v1';`);
    expect(sample).toContain(`  token: process.env.ASTRO_API_TOKEN,\n  organizationId: '${example('GetOrganizationOk').id}', // or ASTRO_ORGANIZATION_ID`);
    expect(sample).toContain(`const deploy = await astro.deploys.get('${example('GetDeploymentOk').id}', '${example('GetDeployOk').id}');`);
    expect(sample).toContain('console.log(deploy.id, deploy.status);');
  });

  it('leaves the Organization out where the operation needs none', () => {
    for (const operationId of ['ListOrganizations', 'GetSelfUser', 'ListPermissionGroups']) {
      const sample = sampleOf(operationId);
      expect(sample, operationId).toContain('const astro = createClient({ token: process.env.ASTRO_API_TOKEN });');
      expect(sample, operationId).not.toContain('organizationId');
    }
  });

  it('passes the body from the spec example, as a TypeScript literal, after the path ids', () => {
    const sample = sampleOf('UpdateDeployment');
    const body = example('UpdateDeploymentBody');
    expect(sample).toMatch(new RegExp(`^const deployment = await astro\\.deployments\\.update\\('${example('GetDeploymentOk').id}', \\{$`, 'm'));
    expect(sample).toContain(`  name: '${body.name}',`);
    expect(sample).toContain(`  contactEmails: ${toTypeScriptLiteral(body.contactEmails, '  ')},`);
    expect(sample).toContain(`  executor: '${body.executor}',`);
  });

  it('adds a required query parameter after the body, with its first enum value', () => {
    expect(sampleOf('GetClusterOptions')).toContain(`const clusterOptions = await astro.clusters.getOptions({ type: 'DEDICATED' });`);
    expect(sampleOf('GetDeploymentLogs')).toMatch(/astro\.deployments\.getLogs\('\w+', \{\n {2}sources: \['scheduler'\],\n\}\);|astro\.deployments\.getLogs\('\w+', \{ sources: \['scheduler'\] \}\);/);
  });

  it('shows a page and the walk of a paginated list', () => {
    const sample = sampleOf('ListTeamMembers');
    expect(sample).toContain("const page = await astro.teams.listMembers('");
    expect(sample).toContain('console.log(`${page.teamMembers.length} of ${page.totalCount}`);');
    expect(sample).toMatch(/for await \(const teamMember of astro\.teams\.listMembersAll\('\w+', \{ pageSize: 100 \}\)\) \{\n {2}console\.log\(teamMember\.userId, teamMember\.username\);\n\}/);
  });

  it('awaits an operation without a response body, and says what it resolves to', () => {
    expect(sampleOf('DeleteWorkspace')).toMatch(/\nawait astro\.workspaces\.delete\('\w+'\);\n\/\/ Resolves with no value once the API has answered 204\.$/);
  });

  it('iterates a streamed response', () => {
    expect(sampleOf('GetOrganizationAuditLogs')).toContain('for await (const entry of astro.organizations.auditLogs()) {');
  });

  it('names a path id that no GET example gives as a placeholder', () => {
    expect(sampleOf('RemoveTeamMember')).toContain("astro.teams.removeMember('");
    expect(sampleOf('RemoveTeamMember')).toContain("', '<memberId>');");
  });

  it('works on any document: its own examples, its own helper names', () => {
    const document = tinyDocument();
    const tiny = readOperations(document);
    const replace = typeScriptSample({ version: 'v9', document, operations: tiny, operation: tiny[1]! });
    expect(replace).toContain(`import { createClient } from '@astro-api/client/v9';`);
    expect(replace).toContain(`await astro.widgets.replace('w-1', { name: 'Bob\\'s widget' });`);
    const get = typeScriptSample({ version: 'v9', document, operations: tiny, operation: tiny[0]! });
    expect(get).toContain(`const widget = await astro.widgets.get('w-1');\nconsole.log(widget.id, widget.name);`);
  });
});
