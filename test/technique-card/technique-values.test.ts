import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DURATION_RANGE,
  PRESSURE_LABELS,
  PRESSURE_LEVELS,
  formatSessionLength,
  pressureText,
} from '../../src/technique-card/technique-types.js';
import { toPressureLevel, toSessionLength } from '../../src/technique-card/technique-schema.js';
import { durationArb } from './technique-arbitraries.js';

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
