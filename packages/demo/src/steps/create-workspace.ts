import type { Workspace } from '@astro-api/client/v1';
import type { Cleanup } from '../cleanup.ts';
import type { StepContext } from './step.ts';

export async function createWorkspace(context: StepContext, cleanup: Cleanup, stamp: string): Promise<{ value: Workspace; result: string }> {
  const workspace = await context.client.workspaces.create({ name: `sdk-demo-${stamp.slice(11, 19).replace(/:/g, '')}`, description: 'Made by the Astro API SDK demo; deleted when it ends' });
  cleanup.add(`Workspace ${workspace.id}`, () => context.client.workspaces.delete(workspace.id));
  context.print(`  ${workspace.name} (${workspace.id}) in ${workspace.organizationName ?? workspace.organizationId}`);
  return { value: workspace, result: `${workspace.name} created` };
}
