import { expect } from '@open-wc/testing';
import { listIn, numberIn, plural, pluralOf } from '../../src/shared/intl-format.js';

const reps = (language: string, count: number) =>
  plural(language, count, { one: (n) => `${n} rep`, other: (n) => `${n} reps` });

describe('intl-format', () => {
  it('picks plural forms by each language’s rules: French treats 0 as singular', () => {
    expect([0, 1, 2].map((n) => pluralOf('en', n))).to.deep.equal(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralOf('fr', n))).to.deep.equal(['one', 'one', 'other']);
    expect(reps('en', 0)).to.equal('0 reps');
    expect(reps('fr', 0)).to.equal('0 rep');
    expect(reps('es', 1)).to.equal('1 rep');
  });

  it('writes numbers and lists as the language does', () => {
    expect(numberIn('en', 1234.5)).to.equal('1,234.5');
    expect(numberIn('fr', 1234.5)).to.match(/^1\s234,5$/u);
    expect(listIn('en', ['a', 'b', 'c'])).to.equal('a, b, and c');
    expect(listIn('fr', ['a', 'b', 'c'])).to.equal('a, b et c');
    expect(listIn('es', ['a', 'b', 'c'])).to.equal('a, b y c');
    expect(listIn('es', ['a', 'b'], 'disjunction')).to.equal('a o b');
  });
});
