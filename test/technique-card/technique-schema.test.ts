import { expect } from '@open-wc/testing';
import { GOALS, PRESSURE_LEVELS, TEXT_LIMITS } from '../../src/technique-card/technique-types.js';
import { parseTechnique } from '../../src/technique-card/technique-schema.js';
import { MINIMAL, expectRejectedAt, expectRejectedAtEach, okTechnique } from './schema-fixtures.js';

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
      expectRejectedAtEach(
        parseTechnique({ id: 'X', name: '', summary: 3, pressure: 9 }, 'list[0]'),
        ['list[0].id', 'list[0].name', 'list[0].summary', 'list[0].pressure'],
      );
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
      expectRejectedAtEach(
        parseTechnique({ ...MINIMAL, goals: ['KNOTS', 'knots', 3, null, ' stress'] }),
        ['goals[0]', 'goals[2]', 'goals[3]', 'goals[4]'],
      );
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
});
