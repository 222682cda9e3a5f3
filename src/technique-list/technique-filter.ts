/**
 * Choosing and ordering techniques for a list: pure functions over data, shared by the list
 * element and anything else that wants the same rules.
 */
import {
  GOALS,
  PRESSURE_LEVELS,
  type Goal,
  type PressureLevel,
  type Technique,
} from '../technique-card/technique-types.js';

/** What a visitor picked. An empty set means "any". */
export interface TechniqueFilter {
  readonly goals: ReadonlySet<Goal>;
  readonly pressures: ReadonlySet<PressureLevel>;
}

export const NO_FILTER: TechniqueFilter = { goals: new Set(), pressures: new Set() };

/**
 * A technique matches when it serves any of the chosen goals and has any of the chosen
 * pressure levels: "or" inside a group of chips, "and" between the groups, as shop filters do.
 */
export function matchesFilter(technique: Technique, filter: TechniqueFilter): boolean {
  const goalOk = filter.goals.size === 0 || technique.goals.some((goal) => filter.goals.has(goal));
  const pressureOk = filter.pressures.size === 0 || filter.pressures.has(technique.pressure);
  return goalOk && pressureOk;
}

/** The techniques that match, in their given order. */
export function filterTechniques(
  techniques: readonly Technique[],
  filter: TechniqueFilter,
): Technique[] {
  return techniques.filter((technique) => matchesFilter(technique, filter));
}

/**
 * Highlighted techniques first, in the order they were recommended, then the rest in their
 * given order. Ids that are not in the list are ignored.
 */
export function highlightedFirst(
  techniques: readonly Technique[],
  highlight: readonly string[],
): Technique[] {
  const rank = new Map<string, number>();
  highlight.forEach((id) => {
    if (!rank.has(id)) rank.set(id, rank.size);
  });
  const first = techniques
    .filter((technique) => rank.has(technique.id))
    .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...first, ...techniques.filter((technique) => !rank.has(technique.id))];
}

/** The goals the techniques cover, in vocabulary order: the chips worth offering. */
export function goalsOffered(techniques: readonly Technique[]): Goal[] {
  return GOALS.filter((goal) => techniques.some((technique) => technique.goals.includes(goal)));
}

/** The pressure levels the techniques have, gentlest first. */
export function pressuresOffered(techniques: readonly Technique[]): PressureLevel[] {
  return PRESSURE_LEVELS.filter((level) =>
    techniques.some((technique) => technique.pressure === level),
  );
}

/** The filter chips a list offers. */
export interface FilterChips {
  readonly goals: readonly Goal[];
  readonly pressures: readonly PressureLevel[];
}

export const NO_CHIPS: FilterChips = { goals: [], pressures: [] };

/** The chips worth offering for these techniques: a group with one option filters nothing. */
export function chipsFor(techniques: readonly Technique[]): FilterChips {
  const goals = goalsOffered(techniques);
  const pressures = pressuresOffered(techniques);
  return { goals: goals.length > 1 ? goals : [], pressures: pressures.length > 1 ? pressures : [] };
}

/**
 * The choices that count: only those with a chip on offer. A choice whose chip is gone (the
 * list changed, or the filters were taken away) could not be undone, so it is ignored.
 */
export function withinChips(filter: TechniqueFilter, chips: FilterChips): TechniqueFilter {
  return {
    goals: new Set(chips.goals.filter((goal) => filter.goals.has(goal))),
    pressures: new Set(chips.pressures.filter((level) => filter.pressures.has(level))),
  };
}

/** Adds `item` to a set or takes it out: the pure step behind a toggle chip. */
export function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
}

/** True when the filter narrows anything: some goal or pressure is chosen. */
export const isFiltering = (filter: TechniqueFilter): boolean =>
  filter.goals.size + filter.pressures.size > 0;
