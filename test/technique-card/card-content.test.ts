import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fitText } from '../../src/shared/fit-text.js';
import { GOALS, isGoal, type Technique } from '../../src/technique-card/technique-types.js';
import { parseTechnique } from '../../src/technique-card/technique-schema.js';
import {
  BUILT_IN_TECHNIQUE_IDS,
  findTechnique,
} from '../../src/technique-card/built-in-techniques.js';
import { listInMessage } from '../../src/shared/log.js';
import {
  ATTRIBUTE_LIMITS,
  badData,
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

describe('badData: a technique set as data, checked before the card uses it', () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  /** Objects shaped like a technique, each field right or wrong. */
  const techniqueLike = fc.record(
    {
      id: fc.oneof(fc.constant('hot-stone'), json),
      name: fc.oneof(fc.constant('Hot stone'), fc.string({ maxLength: 100 }), json),
      summary: fc.oneof(fc.constant('Warm stones.'), json),
      pressure: fc.oneof(fc.integer({ min: 0, max: 6 }), json),
      goals: fc.oneof(fc.subarray([...GOALS]), fc.array(fc.string(), { maxLength: 3 }), json),
      cautions: fc.oneof(fc.array(fc.string({ maxLength: 500 }), { maxLength: 25 }), json),
      duration: fc.oneof(fc.record({ min: fc.nat(300), max: fc.nat(300) }), json),
      price: json,
    },
    { requiredKeys: [] },
  );

  it('takes every technique the schema takes, and every built-in one', () => {
    for (const id of BUILT_IN_TECHNIQUE_IDS)
      expect(badData(findTechnique(id)), id).to.equal(undefined);
    fc.assert(
      fc.property(techniqueLike, (value) => {
        const parsed = parseTechnique(value);
        if (parsed.ok) expect(badData(parsed.technique)).to.equal(undefined);
      }),
    );
  });

  it('refuses anything else the card could not show, naming data and the field', () => {
    fc.assert(
      fc.property(fc.oneof(json, techniqueLike), (data) => {
        const bad = badData(data);
        const { resolved, problems } = resolveCard({ data: data as Technique });
        if (bad) {
          expect(bad[0]).to.match(/^data(\.[a-zA-Z]+)?$/);
          expect(problems).to.have.length(1);
          expect(problems[0]!.path).to.equal(bad[0]);
          expect(resolved.kind).to.equal('refused');
          return;
        }
        // A blank name and no technique: nothing to show, and the console says what to set
        // (fast-check finds `{ name: "" }` now and then).
        if (resolved.kind === 'empty') {
          expect(problems.map((problem) => problem.path)).to.deep.equal(['technique']);
          return;
        }
        // What the card renders is well typed and within the JSON limits.
        const card = content(resolved);
        expect(card.name).to.be.a('string');
        expect(card.name.length).to.be.at.most(80);
        expect(card.goals.every(isGoal)).to.equal(true);
        expect(card.cautions.every((caution) => typeof caution === 'string')).to.equal(true);
        expect(problems).to.deep.equal([]);
      }),
    );
  });

  it('names the field for the shapes a developer gets wrong', () => {
    const hotStone = { id: 'hot-stone', name: 'Hot stone', summary: 'Warm.', pressure: 2 };
    const pathOf = (data: unknown) => badData(data)?.[0];
    expect(pathOf({ ...hotStone, goals: 'relaxation' })).to.equal('data.goals');
    expect(pathOf({ ...hotStone, cautions: 'Hot.' })).to.equal('data.cautions');
    expect(pathOf({ ...hotStone, name: 42 })).to.equal('data.name');
    expect(pathOf({ ...hotStone, name: 'N'.repeat(5000) })).to.equal('data.name');
    expect(pathOf({ ...hotStone, summary: null })).to.equal('data.summary');
    expect(pathOf({ ...hotStone, duration: 60 })).to.equal('data.duration');
    expect(pathOf({ ...hotStone, cautions: Array(21).fill('Careful.') })).to.equal('data.cautions');
    expect(pathOf(null)).to.equal('data');
    expect(pathOf([hotStone])).to.equal('data');
    expect(pathOf(hotStone)).to.equal(undefined);
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
