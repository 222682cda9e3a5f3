import { expect } from '@open-wc/testing';
import { TEXT_LIMITS } from '../../src/technique-card/technique-types.js';
import { parseTechnique, toPressureLevel } from '../../src/technique-card/technique-schema.js';
import { MINIMAL, UNKNOWN_FIELD, expectRejectedAt, okTechnique } from './schema-fixtures.js';

describe('parseTechnique, field by field', () => {
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
