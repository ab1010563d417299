/**
 * Direction-aware classification. A schema change either widens the set of values a schema allows,
 * narrows it, or does both (an incomparable change such as `integer` → `string`). Who writes the data
 * decides which of those breaks someone: see `Direction` in types.ts.
 */
import type { ChangeLevel, Direction } from './types.ts';

export type Effect = 'widened' | 'narrowed' | 'changed';

export function levelOf(direction: Direction, effect: Effect): ChangeLevel {
  if (effect === 'changed') return 'breaking';
  if (direction === 'both') return 'breaking';
  if (direction === 'request') return effect === 'widened' ? 'feature' : 'breaking';
  return effect === 'narrowed' ? 'feature' : 'breaking';
}

