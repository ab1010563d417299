/**
 * Arazzo workflows (test/contract/arazzo) run by `redocly respect` against a live simulator: for
 * both versions, list/get/update, audit-log export, and the expected 400, 401 and 404 answers; for
 * v1, the resources (a Workspace with a Deployment and a Deploy, a scoped token used, rotated and
 * revoked, a team with a custom role). respect checks each response's status, content type and
 * schema against the spec as well.
 */
import { describe, expect, it } from 'vitest';
import { runRespect, type RespectResult } from './run-respect.ts';
import { useSimulator } from '../support/use-simulator.ts';

const failedChecks = (result: RespectResult) =>
  result.workflows.flatMap((workflow) =>
    workflow.executedSteps.flatMap((step) =>
      step.checks.filter((check) => !check.passed).map((check) => `${workflow.workflowId}/${step.stepId}: ${check.name} (${check.severity})`),
    ),
  );

describe.each(['v1', 'v1beta1'] as const)('redocly respect, %s workflows', (version) => {
  const simulator = useSimulator({ organizations: 500 });
  const file = `organizations.${version}.arazzo.yaml`;
  const inputs = { token: 'respect-token', startDate: '2026-05-01T00:00:00Z', endDate: '2026-05-07T23:59:59Z' };

  it('passes list, get, update and the expected errors with every check', async () => {
    const started = performance.now();
    const result = await runRespect({
      file,
      servers: { [version]: simulator().baseUrls[version] },
      inputs,
      workflows: ['list-get-update', 'expected-errors'],
    });
    console.info(`respect ${version}: ${result.totalRequests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(failedChecks(result), result.output).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.workflows.map((workflow) => [workflow.workflowId, workflow.status])).toEqual([
      ['list-get-update', 'success'],
      ['expected-errors', 'success'],
    ]);
    const statuses = result.workflows.flatMap((workflow) => workflow.executedSteps.map((step) => step.response?.statusCode));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 400, 400, 404, 401]);
    // The update really reached the store.
    expect(simulator().store.all().filter((record) => record.name === 'Renamed by Arazzo')).toHaveLength(1);
  }, 120_000);

  it('exports audit logs; only the schema check of the binary body is out of respect’s reach', async () => {
    const result = await runRespect({
      file,
      servers: { [version]: simulator().baseUrls[version] },
      inputs,
      workflows: ['audit-logs'],
      severity: { SCHEMA_CHECK: 'warn' },
    });
    expect(result.exitCode, result.output).toBe(0);
    expect(failedChecks(result)).toEqual(['audit-logs/export: schema check (warn)']);
    const exported = result.workflows[0]!.executedSteps[1]!;
    expect(exported.response?.statusCode).toBe(200);
    expect(exported.checks.filter((check) => check.name !== 'schema check').every((check) => check.passed)).toBe(true);
  }, 120_000);
});

describe('redocly respect, v1 resource workflows', () => {
  const simulator = useSimulator({ organizations: 20, populate: 1, lifecycleDelayMs: 10 });

  it('passes the Workspace, token and team workflows with every check', async () => {
    const seeded = simulator().populated[0]!;
    const started = performance.now();
    const result = await runRespect({
      file: 'resources.v1.arazzo.yaml',
      servers: { v1: simulator().baseUrls.v1 },
      inputs: {
        token: 'respect-token',
        organizationId: seeded.organizationId,
        workspaceId: seeded.workspaces[0]!,
        otherWorkspaceId: seeded.workspaces[1]!,
        userId: seeded.users[1]!,
        otherUserId: seeded.users[2]!,
      },
      workflows: ['workspace-deployment-deploy', 'scoped-token', 'team-with-custom-role'],
    });
    console.info(`respect v1 resources: ${result.totalRequests} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(failedChecks(result), result.output).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.workflows.map((workflow) => [workflow.workflowId, workflow.status])).toEqual([
      ['workspace-deployment-deploy', 'success'],
      ['scoped-token', 'success'],
      ['team-with-custom-role', 'success'],
    ]);
    const statuses = result.workflows.flatMap((workflow) => workflow.executedSteps.map((step) => step.response?.statusCode));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 400, 204, 404, 204, 200, 200, 403, 200, 401, 200, 204, 401, 200, 200, 204, 200, 200, 204, 204]);
    expect(simulator().records.list(`/organizations/${seeded.organizationId}/workspaces`).map((workspace) => workspace.name)).not.toContain('Arazzo');
  }, 120_000);
});
