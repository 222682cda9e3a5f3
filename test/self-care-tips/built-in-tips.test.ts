import { expect } from '@open-wc/testing';
import {
  BUILT_IN_TIPS,
  BUILT_IN_TIP_IDS,
  findTip,
} from '../../src/self-care-tips/built-in-tips.js';
import { MOMENTS, TIP_TEXT_LIMITS } from '../../src/self-care-tips/tip-types.js';
import { localizeTip, type TipTexts } from '../../src/self-care-tips/tip-texts.js';
import { TIPS_MESSAGES } from '../../src/self-care-tips/tips-messages.js';
import french, { TIPS_MESSAGES_FR } from '../../src/self-care-tips/languages/fr.js';
import spanish, { TIPS_MESSAGES_ES } from '../../src/self-care-tips/languages/es.js';
import { TIPS_FR } from '../../src/self-care-tips/languages/tips.fr.js';
import { TIPS_ES } from '../../src/self-care-tips/languages/tips.es.js';
import { CLINIC_WATER } from './tip-fixtures.js';

const TEXTS: Record<string, TipTexts> = { fr: TIPS_FR, es: TIPS_ES };

/** Words that claim more than the sources do: the tips say "may" and "can help". */
const OVERCLAIMS = /\b(cures?|heals?|guarantee[sd]?|toxins?|detox|will (fix|stop|heal))\b/i;

describe('the built-in tips', () => {
  it('are the eight the brief names, in order, each found by its id', () => {
    expect(BUILT_IN_TIPS.map((tip) => tip.id)).to.deep.equal([
      'heat-cold',
      'water',
      'stretching',
      'posture',
      'gentle-exercise',
      'regular-sessions',
      'lifting',
      'pain-relief',
    ]);
    for (const tip of BUILT_IN_TIPS) expect(findTip(tip.id)).to.equal(tip);
    expect(findTip('nope')).to.equal(undefined);
  });

  it('say when they apply, each moment once and in the one order', () => {
    for (const tip of BUILT_IN_TIPS) {
      expect(tip.when.length, tip.id).to.be.greaterThan(0);
      expect(tip.when, tip.id).to.deep.equal(MOMENTS.filter((m) => tip.when.includes(m)));
    }
  });

  it('give water and gentle exercise to the exercise timer’s closing screen (after-exercise)', () => {
    expect(findTip('water')!.when).to.include('after-exercise');
    expect(findTip('gentle-exercise')!.when).to.include('after-exercise');
  });

  it('keep heavy lifting and pain relief for a flare-up, heat and cold around a session', () => {
    expect(findTip('lifting')!.when).to.deep.equal(['flare-up']);
    expect(findTip('pain-relief')!.when).to.deep.equal(['flare-up']);
    expect(findTip('heat-cold')!.when).to.deep.equal(['before-session', 'after-session']);
  });

  it('keep within the limits a clinic’s tips have, and claim no cure', () => {
    for (const tip of BUILT_IN_TIPS) {
      expect(tip.title.length, tip.id).to.be.at.most(TIP_TEXT_LIMITS.title);
      expect(tip.text.length, tip.id).to.be.at.most(TIP_TEXT_LIMITS.text);
      expect(`${tip.title} ${tip.text}`, tip.id).to.not.match(OVERCLAIMS);
      // One or two plain sentences.
      expect(tip.text.split(/[.!?](\s|$)/).filter((s) => s.trim()).length, tip.id).to.be.within(
        1,
        2,
      );
    }
  });

  it('send pain relief to the pack, and to a pharmacist or doctor when unsure', () => {
    expect(findTip('pain-relief')!.text)
      .to.match(/pack/)
      .and.match(/pharmacist or your doctor/);
  });
});

for (const [language, texts] of Object.entries(TEXTS)) {
  describe(`the built-in tips in ${language}`, () => {
    it('give every tip a title and a text, within the limits, unlike the English', () => {
      expect(Object.keys(texts).sort()).to.deep.equal([...BUILT_IN_TIP_IDS].sort());
      for (const id of BUILT_IN_TIP_IDS) {
        const { title, text } = texts[id];
        expect(title.length, id).to.be.within(1, TIP_TEXT_LIMITS.title);
        expect(text.length, id).to.be.within(1, TIP_TEXT_LIMITS.text);
        expect(title, id).to.not.equal(findTip(id)!.title);
        expect(text, id).to.not.equal(findTip(id)!.text);
      }
    });
  });
}

describe('localizeTip', () => {
  it('lays a language’s words over a built-in tip, keeping its id and moments', () => {
    const water = findTip('water')!;
    expect(localizeTip(water, TIPS_FR)).to.deep.equal({ ...water, ...TIPS_FR.water });
  });

  it('leaves a clinic’s tip as written, even with a built-in id', () => {
    expect(localizeTip(CLINIC_WATER, TIPS_FR)).to.equal(CLINIC_WATER);
  });

  it('keeps English for a missing or blank field, and with no texts', () => {
    const water = findTip('water')!;
    expect(localizeTip(water, { water: { title: ' ', text: 'Eau.' } })).to.deep.equal({
      ...water,
      text: 'Eau.',
    });
    expect(localizeTip(water, {})).to.equal(water);
    expect(localizeTip(water, undefined)).to.equal(water);
    expect(localizeTip(water, { water: 'eau' as never })).to.equal(water);
  });
});

describe('the tips’ messages', () => {
  it('have every English key in French and Spanish, translated', () => {
    for (const table of [TIPS_MESSAGES_FR, TIPS_MESSAGES_ES]) {
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(TIPS_MESSAGES).sort());
      for (const key of Object.keys(TIPS_MESSAGES) as (keyof typeof TIPS_MESSAGES)[])
        expect(table[key], key).to.not.equal(TIPS_MESSAGES[key]);
    }
  });

  it('register the messages and the tips’ texts under their names', () => {
    expect(french).to.deep.equal({ tips: TIPS_MESSAGES_FR, 'tip-texts': TIPS_FR });
    expect(spanish).to.deep.equal({ tips: TIPS_MESSAGES_ES, 'tip-texts': TIPS_ES });
  });
});
