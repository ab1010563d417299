/** Throughput measurement shared by the client benches: calls per second, best of interleaved rounds, as ratios. */

export type Contender = () => Promise<unknown>;

/** Calls completed per second with `inFlight` loops running for `ms`. */
export async function throughput(call: Contender, ms: number, inFlight: number): Promise<number> {
  let done = 0;
  const until = performance.now() + ms;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < until) {
        await call();
        done++;
      }
    }),
  );
  return done / (ms / 1000);
}

/** The best of `rounds` interleaved runs per contender, so a noisy moment hurts every contender alike. */
export async function compare(contenders: Record<string, Contender>, inFlight: number, ms: number, rounds = 3): Promise<Record<string, number>> {
  const best: Record<string, number> = {};
  for (const call of Object.values(contenders)) await throughput(call, 200, inFlight); // warm up
  for (let round = 0; round < rounds; round++)
    for (const [name, call] of Object.entries(contenders)) best[name] = Math.max(best[name] ?? 0, await throughput(call, ms, inFlight));
  return best;
}

/** Rows for console.table: calls per second and the ratio to `baseline`. */
export const table = (rates: Record<string, number>, baseline: string) =>
  Object.fromEntries(Object.entries(rates).map(([name, rate]) => [name, { 'calls/s': Math.round(rate), [`vs ${baseline}`]: `${(rate / rates[baseline]!).toFixed(2)}x` }]));
