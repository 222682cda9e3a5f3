import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTechnique } from '../../src/technique-card/technique-schema.js';
import { UNKNOWN_FIELD, checkInvariants, defined, okTechnique } from './schema-fixtures.js';
import { durationArb, nearlyValidArb, pathArb, techniqueArb } from './technique-arbitraries.js';

describe('parseTechnique, for any input', () => {
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
