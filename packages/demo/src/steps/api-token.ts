import { AstroApiError } from '@astro-api/client';
import type { Workspace } from '@astro-api/client/v1';
import type { Cleanup } from '../cleanup.ts';
import type { StepContext } from './step.ts';

/**
 * A Workspace API token: its value lists the Workspace's Deployments; after a rotation the old value
 * is refused (401) and the new one works.
 */
export async function apiTokenRoundTrip(context: StepContext, cleanup: Cleanup, workspace: Workspace): Promise<{ value: string; result: string }> {
  const created = await context.client.apiTokens.create({ name: 'sdk-demo-ci', description: 'Made by the Astro API SDK demo', scope: 'WORKSPACE', entityId: workspace.id, role: 'WORKSPACE_OPERATOR' });
  cleanup.add(`API token ${created.id}`, () => context.client.apiTokens.delete(created.id));
  context.print(`  ${created.name} (${created.id}), scope ${created.scope}, value …${created.shortToken}`);
  const asToken = context.clientWithToken(created.token!);
  const page = await asToken.deployments.list({ workspaceIds: [workspace.id] });
  context.print(`  with its value: ${page.totalCount} Deployment(s) in ${workspace.name}`);

  const rotated = await context.client.apiTokens.rotate(created.id);
  const refused = await asToken.workspaces.get(workspace.id).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(refused instanceof AstroApiError) || refused.status !== 401) throw new Error(`the rotated-away value still worked (${String(refused)})`);
  context.print(`  rotated: the old value now gets ${refused.status}, the new one (…${rotated.shortToken}) works`);
  const again = await context.clientWithToken(rotated.token!).workspaces.get(workspace.id);
  return { value: created.id, result: `created, used, rotated (old value refused, new one reads ${again.name})` };
}
