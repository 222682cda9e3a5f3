import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DURATION_RANGE,
  GOALS,
  PRESSURE_LABELS,
  PRESSURE_LEVELS,
  TECHNIQUE_ID,
  TEXT_LIMITS,
  formatSessionLength,
  isGoal,
  parseTechnique,
  pressureText,
  toPressureLevel,
  toSessionLength,
  type SchemaProblem,
  type Technique,
  type TechniqueParse,
} from '../../src/technique-card/technique-types.js';

/** The smallest technique the schema takes. */
const MINIMAL = { id: 'deep-tissue', name: 'Deep tissue', summary: 'Firm work.', pressure: 4 };

const UNKNOWN_FIELD = 'unknown field (ignored)';

/** The object without its undefined fields: parseTechnique spells absent optional fields out. */
function defined(technique: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(technique).filter(([, value]) => value !== undefined));
}

function paths(problems: readonly SchemaProblem[]): string[] {
  return problems.map((problem) => problem.path);
}

/** The technique of a parse that must have succeeded. */
function okTechnique(parsed: TechniqueParse): Technique {
  expect(parsed.ok, JSON.stringify(parsed.problems)).to.equal(true);
  if (!parsed.ok) throw new Error('unreachable');
  return parsed.technique;
}

/** Asserts the parse failed with exactly one problem, at `path`. */
function expectRejectedAt(parsed: TechniqueParse, path: string): SchemaProblem {
  expect(parsed.ok).to.equal(false);
  expect(paths(parsed.problems)).to.deep.equal([path]);
  return parsed.problems[0]!;
}

/** Throws (so fast-check reports the case) unless the technique keeps every promise. */
function checkInvariants(technique: Technique): void {
  if (!TECHNIQUE_ID.test(technique.id)) throw new Error(`bad id ${technique.id}`);
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

// Arbitraries -------------------------------------------------------------------------------

/** Trimmed, non-empty text of at most `limit` UTF-16 units. */
const textOf = (limit: number) =>
  fc
    .oneof(
      fc.string({ maxLength: limit }),
      fc.string({ unit: 'grapheme', maxLength: limit }),
      fc.string({ unit: 'binary', maxLength: limit }),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= limit);

const idArb = fc.stringMatching(TECHNIQUE_ID).filter((id) => id.length <= 64);
const pressureArb = fc.constantFrom(...PRESSURE_LEVELS);
const goalsArb = fc.uniqueArray(fc.constantFrom(...GOALS), { maxLength: GOALS.length });
const durationArb = fc
  .tuple(
    fc.integer({ min: DURATION_RANGE.min, max: DURATION_RANGE.max }),
    fc.integer({ min: DURATION_RANGE.min, max: DURATION_RANGE.max }),
  )
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));

/** A valid technique in the parsed shape. */
const techniqueArb: fc.Arbitrary<Technique> = fc.record(
  {
    id: idArb,
    name: textOf(TEXT_LIMITS.name),
    summary: textOf(TEXT_LIMITS.summary),
    description: textOf(TEXT_LIMITS.description),
    pressure: pressureArb,
    pressureLabel: textOf(TEXT_LIMITS.pressureLabel),
    goals: goalsArb,
    feelsLike: textOf(TEXT_LIMITS.feelsLike),
    cautions: fc.array(textOf(TEXT_LIMITS.caution), { maxLength: 4 }),
    duration: durationArb,
    price: textOf(TEXT_LIMITS.price),
  },
  { requiredKeys: ['id', 'name', 'summary', 'pressure', 'goals', 'cautions'] },
);

/** Values that are almost right for some field: empty, padded, off by one, the wrong type. */
const nearMiss = fc.oneof(
  fc.constantFrom('', '  ', 0, 6, 2.5, '3', '60', [], [90, 45], [60], null, 'Knots', 'detox'),
  fc.constantFrom(...Object.values(TEXT_LIMITS)).map((limit) => 'x'.repeat(limit + 1)),
  fc.array(fc.oneof(fc.constantFrom(...GOALS), fc.string()), { minLength: 1 }),
  fc.string(),
  fc.anything(),
);

