import { sourceOf } from '../helpers/source.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-list/define.js';
import { LIST_MESSAGES, type ListMessages } from '../../src/technique-list/list-messages.js';
import listFr, { LIST_FR } from '../../src/technique-list/languages/fr.js';
import listEs, { LIST_ES } from '../../src/technique-list/languages/es.js';
import { BUILT_IN_TECHNIQUES } from '../../src/technique-card/built-in-techniques.js';
import { goalLabel, pressureWord } from '../../src/technique-card/card-messages.js';
import { chipsFor, filterTechniques } from '../../src/technique-list/technique-filter.js';
import * as harness from '../harness/technique-list.js';
import { englishLeft, englishPhrases } from '../helpers/english-left.js';
import {
  CARD_ENGLISH,
  CARD_LANGUAGES,
  type CardLanguage,
} from '../technique-card/language-fixtures.js';
import { element } from '../technique-card/card-fixtures.js';
import { HOT_STONE_JSON, TOTAL, jsonList, type List } from './list-fixtures.js';
import { captureReports } from '../helpers/console.js';

/** A built-in language of the list: the card's tables, the list's, and what may stay as in English. */
interface ListLanguage extends CardLanguage {
  readonly list: ListMessages;
  /** English words the language writes the same way, with the reason. */
  readonly same: readonly string[];
}

const LANGUAGES: readonly ListLanguage[] = [
  // "technique" and "techniques" are French words too (the count says "9 techniques affichées").
  { ...CARD_LANGUAGES[0]!, list: LIST_FR, same: ['technique', 'techniques'] },
  { ...CARD_LANGUAGES[1]!, list: LIST_ES, same: [] },
];

/** The modules that read the list's words (see the card's test for the method). */
const LIST_MODULES = ['technique-list.ts', 'list-filters-view.ts', 'count-text.ts'];

/**
 * A list inside a section in `lang`, with these attributes, once it and its cards render;
 * its console reports are not this test's.
 */
async function listIn(lang: string, attributes: Readonly<Record<string, string | boolean>> = {}) {
  let list!: List;
  await captureReports(async () => {
    const section = await fixture<HTMLElement>(
      element('section', { lang }, element('knead-technique-list', attributes)),
    );
    list = section.querySelector<List>('knead-technique-list')!;
    await harness.settleList(list);
  });
  return list;
}

/** A goal and a pressure level that each have a chip, but no technique has both. */
function noMatchPair() {
  const { goals, pressures } = chipsFor(BUILT_IN_TECHNIQUES);
  for (const goal of goals)
    for (const pressure of pressures)
      if (
        !filterTechniques(BUILT_IN_TECHNIQUES, {
          goals: new Set([goal]),
          pressures: new Set([pressure]),
        }).length
      )
        return { goal, pressure };
  throw new Error('every goal has every pressure');
}

describe('<knead-technique-list> in French and Spanish: tables', () => {
  for (const { code, list } of LANGUAGES) {
    it(`${code}: has exactly the English keys, each of the same kind, none empty`, () => {
      expect(Object.keys(list)).to.have.members(Object.keys(LIST_MESSAGES));
      for (const [key, english] of Object.entries(LIST_MESSAGES)) {
        const message = list[key as keyof ListMessages];
        expect(typeof message, key).to.equal(typeof english);
        const text =
          typeof message === 'string' ? message : (message as (...v: unknown[]) => string)(3, 9);
        expect(text.trim(), key).to.not.equal('');
      }
    });
  }

  it('brings the card’s words and the techniques in the list’s chunk', () => {
    for (const tables of [listFr, listEs])
      expect(Object.keys(tables)).to.have.members([
        'technique-list',
        'technique-card',
        'techniques',
      ]);
  });

  it('uses every English key', async () => {
    const source = await sourceOf('technique-list', LIST_MODULES);
    const unused = Object.keys(LIST_MESSAGES).filter(
      (key) => !new RegExp(`\\.${key}\\b`).test(source),
    );
    expect(unused).to.deep.equal([]);
  });
});

