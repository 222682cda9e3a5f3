/** Techniques for property tests: valid ones, nearly valid ones, and the paths they sit at. */
import fc from 'fast-check';
import {
  DURATION_RANGE,
  GOALS,
  PRESSURE_LEVELS,
  TECHNIQUE_ID,
  TEXT_LIMITS,
  isTechniqueId,
  type Technique,
} from '../../src/technique-card/technique-types.js';

/** Trimmed, non-empty text of at most `limit` UTF-16 units. */
export const textArb = (limit: number) =>
  fc
    .oneof(
      fc.string({ maxLength: limit }),
      fc.string({ unit: 'grapheme', maxLength: limit }),
      fc.string({ unit: 'binary', maxLength: limit }),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= limit);

export const idArb = fc.stringMatching(TECHNIQUE_ID).filter(isTechniqueId);
export const pressureArb = fc.constantFrom(...PRESSURE_LEVELS);
export const goalsArb = fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: GOALS.length });
export const durationArb = fc
  .tuple(
    fc.integer({ min: DURATION_RANGE.min, max: DURATION_RANGE.max }),
    fc.integer({ min: DURATION_RANGE.min, max: DURATION_RANGE.max }),
  )
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

/** A valid technique in the parsed shape. */
export const techniqueArb: fc.Arbitrary<Technique> = fc.record(
  {
    id: idArb,
    name: textArb(TEXT_LIMITS.name),
    summary: textArb(TEXT_LIMITS.summary),
    description: textArb(TEXT_LIMITS.description),
    pressure: pressureArb,
    pressureLabel: textArb(TEXT_LIMITS.pressureLabel),
    goals: goalsArb,
    feelsLike: textArb(TEXT_LIMITS.feelsLike),
    cautions: fc.array(textArb(TEXT_LIMITS.caution), { maxLength: 4 }),
    duration: durationArb,
    price: textArb(TEXT_LIMITS.price),
  },
  { requiredKeys: ['id', 'name', 'summary', 'pressure', 'goals', 'cautions'] },
);

/** Values that are almost right for some field: empty, padded, off by one, the wrong type. */
export const nearMiss = fc.oneof(
  fc.constantFrom('', '  ', 0, 6, 2.5, '3', '60', [], [90, 45], [60], null, 'Knots', 'detox'),
  fc.constantFrom(...Object.values(TEXT_LIMITS)).map((limit) => 'x'.repeat(limit + 1)),
  fc.array(fc.oneof(fc.constantFrom(...GOALS), fc.string()), { minLength: 1 }),
  fc.string(),
  fc.anything(),
);

/** Mostly valid, sometimes junk: each field is junk about one time in eight. */
export const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 7, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: nearMiss },
  );

export const nearlyValidArb = fc
  .tuple(
    fc.record(
      {
        id: mostly(idArb),
        name: mostly(textArb(TEXT_LIMITS.name)),
        summary: mostly(textArb(TEXT_LIMITS.summary)),
        description: mostly(textArb(TEXT_LIMITS.description)),
        pressure: mostly(pressureArb),
        pressureLabel: mostly(textArb(TEXT_LIMITS.pressureLabel)),
        goals: mostly(fc.array(fc.constantFrom(...GOALS))),
        feelsLike: mostly(textArb(TEXT_LIMITS.feelsLike)),
        cautions: mostly(fc.array(textArb(TEXT_LIMITS.caution), { maxLength: 4 })),
        duration: mostly(
          fc.oneof(
            fc.integer({ min: DURATION_RANGE.min, max: DURATION_RANGE.max }),
            durationArb.map(({ min, max }) => [min, max]),
            durationArb,
          ),
        ),
        price: mostly(textArb(TEXT_LIMITS.price)),
      },
      { requiredKeys: ['id', 'name', 'summary', 'pressure'] },
    ),
    fc.dictionary(fc.string(), fc.anything(), { maxKeys: 2 }),
  )
  .map(([fields, extra]) => ({ ...extra, ...fields }));

export const pathArb = fc.oneof(
  fc.constant(''),
  fc.nat(20).map((n) => `techniques[${n}]`),
  fc.nat(20).map((n) => `[${n}]`),
);

// Tests -------------------------------------------------------------------------------------
