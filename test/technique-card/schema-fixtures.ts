/** What the technique schema tests share: the smallest technique, and how to read a parse. */
import { expect } from '@open-wc/testing';
import {
  DURATION_RANGE,
  PRESSURE_LEVELS,
  TEXT_LIMITS,
  isGoal,
  isTechniqueId,
  type SchemaProblem,
  type Technique,
  type TechniqueParse,
} from '../../src/technique-card/technique-types.js';

/** The smallest technique the schema takes. */
export const MINIMAL = {
  id: 'deep-tissue',
  name: 'Deep tissue',
  summary: 'Firm work.',
  pressure: 4,
};

export const UNKNOWN_FIELD = 'unknown field (ignored)';

/** The object without its undefined fields: parseTechnique spells absent optional fields out. */
export function defined(technique: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(technique).filter(([, value]) => value !== undefined));
}

/** The JSON path of each problem, in order. */
export const paths = (problems: readonly { path: string }[]): string[] =>
  problems.map((problem) => problem.path);

/** The technique of a parse that must have succeeded. */
export function okTechnique(parsed: TechniqueParse): Technique {
  expect(parsed.ok, JSON.stringify(parsed.problems)).to.equal(true);
  if (!parsed.ok) throw new Error('unreachable');
  return parsed.technique;
}

/** Asserts the parse failed with exactly one problem, at `path`. */
export function expectRejectedAt(parsed: TechniqueParse, path: string): SchemaProblem {
  expect(parsed.ok).to.equal(false);
  expect(paths(parsed.problems)).to.deep.equal([path]);
  return parsed.problems[0]!;
}

/** Asserts the parse failed with problems at exactly these paths, in this order. */
export function expectRejectedAtEach(parsed: TechniqueParse, expected: readonly string[]): void {
  expect(parsed.ok).to.equal(false);
  expect(paths(parsed.problems)).to.deep.equal(expected);
}

/** Throws (so fast-check reports the case) unless the technique keeps every promise. */
export function checkInvariants(technique: Technique): void {
  if (!isTechniqueId(technique.id)) throw new Error(`bad id ${technique.id}`);
  if (!(PRESSURE_LEVELS as readonly unknown[]).includes(technique.pressure))
    throw new Error(`bad pressure ${technique.pressure}`);
  if (!Array.isArray(technique.goals)) throw new Error('goals not an array');
  if (!technique.goals.every(isGoal)) throw new Error(`bad goal in ${technique.goals}`);
  if (new Set(technique.goals).size !== technique.goals.length) throw new Error('duplicate goal');
  const texts: Array<[keyof typeof TEXT_LIMITS, unknown]> = [
    ['name', technique.name],
    ['summary', technique.summary],
    ['description', technique.description],
    ['pressureLabel', technique.pressureLabel],
    ['feelsLike', technique.feelsLike],
    ['price', technique.price],
    ...technique.cautions.map((caution): ['caution', unknown] => ['caution', caution]),
  ];
  for (const [field, text] of texts) {
    const optional = field !== 'name' && field !== 'summary';
    if (text === undefined && optional) continue;
    if (typeof text !== 'string') throw new Error(`${field} is not a string`);
    if (text.trim() === '' || text !== text.trim()) throw new Error(`${field} not trimmed`);
    if (text.length > TEXT_LIMITS[field]) throw new Error(`${field} too long`);
  }
  const { duration } = technique;
  if (duration !== undefined) {
    const { min, max } = duration;
    if (!Number.isInteger(min) || !Number.isInteger(max)) throw new Error('duration not whole');
    if (min < DURATION_RANGE.min || max > DURATION_RANGE.max || min > max)
      throw new Error(`bad duration ${min}-${max}`);
  }
}
