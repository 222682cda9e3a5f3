import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chooseTechniques, idsIn } from '../../src/technique-list/technique-choice.js';
import { BUILT_IN_TECHNIQUES } from '../../src/technique-card/built-in-techniques.js';

const ids = (techniques: readonly { id: string }[]) => techniques.map((technique) => technique.id);
const KNOWN = ids(BUILT_IN_TECHNIQUES);

describe('idsIn: the ids an attribute names', () => {
  it('reads words separated by any spaces', () => {
    expect(idsIn('  thai\n swedish\tthai ')).to.deep.equal(['thai', 'swedish', 'thai']);
  });

  it('reads nothing from nothing, and a framework’s list or number as its words', () => {
    expect(idsIn(undefined)).to.deep.equal([]);
    expect(idsIn('')).to.deep.equal([]);
    expect(idsIn(['thai', 'swedish'])).to.deep.equal(['thai', 'swedish']);
    expect(idsIn(42)).to.deep.equal(['42']);
  });
});

describe('chooseTechniques: what the techniques attribute chooses', () => {
  it('keeps everything available, in its order, when nothing is chosen', () => {
    const choice = chooseTechniques(BUILT_IN_TECHNIQUES, []);
    expect(ids(choice.techniques)).to.deep.equal(KNOWN);
    expect(choice.problem).to.equal(undefined);
  });

  it('keeps the chosen ones in the order given, each once', () => {
    const choice = chooseTechniques(BUILT_IN_TECHNIQUES, ['thai', 'swedish', 'thai']);
    expect(ids(choice.techniques)).to.deep.equal(['thai', 'swedish']);
    expect(choice.problem).to.equal(undefined);
  });

  it('leaves unknown ids out and names them with the known ones', () => {
    const choice = chooseTechniques(BUILT_IN_TECHNIQUES, ['thai', 'levitation']);
    expect(ids(choice.techniques)).to.deep.equal(['thai']);
    expect(choice.problem).to.match(/^unknown ids levitation; known: /);
    for (const id of KNOWN) expect(choice.problem).to.include(id);
  });

  it('chooses nothing when no id is known, so the list shows its error', () => {
    const choice = chooseTechniques(BUILT_IN_TECHNIQUES, ['levitation', 'reiki']);
    expect(choice.techniques).to.deep.equal([]);
    expect(choice.problem).to.include('levitation, reiki');
  });

  it('names thousands of unknown ids in a short message', () => {
    const unknown = Array.from({ length: 800 }, (_, index) => `made-up-${index}`);
    const { problem } = chooseTechniques(BUILT_IN_TECHNIQUES, unknown);
    expect(problem).to.include('unknown ids made-up-0, made-up-1');
    expect(problem!.length).to.be.below(600);
  });

  it('gives the known ids in their first-chosen order, for any choice', () => {
    const chosen = fc.array(fc.oneof(fc.constantFrom(...KNOWN), fc.string({ maxLength: 8 })));
    fc.assert(
      fc.property(chosen, (wanted) => {
        const { techniques, problem } = chooseTechniques(BUILT_IN_TECHNIQUES, wanted);
        if (!wanted.length) return;
        const expected = [...new Set(wanted.filter((id) => KNOWN.includes(id)))];
        expect(ids(techniques)).to.deep.equal(expected);
        expect(problem === undefined).to.equal(wanted.every((id) => KNOWN.includes(id)));
      }),
    );
  });
});