describe('<knead-technique-list> in French and Spanish', () => {
  for (const language of LANGUAGES) describeLanguage(language);

  it('speaks French for fr-CA and Spanish for es-MX, English for de', async () => {
    const names = async (lang: string) =>
      harness.part(await listIn(lang), 'list')!.getAttribute('aria-label');
    expect(await names('fr-CA')).to.equal(LIST_FR.label);
    expect(await names('es-MX')).to.equal(LIST_ES.label);
    expect(await names('de')).to.equal(LIST_MESSAGES.label);
  });

  it('follows a lang change above it while the page runs, chips and cards too', async () => {
    const list = await listIn('fr', { filter: true });
    const section = list.parentElement!;
    const [fr, es] = LANGUAGES;
    expect(harness.chipNames(list, fr!.card.goodFor)).to.include(goalLabel(fr!.card, 'knots'));
    section.setAttribute('lang', 'es');
    await waitUntil(
      () => harness.chipNames(list, es!.card.goodFor).includes(goalLabel(es!.card, 'knots')),
      'Spanish chips',
    );
    await waitUntil(
      () => harness.cardName(list.cards[0]!) === es!.techniques.swedish.name,
      'Spanish cards',
    );
    expect(harness.countLine(list)).to.equal(LIST_ES.showingAll(TOTAL));
    section.setAttribute('lang', 'en');
    await waitUntil(() => harness.countLine(list) === LIST_MESSAGES.showingAll(TOTAL), 'English');
  });

  it('keeps a page’s own label, and a clinic’s own technique as it wrote it', async () => {
    const { el: list } = await jsonList(JSON.stringify(['swedish', HOT_STONE_JSON]), {
      lang: 'fr',
      label: 'Nos soins',
    });
    expect(harness.part(list, 'list')!.getAttribute('aria-label')).to.equal('Nos soins');
    expect(list.cards.map(harness.cardName)).to.deep.equal([
      LANGUAGES[0]!.techniques.swedish.name,
      HOT_STONE_JSON.name,
    ]);
  });
});

function describeLanguage({ code, card, list: text, techniques, same }: ListLanguage) {
  const english = [...englishPhrases(LIST_MESSAGES, same), ...CARD_ENGLISH];

  /** Expects `list` (its cards included) to show no English, and to pass axe. */
  async function expectOnly(list: List, state: string) {
    expect(englishLeft(list, english), state).to.deep.equal([]);
    await expect(list).to.be.accessible();
  }

  describe(`lang="${code}"`, () => {
    it('shows every built-in technique in its language', async () => {
      const list = await listIn(code);
      expect(list.cards.map(harness.cardName)).to.deep.equal(
        BUILT_IN_TECHNIQUES.map(({ id }) => techniques[id as keyof typeof techniques].name),
      );
      expect(harness.part(list, 'list')!.getAttribute('aria-label')).to.equal(text.label);
      await expectOnly(list, 'default');
    });

    it('names its filters and counts in its language, and filters by its chips', async () => {
      const list = await listIn(code, { filter: true });
      expect(harness.part(list, 'filters')!.getAttribute('aria-label')).to.equal(text.filters);
      expect(harness.chipNames(list, card.goodFor)).to.deep.equal(
        chipsFor(BUILT_IN_TECHNIQUES).goals.map((goal) => goalLabel(card, goal)),
      );
      expect(harness.chipNames(list, card.pressure)).to.deep.equal(
        chipsFor(BUILT_IN_TECHNIQUES).pressures.map((level) => pressureWord(card, level)),
      );
      expect(harness.countLine(list)).to.equal(text.showingAll(TOTAL));
      await expectOnly(list, 'filters');

      await harness.toggleChip(list, goalLabel(card, 'knots'));
      const knots = BUILT_IN_TECHNIQUES.filter((technique) => technique.goals.includes('knots'));
      expect(harness.visibleCardIds(list)).to.deep.equal(knots.map(({ id }) => id));
      expect(harness.countLine(list)).to.equal(text.showingSome(knots.length, TOTAL));
      expect(harness.textOf(harness.part(list, 'clear'))).to.equal(text.clearFilters);
      await expectOnly(list, 'filtered');
    });

    it('says so when no technique matches, with a way out', async () => {
      const list = await listIn(code, { filter: true });
      const { goal, pressure } = noMatchPair();
      await harness.toggleChip(list, goalLabel(card, goal));
      await harness.toggleChip(list, pressureWord(card, pressure));
      const empty = harness.part(list, 'empty')!;
      expect(harness.textOf(empty)).to.equal(`${text.noMatch} ${text.clearFilters}`);
      expect(harness.countLine(list)).to.equal(text.showingSome(0, TOTAL));
      await expectOnly(list, 'no matches');
      empty.querySelector('button')!.click();
      await harness.settleList(list);
      expect(harness.visibleCards(list)).to.have.length(TOTAL);
    });

    it('highlights recommended techniques in its language', async () => {
      const list = await listIn(code, { highlight: 'thai swedish', 'highlight-first': true });
      expect(
        list.cards.slice(0, 2).map((each) => harness.textOf(harness.part(each, 'badge'))),
      ).to.deep.equal([card.recommended, card.recommended]);
      expect(harness.cardName(list.cards[0]!)).to.equal(techniques.thai.name);
      await expectOnly(list, 'highlighted');
    });

    it('explains a list it cannot show', async () => {
      const list = await listIn(code, { techniques: 'hot-rocks' });
      expect(harness.listNote(list)).to.equal(text.notShown);
      await expectOnly(list, 'not shown');
    });
  });
}
