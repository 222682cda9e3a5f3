import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
// This folder's elements and the clinic, not the whole library: a test here runs whatever
// state another widget's folder is in.
import '../../src/clinic/define.js';
import '../../src/technique-card/define.js';
import { BUILT_IN_TECHNIQUES } from '../../src/technique-card/built-in-techniques.js';
import type { TechniqueSelectEvent } from '../../src/technique-card/technique-events.js';
import {
  CARD_MESSAGES,
  goalLabel,
  type CardMessages,
} from '../../src/technique-card/card-messages.js';
import { formatSessionLength, type Technique } from '../../src/technique-card/technique-types.js';
import * as harness from '../harness/technique-card.js';
import { englishLeft } from '../helpers/english-left.js';
import { captureReports } from '../helpers/console.js';
import { BOOKING_URL, HOT_STONE, cardFixture, element, type Card } from './card-fixtures.js';
import { CARD_ENGLISH, CARD_LANGUAGES, type CardLanguage } from './language-fixtures.js';

/**
 * A card inside a section in `lang`, as a page in that language has it (in a clinic that
 * books, for a card with booking), once rendered; its console reports are not this test's.
 */
async function cardIn(lang: string, attributes: Readonly<Record<string, string | boolean>>) {
  let card!: Card;
  await captureReports(async () => {
    const made = element('knead-technique-card', attributes);
    const inside = attributes['bookable']
      ? element('knead-clinic', { 'booking-url': BOOKING_URL }, made)
      : made;
    const section = await fixture<HTMLElement>(element('section', { lang }, inside));
    card = await harness.cardIn(section);
    await harness.bookingButton(card);
  });
  return card;
}

/** Text as a visitor reads it, spaces folded (the harness folds the narrow no-break space too). */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The pressure in words, found by the fact's term in the card's language. */
const pressureWords = (card: Card, text: CardMessages) =>
  harness.textOf(harness.fact(card, text.pressure)?.querySelector(':scope > span:not([part])'));

/** Expects `card` to show no English from the card's words or the techniques, and to pass axe. */
async function expectOnly(card: Card, state: string) {
  expect(englishLeft(card, CARD_ENGLISH), state).to.deep.equal([]);
  await expect(card).to.be.accessible();
}

