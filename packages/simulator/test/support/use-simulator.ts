import { afterAll, beforeAll } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/index.ts';

/** Starts one simulator for the enclosing suite; the getter is valid inside tests. */
export function useSimulator(options: SimulatorOptions = {}): () => Simulator {
  let simulator: Simulator | undefined;
  beforeAll(async () => {
    simulator = await startSimulator({ seed: 42, organizations: 300, referenceTime: '2026-06-01T00:00:00Z', logger: false, ...options });
  });
  afterAll(async () => {
    await simulator?.close();
  });
  return () => {
    if (!simulator) throw new Error('The simulator is not running');
    return simulator;
  };
}
