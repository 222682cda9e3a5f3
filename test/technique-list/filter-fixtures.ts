/** Techniques, filters and arbitraries the filter and chip tests share. */
import fc from 'fast-check';
import {
  GOALS,
  PRESSURE_LEVELS,
  type Goal,
  type PressureLevel,
  type Technique,
} from '../../src/technique-card/technique-types.js';
import type { TechniqueFilter } from '../../src/technique-list/technique-filter.js';

export function technique(id: string, pressure: PressureLevel, goals: Goal[]): Technique {
  return { id, name: id, summary: `${id} summary`, pressure, goals, cautions: [] };
}

export function filter(goals: Goal[] = [], pressures: PressureLevel[] = []): TechniqueFilter {
  return { goals: new Set(goals), pressures: new Set(pressures) };
}

export const ids = (techniques: readonly Technique[]) => techniques.map((t) => t.id);

export const SWEDISH = technique('swedish', 2, ['relaxation', 'stress']);
export const DEEP = technique('deep-tissue', 5, ['chronic-tension', 'knots', 'stiffness']);
export const TRIGGER = technique('trigger-point', 4, ['knots', 'chronic-tension']);
export const THAI = technique('thai', 4, ['relaxation', 'flexibility', 'stiffness']);
export const SPORTS = technique('sports', 4, ['sports-recovery', 'flexibility']);
export const ALL = [SWEDISH, DEEP, TRIGGER, THAI, SPORTS];

/** The sample techniques with these ids, in the order given. */
export const sample = (...ids: string[]): Technique[] =>
  ids.map((id) => ALL.find((technique) => technique.id === id)!);

// Arbitraries: a small id pool so duplicates and highlight hits happen often.
export const idArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
export const goalArb = fc.constantFrom(...GOALS);
export const pressureArb = fc.constantFrom(...PRESSURE_LEVELS);
export const techniqueArb = fc
  .record({
    id: idArb,
    pressure: pressureArb,
    goals: fc.uniqueArray(goalArb, { maxLength: 4 }),
  })
  .map(({ id, pressure, goals }) => technique(id, pressure, goals));
export const listArb = fc.array(techniqueArb, { maxLength: 12 });
export const filterArb = fc
  .record({
    goals: fc.uniqueArray(goalArb, { maxLength: 4 }),
    pressures: fc.uniqueArray(pressureArb, { maxLength: 3 }),
  })
  .map(({ goals, pressures }) => filter(goals, pressures));

/** An independent statement of the rule: "or" inside a group, "and" between groups. */
export function oracle(t: Technique, f: TechniqueFilter): boolean {
  const goalOk = f.goals.size === 0 || [...f.goals].some((goal) => t.goals.includes(goal));
  const pressureOk = f.pressures.size === 0 || [...f.pressures].includes(t.pressure);
  return goalOk && pressureOk;
}
