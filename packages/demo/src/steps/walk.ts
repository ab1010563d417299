import { formatCount } from '../format.ts';
import { createProgress } from '../progress.ts';
import { renderTable } from '../table.ts';
import type { StepContext } from './step.ts';

const tally = (counts: Map<string, number>, key: string | undefined | null) => counts.set(key ?? '—', (counts.get(key ?? '—') ?? 0) + 1);

/** Walks every page of the Deployments and the API tokens with `listAll`, checking that no item comes twice. */
export async function walkEverything(context: StepContext): Promise<{ value: { deployments: number; tokens: number }; result: string }> {
  const seen = new Set<string>();
  const byStatus = new Map<string, number>();
  const byType = new Map<string, number>();
  let progress = createProgress('walking Deployments', context.progressOutput);
  for await (const deployment of context.client.deployments.listAll({ pageSize: context.pageSize, sorts: ['name:asc'] })) {
    if (seen.has(deployment.id)) throw new Error(`Deployment ${deployment.id} came twice`);
    seen.add(deployment.id);
    tally(byStatus, deployment.status);
    tally(byType, deployment.type);
    progress.update(seen.size);
  }
  const deployments = seen.size;
  progress.finish(`${formatCount(deployments)} Deployments (${[...byType].sort().map(([type, count]) => `${count} ${type}`).join(', ')})`);
  const byScope = new Map<string, number>();
  progress = createProgress('walking API tokens', context.progressOutput);
  let tokens = 0;
  for await (const token of context.client.apiTokens.listAll({ pageSize: context.pageSize })) {
    tokens += 1;
    tally(byScope, token.scope);
    progress.update(tokens);
  }
  progress.finish(`${formatCount(tokens)} API tokens`);
  const rows = [
    ...[...byStatus].sort().map(([status, count]) => ['Deployment', status, formatCount(count)]),
    ...[...byScope].sort().map(([scope, count]) => ['API token', scope, formatCount(count)]),
  ];
  for (const line of renderTable(['Kind', 'Status or scope', 'Count'], rows, ['left', 'left', 'right'])) context.print(`    ${line}`);
  return { value: { deployments, tokens }, result: `${formatCount(deployments)} Deployments, ${formatCount(tokens)} API tokens` };
}
