import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fitText } from '../../src/shared/json-fields.js';
import { parseTechnique } from '../../src/technique-card/technique.js';
import { findTechnique } from '../../src/technique-card/techniques.js';
import { listInMessage } from '../../src/shared/log.js';
import {
  ATTRIBUTE_LIMITS,
  resolveCard,
  type CardContent,
} from '../../src/technique-card/card-content.js';

const SWEDISH = findTechnique('swedish')!;

/** Text with spaces around and inside, of lengths around every limit. */
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .tuple(fc.nat({ max: 260 }), fc.constantFrom('', ' ', '\n  '))
    .map(([length, pad]) => `${pad}${'w'.repeat(length)}${pad}`),
);

const content = (resolved: ReturnType<typeof resolveCard>['resolved']): CardContent => {
  if (resolved.kind !== 'card') throw new Error(`no card: ${resolved.kind}`);
  return resolved.content;
};

describe('fitText, the one rule for text from JSON and attributes', () => {
  it('trims, refuses a text over the limit, and says when nothing is left', () => {
    fc.assert(
      fc.property(text, fc.nat({ max: 260 }), (given, limit) => {
        const trimmed = given.trim();
        const fitted = fitText(given, limit);
        if (!trimmed) expect(fitted).to.equal(undefined);
        else if (trimmed.length > limit) expect(fitted).to.equal(false);
        else expect(fitted).to.equal(trimmed);
      }),
    );
  });
});

describe('resolveCard', () => {
  for (const attribute of ['name', 'summary', 'price'] as const) {
    const limit = ATTRIBUTE_LIMITS[attribute];

    it(`takes a ${attribute} attribute exactly when a clinic's JSON takes that field`, () => {
      fc.assert(
        fc.property(
          text.filter((given) => given.trim() !== ''),
          (given) => {
            const json = parseTechnique({ ...SWEDISH, [attribute]: given });
            const { resolved, problems } = resolveCard({
              technique: 'swedish',
              [attribute]: given,
            });
            const shown = content(resolved)[attribute];
            expect(shown === given.trim(), 'shown as given').to.equal(json.ok);
            expect(problems.map((problem) => problem.path)).to.deep.equal(
              json.ok ? [] : [attribute],
            );
            if (!json.ok) {
              expect(shown).to.equal(SWEDISH[attribute]);
              expect(problems[0]!.reason).to.equal(`too long: at most ${limit} characters`);
            }
          },
        ),
      );
    });
  }

  it('never shows a text attribute over its limit, whatever the page sets', () => {
    fc.assert(
      fc.property(
        fc.record(
          { technique: fc.string(), name: text, summary: text, price: text },
          { requiredKeys: [] },
        ),
        (input) => {
          const { resolved, problems } = resolveCard(input);
          expect(problems.length, 'a reason for any card not shown').to.be.greaterThan(
            resolved.kind === 'card' ? -1 : 0,
          );
          if (resolved.kind !== 'card') return;
          const { name, summary = '', price = '' } = resolved.content;
          expect(name.length).to.be.at.most(ATTRIBUTE_LIMITS.name);
          expect(summary.length).to.be.at.most(ATTRIBUTE_LIMITS.summary);
          expect(price.length).to.be.at.most(ATTRIBUTE_LIMITS.price);
        },
      ),
    );
  });

  it('reports a too-long only name once, without the "nothing chosen" message', () => {
    const { resolved, problems } = resolveCard({ name: 'n'.repeat(5000) });
    expect(resolved.kind).to.equal('refused');
    expect(problems.map((problem) => problem.path)).to.deep.equal(['name']);
  });

  it('keeps an empty attribute as the way to hide a field', () => {
    const { resolved, problems } = resolveCard({ technique: 'swedish', summary: '', price: ' ' });
    expect(problems).to.deep.equal([]);
    expect(content(resolved).summary).to.equal('');
    expect(content(resolved).price).to.equal('');
  });

  it('starts from a technique given as data, under the attributes', () => {
    const { resolved, problems } = resolveCard({ data: SWEDISH, name: 'Own name' });
    expect(problems).to.deep.equal([]);
    expect(content(resolved).name).to.equal('Own name');
    expect(content(resolved).summary).to.equal(SWEDISH.summary);
  });
});

describe('listInMessage', () => {
  it('lists a few words whole and cuts a long list short', () => {
    expect(listInMessage(['a', 'b'])).to.equal('a, b');
    const long = listInMessage(Array.from({ length: 500 }, (_, index) => `word${index}`));
    expect(long.length).to.be.at.most(81);
    expect(long).to.match(/^word0, word1, .*…$/);
  });
});
