/**
 * What an editor shows on hover, through the TypeScript compiler API: named types (`Promise<Deployment>`,
 * not the expanded object) and each helper's JSDoc from the spec (summary, permission, reference link).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { REFERENCE_SITE_URL } from '../scripts/reference-links.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(packageDir, 'node_modules', '.hover-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const probes = {
  get: "astro.deployments.get('d-1')",
  walk: 'astro.deployments.listAll()',
  create: 'astro.deployments.create',
  list: 'astro.deployments.list',
  remove: 'astro.workspaces.delete',
  members: "astro.teams.listMembersAll('t-1')",
  wait: "astro.clusters.waitForStatus('c-1', 'CREATED')",
  events: 'astro.organizations.auditLogs()',
  other: "astro.withOrganization('org-2')",
} as const;

function compile() {
  const file = join(work, 'probe.ts');
  writeFileSync(
    file,
    `import { createClient } from '${join(packageDir, 'src', 'v1.ts')}';\nconst astro = createClient();\n` +
      Object.entries(probes)
        .map(([name, expression]) => `export const ${name} = ${expression};`)
        .join('\n'),
  );
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const shown: Record<string, string> = {};
  const docs: Record<string, string> = {};
  program.getSourceFile(file)!.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.initializer && node.name.getText() in probes) {
      const name = node.name.getText();
      shown[name] = checker.typeToString(checker.getTypeAtLocation(node.name), undefined, ts.TypeFormatFlags.NoTruncation);
      const callee = ts.isCallExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const symbol = ts.isPropertyAccessExpression(callee) ? checker.getSymbolAtLocation(callee.name) : undefined;
      if (symbol)
        docs[name] = [
          ts.displayPartsToString(symbol.getDocumentationComment(checker)),
          ...symbol.getJsDocTags(checker).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`),
        ].join('\n');
    }
    node.forEachChild(visit);
  });
  return { shown, docs };
}

describe('on hover', () => {
  const { shown, docs } = compile();

  it('shows named types, not expanded objects', () => {
    expect(shown).toEqual({
      get: 'Promise<Deployment>',
      walk: 'PageIterator<Deployment>',
      create: '(body: CreateDeploymentRequest, options?: RequestOptions | undefined) => Promise<Deployment>',
      list: '(query?: ListDeploymentsQuery | undefined, options?: RequestOptions | undefined) => Promise<DeploymentsPaginated>',
      remove: '(workspaceId: string, options?: RequestOptions | undefined) => Promise<void>',
      members: 'PageIterator<TeamMember>',
      wait: 'Promise<Cluster>',
      events: 'AsyncGenerator<AuditLogEvent, void, undefined>',
      other: 'AstroClient',
    });
  });

  it('shows the helper’s summary, description, permission and reference link from the spec', () => {
    expect(docs.create).toMatch(/^Create a Deployment in a Workspace\n\nCreates an Airflow Deployment/);
    expect(docs.create).toContain('Permission: `workspace.deployments.create`.');
    expect(docs.create).toContain(`@see {@link ${REFERENCE_SITE_URL}/v1/#tag/Deployment/operation/CreateDeployment CreateDeployment} in the API reference`);
    expect(docs.remove).toContain(`${REFERENCE_SITE_URL}/v1/#tag/Workspace/operation/DeleteWorkspace`);
    expect(docs.list).toContain('Permission: `organization.deployments.get`.');
  });
});