describe('<knead-technique-card> in French and Spanish', () => {
  it('finds English in an English card (the check itself works)', async () => {
    const card = await cardIn('en', { technique: 'swedish' });
    await harness.openDetails(card);
    expect(englishLeft(card, CARD_ENGLISH)).to.include.members([
      'Pressure',
      'More about',
      'Swedish massage',
    ]);
  });

  for (const language of CARD_LANGUAGES) describeLanguage(language);

  it('speaks French for fr-CA and Spanish for es-MX, formats by the region, English for de', async () => {
    const canadian = await cardIn('fr-CA', { technique: 'thai' });
    expect(harness.cardName(canadian)).to.equal('Massage thaïlandais');
    expect(harness.factText(canadian, 'Séance')).to.equal(
      folded(formatSessionLength({ min: 60, max: 120 }, 'fr-CA')),
    );
    const mexican = await cardIn('es-MX', { technique: 'thai' });
    expect(harness.cardName(mexican)).to.equal('Masaje tailandés');
    expect(harness.factText(mexican, 'Sesión')).to.equal('60-120 min');
    const german = await cardIn('de', { technique: 'thai' });
    expect(harness.cardName(german)).to.equal('Thai massage');
    expect(harness.factText(german, 'Session')).to.equal('60–120 min');
  });

  it('follows a lang change above it while the page runs', async () => {
    const section = await fixture<HTMLElement>(
      html`<section lang="fr">
        <knead-technique-card technique="swedish" highlighted></knead-technique-card>
      </section>`,
    );
    const card = await harness.cardIn(section);
    expect(harness.cardName(card)).to.equal('Massage suédois');
    section.setAttribute('lang', 'es');
    await waitUntil(() => harness.cardName(card) === 'Masaje sueco', 'Spanish after the switch');
    expect(harness.textOf(harness.part(card, 'badge'))).to.equal('Recomendado');
    section.setAttribute('lang', 'en');
    await waitUntil(() => harness.cardName(card) === 'Swedish massage', 'English again');
    expect(harness.textOf(harness.part(card, 'badge'))).to.equal(CARD_MESSAGES.recommended);
  });

  it('speaks its page clinic’s language, before an ancestor’s', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="en">
        <knead-clinic page lang="es"></knead-clinic>
        <knead-technique-card technique="sports"></knead-technique-card>
      </div>`,
    );
    const card = await harness.cardIn(page);
    await waitUntil(() => harness.cardName(card) === 'Masaje deportivo', 'the clinic’s Spanish');
  });

  it('shows a clinic’s own technique, and the page’s attributes, as written', async () => {
    const own = await cardFixture(
      html`<knead-technique-card lang="fr" .data=${HOT_STONE}></knead-technique-card>`,
    );
    expect(harness.cardName(own)).to.equal(HOT_STONE.name);
    expect(harness.goalNames(own)).to.deep.equal(
      HOT_STONE.goals.map((goal) => goalLabel(CARD_LANGUAGES[0]!.card, goal)),
    );
    const sameId: Technique = { ...BUILT_IN_TECHNIQUES[0]!, name: 'Notre massage suédois' };
    const copy = await cardFixture(
      html`<knead-technique-card lang="fr" .data=${sameId}></knead-technique-card>`,
    );
    expect(harness.textOf(harness.part(copy, 'summary'))).to.equal(sameId.summary);
    const renamed = await cardIn('fr', { technique: 'swedish', name: 'Le suédois de Marie' });
    expect(harness.cardName(renamed)).to.equal('Le suédois de Marie');
    expect(harness.textOf(harness.part(renamed, 'summary'))).to.equal(
      CARD_LANGUAGES[0]!.techniques.swedish.summary,
    );
  });
});

function describeLanguage({ code, card: text, techniques }: CardLanguage) {
  describe(`lang="${code}"`, () => {
    for (const technique of BUILT_IN_TECHNIQUES) {
      it(`shows ${technique.id} in ${code}, collapsed and expanded`, async () => {
        const card = await cardIn(code, { technique: technique.id });
        const texts = techniques[technique.id as keyof typeof techniques];
        expect(harness.cardName(card)).to.equal(texts.name);
        expect(pressureWords(card, text)).to.equal(texts.pressureLabel);
        await expectOnly(card, 'collapsed');
        await harness.openDetails(card);
        expect(harness.cautions(card)).to.deep.equal(texts.cautions.map(folded));
        expect(harness.detailsSection(card, text.feelsLike)).to.not.equal(null);
        expect(harness.textOf(harness.detailsToggle(card))).to.equal(
          folded(text.moreAbout(texts.name)),
        );
        await expectOnly(card, 'expanded');
      });
    }

    it('shows a highlighted card with booking in its language', async () => {
      const card = await cardIn(code, {
        technique: 'deep-tissue',
        highlighted: true,
        bookable: true,
      });
      expect(harness.textOf(harness.part(card, 'badge'))).to.equal(text.recommended);
      expect(card.bookingButton!.getAttribute('label')).to.equal(
        text.book(techniques['deep-tissue'].name),
      );
      await expectOnly(card, 'with booking');
    });

    it('names the technique as shown, by its stable id, when a visitor opens it', async () => {
      const card = await cardIn(code, { technique: 'thai' });
      const selected = oneEvent(card, 'knead-technique-select');
      harness.detailsToggle(card)!.click();
      const { detail } = (await selected) as TechniqueSelectEvent;
      expect(detail).to.deep.equal({ id: 'thai', name: techniques.thai.name });
    });

    it('words the level’s own pressure word when an attribute sets a level', async () => {
      const card = await cardIn(code, { technique: 'swedish', pressure: '3' });
      expect(pressureWords(card, text)).to.equal(text['pressure-3']);
      expect(card.shadowRoot!.querySelector('meter')!.getAttribute('aria-label')).to.equal(
        text.pressure,
      );
      await expectOnly(card, 'pressure attribute');
    });

    it('explains an unknown technique, a card with nothing chosen and refused data', async () => {
      const unknown = await cardIn(code, { technique: 'hot-rocks' });
      expect(harness.cardNote(unknown)).to.equal(folded(text.unknownTechnique('hot-rocks')));
      await expectOnly(unknown, 'unknown');
      const empty = await cardIn(code, {});
      expect(harness.cardNote(empty)).to.equal(text.empty);
      await expectOnly(empty, 'empty');
      let refused!: Card;
      await captureReports(async () => {
        refused = await cardFixture(
          html`<knead-technique-card lang=${code} .data=${'swedish'}></knead-technique-card>`,
        );
      });
      expect(harness.cardNote(refused)).to.equal(text.refused);
      await expectOnly(refused, 'refused');
    });
  });
}