/** Mostly valid, sometimes junk: each field is junk about one time in eight. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 7, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: nearMiss },
  );

const nearlyValidArb = fc
  .tuple(
    fc.record(
      {
        id: mostly(idArb),
        name: mostly(textOf(TEXT_LIMITS.name)),
        summary: mostly(textOf(TEXT_LIMITS.summary)),
        description: mostly(textOf(TEXT_LIMITS.description)),
        pressure: mostly(pressureArb),
        pressureLabel: mostly(textOf(TEXT_LIMITS.pressureLabel)),
        goals: mostly(fc.array(fc.constantFrom(...GOALS))),
        feelsLike: mostly(textOf(TEXT_LIMITS.feelsLike)),
        cautions: mostly(fc.array(textOf(TEXT_LIMITS.caution), { maxLength: 4 })),
        duration: mostly(
          fc.oneof(
            fc.integer({ min: DURATION_RANGE.min, max: DURATION_RANGE.max }),
            durationArb.map(({ min, max }) => [min, max]),
            durationArb,
          ),
        ),
        price: mostly(textOf(TEXT_LIMITS.price)),
      },
      { requiredKeys: ['id', 'name', 'summary', 'pressure'] },
    ),
    fc.dictionary(fc.string(), fc.anything(), { maxKeys: 2 }),
  )
  .map(([fields, extra]) => ({ ...extra, ...fields }));

const pathArb = fc.oneof(
  fc.constant(''),
  fc.nat(20).map((n) => `techniques[${n}]`),
  fc.nat(20).map((n) => `[${n}]`),
);

// Tests -------------------------------------------------------------------------------------

describe('parseTechnique', () => {
  describe('valid input', () => {
    it('takes a minimal technique and fills in empty goals and cautions', () => {
      const parsed = parseTechnique(MINIMAL);
      expect(parsed).to.deep.equal({
        ok: true,
        problems: [],
        technique: {
          ...MINIMAL,
          description: undefined,
          pressureLabel: undefined,
          goals: [],
          feelsLike: undefined,
          cautions: [],
          duration: undefined,
          price: undefined,
        },
      });
    });

    it('does not hand back the arrays it was given', () => {
      const goals = ['knots'];
      const cautions = ['Tell your therapist.'];
      const technique = okTechnique(parseTechnique({ ...MINIMAL, goals, cautions }));
      expect(technique.goals).to.not.equal(goals);
      expect(technique.cautions).to.not.equal(cautions);
    });

    it('keeps every field of a complete technique', () => {
      const full = {
        id: 'thai',
        name: 'Thai massage',
        summary: 'Stretches on a mat.',
        description: 'Done clothed, on the floor.',
        pressure: 4,
        pressureLabel: 'Medium to firm',
        goals: ['flexibility', 'relaxation'],
        feelsLike: 'Like assisted yoga.',
        cautions: ['Strong stretches.', 'Tell your therapist.'],
        duration: [60, 120],
        price: '$95',
      };
      const parsed = parseTechnique(full);
      expect(parsed.problems).to.deep.equal([]);
      expect(okTechnique(parsed)).to.deep.equal({ ...full, duration: { min: 60, max: 120 } });
    });

    it('trims every text field and every caution', () => {
      const technique = okTechnique(
        parseTechnique({
          id: 'swedish',
          name: '  Swedish massage \n',
          summary: '\tGentle. ',
          description: ' Long strokes. ',
          pressure: 2,
          pressureLabel: ' Light to medium ',
          feelsLike: '\n Calm.\n',
          cautions: ['  Tell your therapist.  ', 'Be kind.\t'],
          price: ' $80 ',
        }),
      );
      expect(technique).to.include({
        name: 'Swedish massage',
        summary: 'Gentle.',
        description: 'Long strokes.',
        pressureLabel: 'Light to medium',
        feelsLike: 'Calm.',
        price: '$80',
      });
      expect(technique.cautions).to.deep.equal(['Tell your therapist.', 'Be kind.']);
    });

    for (const id of ['a', '7', 'a-b', 'trigger-point', 'x1-2y', 'a'.repeat(64)])
      it(`accepts the id ${JSON.stringify(id)}`, () => {
        expect(okTechnique(parseTechnique({ ...MINIMAL, id })).id).to.equal(id);
      });

    for (const pressure of PRESSURE_LEVELS)
      it(`accepts pressure ${pressure}`, () => {
        expect(okTechnique(parseTechnique({ ...MINIMAL, pressure })).pressure).to.equal(pressure);
      });
  });

  describe('required fields', () => {
    const required: ReadonlyArray<[string, ReadonlyArray<[string, unknown]>]> = [
      [
        'id',
        [
          ['a number', 5],
          ['null', null],
          ['empty', ''],
          ['whitespace', '   '],
          ['upper case', 'Swedish'],
          ['a space', 'deep tissue'],
          ['an underscore', 'deep_tissue'],
          ['a leading hyphen', '-swedish'],
          ['a trailing hyphen', 'swedish-'],
          ['padded', ' swedish'],
          ['non-ASCII', 'caf\u00e9'],
          ['65 characters', 'a'.repeat(65)],
        ],
      ],
      [
        'name',
        [
          ['a number', 5],
          ['null', null],
          ['an array', ['Swedish']],
          ['empty', ''],
          ['whitespace', ' \n\t '],
        ],
      ],
      [
        'summary',
        [
          ['a number', 5],
          ['false', false],
          ['an object', { text: 'x' }],
          ['empty', ''],
          ['whitespace', '  '],
        ],
      ],
      [
        'pressure',
        [
          ['0', 0],
          ['6', 6],
          ['2.5', 2.5],
          ['-1', -1],
          ['NaN', NaN],
          ['Infinity', Infinity],
          ['the string "3"', '3'],
          ['an empty string', ''],
          ['null', null],
          ['true', true],
          ['[3]', [3]],
        ],
      ],
    ];
    for (const [field, bad] of required) {
      for (const path of ['', 'techniques[2]']) {
        const expected = path ? `${path}.${field}` : field;
        it(`reports a missing ${field} at ${expected}`, () => {
          const rest: Record<string, unknown> = { ...MINIMAL };
          delete rest[field];
          const problem = expectRejectedAt(parseTechnique(rest, path), expected);
          expect(problem.value).to.equal(undefined);
          expect(problem.reason).to.match(/^required/);
        });
        for (const [name, value] of bad)
          it(`rejects ${field} that is ${name}, at ${expected}`, () => {
            const problem = expectRejectedAt(
              parseTechnique({ ...MINIMAL, [field]: value }, path),
              expected,
            );
            if (typeof value === 'number' && Number.isNaN(value))
              expect(Number.isNaN(problem.value)).to.equal(true);
            else expect(problem.value).to.equal(value);
          });
      }
    }

    it('reports every broken required field at once', () => {
      const parsed = parseTechnique({ id: 'X', name: '', summary: 3, pressure: 9 }, 'list[0]');
      expect(parsed.ok).to.equal(false);
      expect(paths(parsed.problems)).to.have.members([
        'list[0].id',
        'list[0].name',
        'list[0].summary',
        'list[0].pressure',
      ]);
    });
  });

  describe('optional text fields', () => {
    for (const field of ['description', 'pressureLabel', 'feelsLike', 'price'] as const) {
      for (const [name, value] of [
        ['a number', 12],
        ['null', null],
        ['an array', ['text']],
        ['empty', ''],
        ['whitespace', '  \n'],
      ] as const)
        it(`rejects ${field} that is ${name}`, () => {
          expectRejectedAt(
            parseTechnique({ ...MINIMAL, [field]: value }, 'techniques[2]'),
            `techniques[2].${field}`,
          );
          expectRejectedAt(parseTechnique({ ...MINIMAL, [field]: value }), field);
        });
      it(`leaves an absent ${field} undefined`, () => {
        expect(okTechnique(parseTechnique(MINIMAL))[field]).to.equal(undefined);
      });
    }
  });

  describe('text limits', () => {
    for (const field of [
      'name',
      'summary',
      'description',
      'pressureLabel',
      'feelsLike',
      'price',
    ] as const) {
      const limit = TEXT_LIMITS[field];
      it(`takes ${field} of exactly ${limit} characters`, () => {
        const text = 'x'.repeat(limit);
        expect(okTechnique(parseTechnique({ ...MINIMAL, [field]: text }))[field]).to.equal(text);
      });
      it(`rejects ${field} of ${limit + 1} characters`, () => {
        const problem = expectRejectedAt(
          parseTechnique({ ...MINIMAL, [field]: 'x'.repeat(limit + 1) }, 'techniques[2]'),
          `techniques[2].${field}`,
        );
        expect(problem.reason).to.include(String(limit));
      });
    }

    it(`takes a caution of exactly ${TEXT_LIMITS.caution} characters`, () => {
      const caution = 'x'.repeat(TEXT_LIMITS.caution);
      expect(
        okTechnique(parseTechnique({ ...MINIMAL, cautions: [caution] })).cautions,
      ).to.deep.equal([caution]);
    });

    it(`rejects a caution of ${TEXT_LIMITS.caution + 1} characters`, () => {
      expectRejectedAt(
        parseTechnique(
          { ...MINIMAL, cautions: ['ok', 'x'.repeat(TEXT_LIMITS.caution + 1)] },
          'techniques[2]',
        ),
        'techniques[2].cautions[1]',
      );
    });
  });

  describe('goals', () => {
    for (const [name, goals] of [
      ['a string', 'knots'],
      ['an object', { knots: true }],
      ['null', null],
      ['a number', 1],
    ] as const)
      it(`rejects goals that are ${name}`, () => {
        expectRejectedAt(
          parseTechnique({ ...MINIMAL, goals }, 'techniques[2]'),
          'techniques[2].goals',
        );
        expectRejectedAt(parseTechnique({ ...MINIMAL, goals }), 'goals');
      });

    it('reports an unknown goal by its index', () => {
      const problem = expectRejectedAt(
        parseTechnique({ ...MINIMAL, goals: ['knots', 'detox'] }, 'techniques[2]'),
        'techniques[2].goals[1]',
      );
      expect(problem.value).to.equal('detox');
      expectRejectedAt(parseTechnique({ ...MINIMAL, goals: ['knots', 'detox'] }), 'goals[1]');
    });

    it('reports each bad goal: wrong case, non-strings, padded', () => {
      const parsed = parseTechnique({ ...MINIMAL, goals: ['KNOTS', 'knots', 3, null, ' stress'] });
      expect(parsed.ok).to.equal(false);
      expect(paths(parsed.problems)).to.deep.equal([
        'goals[0]',
        'goals[2]',
        'goals[3]',
        'goals[4]',
      ]);
    });

    it('keeps a repeated goal once, in first-seen order, without a problem', () => {
      const parsed = parseTechnique({
        ...MINIMAL,
        goals: ['stiffness', 'knots', 'stiffness', 'knots', 'relaxation'],
      });
      expect(parsed.problems).to.deep.equal([]);
      expect(okTechnique(parsed).goals).to.deep.equal(['stiffness', 'knots', 'relaxation']);
    });

    it('takes every goal of the vocabulary', () => {
      expect(okTechnique(parseTechnique({ ...MINIMAL, goals: [...GOALS] })).goals).to.deep.equal([
        ...GOALS,
      ]);
    });
  });

  describe('cautions', () => {
    for (const [name, cautions] of [
      ['a string', 'Be careful.'],
      ['an object', { 0: 'Be careful.' }],
      ['null', null],
    ] as const)
      it(`rejects cautions that are ${name}`, () => {
        expectRejectedAt(
          parseTechnique({ ...MINIMAL, cautions }, 'techniques[2]'),
          'techniques[2].cautions',
        );
      });

    for (const [name, caution] of [
      ['empty', ''],
      ['whitespace', '   '],
      ['a number', 4],
      ['null', null],
      ['an array', ['nested']],
    ] as const)
      it(`reports a caution that is ${name} by its index`, () => {
        expectRejectedAt(
          parseTechnique({ ...MINIMAL, cautions: [caution, 'Fine.'] }),
          'cautions[0]',
        );
        expectRejectedAt(
          parseTechnique({ ...MINIMAL, cautions: ['Fine.', caution] }, 'techniques[2]'),
          'techniques[2].cautions[1]',
        );
      });

    it('keeps cautions in their order', () => {
      expect(
        okTechnique(parseTechnique({ ...MINIMAL, cautions: ['B.', 'A.', 'C.'] })).cautions,
      ).to.deep.equal(['B.', 'A.', 'C.']);
    });
  });

  describe('duration', () => {
    const accepted: ReadonlyArray<[string, unknown, { min: number; max: number }]> = [
      ['60', 60, { min: 60, max: 60 }],
      ['[45, 90]', [45, 90], { min: 45, max: 90 }],
      ['[60, 60]', [60, 60], { min: 60, max: 60 }],
      ['the shortest, 5', 5, { min: 5, max: 5 }],
      ['the longest, 240', 240, { min: 240, max: 240 }],
      ['[5, 240]', [5, 240], { min: 5, max: 240 }],
      ['{min: 45, max: 90} (the parsed shape)', { min: 45, max: 90 }, { min: 45, max: 90 }],
    ];
    for (const [name, duration, expected] of accepted)
      it(`reads ${name}`, () => {
        const parsed = parseTechnique({ ...MINIMAL, duration });
        expect(parsed.problems).to.deep.equal([]);
        expect(okTechnique(parsed).duration).to.deep.equal(expected);
      });

    const rejected: ReadonlyArray<[string, unknown]> = [
      ['[90, 45] (longest first)', [90, 45]],
      ['4', 4],
      ['241', 241],
      ['0', 0],
      ['-60', -60],
      ['60.5', 60.5],
      ['NaN', NaN],
      ['the string "60"', '60'],
      ['the string "45-90"', '45-90'],
      ['[60]', [60]],
      ['[]', []],
      ['[45, 90, 120]', [45, 90, 120]],
      ['["45", "90"]', ['45', '90']],
      ['[4, 90]', [4, 90]],
      ['[45, 241]', [45, 241]],
      ['null', null],
      ['true', true],
      ['{min: 90, max: 45}', { min: 90, max: 45 }],
      ['{min: 45}', { min: 45 }],
      ['{min: "45", max: "90"}', { min: '45', max: '90' }],
      ['{min: 45, max: 90, unit: "h"}', { min: 45, max: 90, unit: 'h' }],
      ['{}', {}],
    ];
    for (const [name, duration] of rejected)
      it(`rejects ${name}`, () => {
        expectRejectedAt(
          parseTechnique({ ...MINIMAL, duration }, 'techniques[2]'),
          'techniques[2].duration',
        );
        expectRejectedAt(parseTechnique({ ...MINIMAL, duration }), 'duration');
      });
  });

  describe('unknown fields', () => {
    it('reports an unknown field and still takes the technique', () => {
      const parsed = parseTechnique({ ...MINIMAL, colour: 'blue' }, 'techniques[2]');
      expect(parsed.ok).to.equal(true);
      expect(parsed.problems).to.deep.equal([
        { path: 'techniques[2].colour', value: 'blue', reason: UNKNOWN_FIELD },
      ]);
      expect(okTechnique(parsed)).to.not.have.property('colour');
    });

    it('reports a field in the wrong case as unknown, and the missing field as missing', () => {
      const { summary, ...rest } = MINIMAL;
      const parsed = parseTechnique({ ...rest, Summary: summary });
      expect(parsed.ok).to.equal(false);
      expect(parsed.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
        ['Summary', UNKNOWN_FIELD],
        ['summary', 'required: a non-empty string'],
      ]);
    });
  });

  describe('input that is not an object', () => {
    const roots: ReadonlyArray<[string, unknown]> = [
      ['null', null],
      ['undefined', undefined],
      ['an empty array', []],
      ['an array holding a technique', [MINIMAL]],
      ['a string', 'swedish'],
      ['a number', 42],
      ['a boolean', true],
    ];
    for (const [name, value] of roots) {
      it(`reports ${name} at (root)`, () => {
        const problem = expectRejectedAt(parseTechnique(value), '(root)');
        expect(problem.value).to.equal(value);
      });
      it(`reports ${name} at the given path`, () => {
        expectRejectedAt(parseTechnique(value, 'techniques[3]'), 'techniques[3]');
      });
    }
  });

  describe('properties', () => {
    it('never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), pathArb, (value, path) => {
          const parsed = parseTechnique(value, path);
          if (parsed.ok) checkInvariants(parsed.technique);
        }),
      );
    });

    it('keeps its promises on nearly valid input: ok exactly when only unknown fields were reported', () => {
      fc.assert(
        fc.property(nearlyValidArb, pathArb, (value, path) => {
          const parsed = parseTechnique(value, path);
          for (const problem of parsed.problems) {
            const prefix = path || '';
            if (prefix && !problem.path.startsWith(prefix)) throw new Error(`path ${problem.path}`);
          }
          const onlyUnknown = parsed.problems.every((problem) => problem.reason === UNKNOWN_FIELD);
          if (parsed.ok !== onlyUnknown) throw new Error('ok does not match the problems');
          if (parsed.ok) checkInvariants(parsed.technique);
        }),
        { numRuns: 500 },
      );
    });

    it('has a nearly valid generator that reaches both the ok and the failing branch', () => {
      const samples = fc.sample(nearlyValidArb, { numRuns: 300, seed: 42 });
      const oks = samples.filter((value) => parseTechnique(value).ok).length;
      expect(oks).to.be.within(30, 270);
    });

    it('takes every valid technique without problems and gives it back unchanged', () => {
      fc.assert(
        fc.property(techniqueArb, pathArb, (technique, path) => {
          const parsed = parseTechnique(technique, path);
          expect(parsed.problems).to.deep.equal([]);
          expect(defined(okTechnique(parsed))).to.deep.equal(defined(technique));
        }),
        { numRuns: 200 },
      );
    });

    it('round-trips a parsed technique through JSON, the way a clinic pastes it', () => {
      fc.assert(
        fc.property(techniqueArb, (technique) => {
          const first = okTechnique(parseTechnique(technique));
          const again = parseTechnique(JSON.parse(JSON.stringify(first)));
          expect(again.problems).to.deep.equal([]);
          expect(okTechnique(again)).to.deep.equal(first);
        }),
        { numRuns: 200 },
      );
    });

    it('reads a duration given in JSON form as [min, max] or a number', () => {
      fc.assert(
        fc.property(techniqueArb, durationArb, (technique, { min, max }) => {
          const json = min === max ? min : [min, max];
          const parsed = okTechnique(parseTechnique({ ...technique, duration: json }));
          expect(parsed.duration).to.deep.equal({ min, max });
        }),
      );
    });

    it('trims padded text and still takes the technique', () => {
      fc.assert(
        fc.property(techniqueArb, fc.constantFrom(' ', '\n', '\t', '  '), (technique, pad) => {
          const parsed = okTechnique(
            parseTechnique({
              ...technique,
              name: technique.name.slice(0, 70) + pad,
              summary: pad + technique.summary.slice(0, 230),
            }),
          );
          expect(parsed.name).to.equal(technique.name.slice(0, 70).trim());
          expect(parsed.summary).to.equal(technique.summary.slice(0, 230).trim());
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe('toPressureLevel', () => {
  for (const level of PRESSURE_LEVELS) {
    it(`reads ${level} and "${level}"`, () => {
      expect(toPressureLevel(level)).to.equal(level);
      expect(toPressureLevel(String(level))).to.equal(level);
      expect(toPressureLevel(` ${level} `)).to.equal(level);
    });
  }
  for (const value of [
    0,
    6,
    2.5,
    -1,
    NaN,
    Infinity,
    '0',
    '6',
    '2.5',
    '',
    '  ',
    'abc',
    'three',
    null,
    undefined,
    true,
    [3],
    {},
  ])
    it(`refuses ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`, () => {
      expect(toPressureLevel(value)).to.equal(undefined);
    });

  it('returns only levels 1 to 5, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double(), fc.string()), (value) => {
        const level = toPressureLevel(value);
        return level === undefined || (PRESSURE_LEVELS as readonly unknown[]).includes(level);
      }),
    );
  });
});

describe('toSessionLength', () => {
  const readable: ReadonlyArray<[unknown, { min: number; max: number }]> = [
    ['60', { min: 60, max: 60 }],
    [' 45-90 ', { min: 45, max: 90 }],
    ['45\u201390', { min: 45, max: 90 }],
    ['45 - 90', { min: 45, max: 90 }],
    ['5', { min: 5, max: 5 }],
    ['240', { min: 240, max: 240 }],
    [60, { min: 60, max: 60 }],
    [[45, 90], { min: 45, max: 90 }],
  ];
  for (const [value, expected] of readable)
    it(`reads ${JSON.stringify(value)}`, () => {
      expect(toSessionLength(value)).to.deep.equal(expected);
    });

  const unreadable: unknown[] = [
    'abc',
    '90-45',
    '',
    '   ',
    '1000',
    '4',
    '241',
    '0',
    '-60',
    '60.5',
    '60 min',
    '45\u201490',
    '45-',
    '-',
    4,
    241,
    60.5,
    NaN,
    [90, 45],
    [60],
    [45, 90, 120],
    ['45', '90'],
    null,
    undefined,
    true,
  ];
  for (const value of unreadable)
    it(`refuses ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`, () => {
      expect(toSessionLength(value)).to.equal(undefined);
    });

  it('returns whole minutes in range with min <= max, for any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^\d{1,3}(-\d{1,3})?$/)),
        (value) => {
          const length = toSessionLength(value);
          if (length === undefined) return true;
          return (
            Number.isInteger(length.min) &&
            Number.isInteger(length.max) &&
            DURATION_RANGE.min <= length.min &&
            length.min <= length.max &&
            length.max <= DURATION_RANGE.max
          );
        },
      ),
    );
  });

  it('reads back what formatSessionLength writes', () => {
    fc.assert(
      fc.property(durationArb, (length) => {
        const text = formatSessionLength(length).replace(/ min$/, '');
        expect(toSessionLength(text)).to.deep.equal(length);
      }),
    );
  });
});

describe('formatSessionLength', () => {
  it('writes a single length', () => {
    expect(formatSessionLength({ min: 60, max: 60 })).to.equal('60 min');
  });
  it('writes a range with an en dash', () => {
    expect(formatSessionLength({ min: 45, max: 90 })).to.equal('45\u201390 min');
  });
});

describe('pressureText', () => {
  it("uses the technique's own label", () => {
    expect(pressureText({ pressure: 2, pressureLabel: 'Light to medium' })).to.equal(
      'Light to medium',
    );
  });
  for (const level of PRESSURE_LEVELS)
    it(`falls back to the word for level ${level}`, () => {
      expect(pressureText({ pressure: level })).to.equal(PRESSURE_LABELS[level]);
      expect(pressureText({ pressure: level, pressureLabel: '' })).to.equal(PRESSURE_LABELS[level]);
    });
  it('has a distinct word for every level', () => {
    const words = PRESSURE_LEVELS.map((level) => PRESSURE_LABELS[level]);
    expect(new Set(words).size).to.equal(PRESSURE_LEVELS.length);
  });
});

describe('edge cases of ids, pressure strings and padded text', () => {
  const idProblem = (id: string) =>
    parseTechnique({ ...MINIMAL, id }).problems.some((problem) => problem.path === 'id');

  it('takes ids of single-hyphen words up to 64 characters', () => {
    expect(idProblem('a-b-c')).to.equal(false);
    expect(idProblem('a'.repeat(64))).to.equal(false);
  });

  it('refuses double hyphens, edge hyphens and ids over 64 characters', () => {
    for (const id of ['a--b', '-a', 'a-', 'a'.repeat(65), 'Deep', 'a b'])
      expect(idProblem(id), id).to.equal(true);
  });

  it('reads only plain digits from attribute strings', () => {
    expect(toPressureLevel(' 3 ')).to.equal(3);
    for (const text of ['0x3', '1e0', '3.0', '+3', '03'])
      expect(toPressureLevel(text), text).to.equal(undefined);
  });

  it('measures text after trimming, so padding never makes it too long', () => {
    const summary = `  ${'s'.repeat(TEXT_LIMITS.summary)}  `;
    const parsed = parseTechnique({ ...MINIMAL, summary });
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) expect(parsed.technique.summary).to.have.length(TEXT_LIMITS.summary);
  });
});
