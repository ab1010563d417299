/** Object schemas without properties (a connection's `extra`) take any members, as the spec allows, in requests and responses. */
import { describe, expectTypeOf, it } from 'vitest';
import type { CreateEnvironmentObjectConnectionRequest, EnvironmentObjectConnection, UpdateEnvironmentObjectConnectionRequest } from '../../src/v1.ts';

describe('free-form objects', () => {
  it("accept the members of a connection's extra settings", () => {
    const create: CreateEnvironmentObjectConnectionRequest = { type: 'snowflake', extra: { account: 'xy12345', warehouse: 'COMPUTE_WH', retries: 3 } };
    const update: UpdateEnvironmentObjectConnectionRequest = { type: 'postgres', extra: { sslmode: 'require' } };
    expectTypeOf(create.extra).toEqualTypeOf<Record<string, unknown> | undefined>();
    expectTypeOf(update.extra).toEqualTypeOf<Record<string, unknown> | undefined>();
  });

  it('read back as unknown values, not never', () => {
    expectTypeOf<NonNullable<EnvironmentObjectConnection['extra']>[string]>().toBeUnknown();
  });
});
