import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import { FRAME_MESSAGES, type FrameMessages } from '../../src/booking-frame/frame-messages.js';
import FRENCH from '../../src/booking-frame/languages/fr.js';
import SPANISH from '../../src/booking-frame/languages/es.js';
import type { Message } from '../../src/shared/messages.js';
import { englishLeft, englishPhrases } from '../helpers/english-left.js';
import { sourceOf } from '../helpers/source.js';
import {
  CALENDLY,
  frameState,
  keepFrameHere,
  postFromFrame,
  showButton,
  showCalendar,
} from '../harness/booking-frame.js';

const TABLES: Record<string, FrameMessages> = { fr: FRENCH.frame, es: SPANISH.frame };
const ENGLISH = englishPhrases(FRAME_MESSAGES);

/** A message with a sample value in place of each name. */
const say = (message: Message, value: string) =>
  typeof message === 'string' ? message : (message as (given: string) => string)(value);

describe('booking frame messages', () => {
  for (const [language, table] of Object.entries(TABLES)) {
    it(`${language}: has every English key and no other, each of the same kind`, () => {
      expect(Object.keys(table)).to.have.members(Object.keys(FRAME_MESSAGES));
      for (const [key, english] of Object.entries(FRAME_MESSAGES))
        expect(typeof table[key as keyof FrameMessages], key).to.equal(typeof english);
    });

    it(`${language}: says something for every key, with the name once, and no English`, () => {
      for (const [key, message] of Object.entries(table) as [string, Message][]) {
        const said = say(message, '⟨name⟩');
        expect(said.trim(), key).to.not.equal('');
        if (typeof message === 'function') expect(said.split('⟨name⟩'), key).to.have.length(2);
        expect(
          ENGLISH.filter((phrase) => said.includes(phrase)),
          key,
        ).to.deep.equal([]);
      }
    });
  }

  it('uses every English key in the code that renders the frame', async () => {
    const code = await sourceOf('booking-frame', ['booking-frame.ts', 'booking-frame-view.ts']);
    const unused = Object.keys(FRAME_MESSAGES).filter(
      (key) => !new RegExp(`\\btext\\.${key}\\b`).test(code),
    );
    expect(unused).to.deep.equal([]);
  });
});

describe('<knead-booking-frame> in French and Spanish', () => {
  const timeout = KneadBookingFrame.readyTimeout;
  afterEach(() => {
    KneadBookingFrame.readyTimeout = timeout;
  });

  const frameIn = async (lang: string) => {
    const root = await fixture<HTMLElement>(
      html`<div lang=${lang}>
        <knead-booking-frame provider="calendly" account="harbour"></knead-booking-frame>
      </div>`,
    );
    const el = root.querySelector('knead-booking-frame')!;
    await el.updateComplete;
    return { root, el };
  };

  for (const [language, text] of Object.entries(TABLES)) {
    describe(language, () => {
      it('placeholder: no English left, accessible', async () => {
        const { root, el } = await frameIn(language);
        expect(showButton(el).textContent).to.equal(text.show);
        expect(frameState(el).placeholder).to.include(text.cookies('Calendly'));
        expect(englishLeft(root, ENGLISH)).to.deep.equal([]);
        await expect(root).to.be.accessible();
      });

      it('loading, then ready: no English left, accessible', async () => {
        const { root, el } = await frameIn(language);
        const iframe = await showCalendar(el);
        expect(iframe.title).to.equal(text.frameTitle('Calendly'));
        expect(frameState(el).status).to.equal(text.loading);
        expect(englishLeft(root, ENGLISH)).to.deep.equal([]);
        await postFromFrame(el, CALENDLY.origin, CALENDLY.viewed);
        expect(frameState(el).status).to.equal('');
        await expect(root).to.be.accessible();
      });

      it('failed: no English left, accessible', async () => {
        KneadBookingFrame.readyTimeout = 30;
        const { root, el } = await frameIn(language);
        keepFrameHere(await showCalendar(el));
        await aTimeout(80);
        await el.updateComplete;
        expect(frameState(el).status).to.equal(text.failed);
        expect(englishLeft(root, ENGLISH)).to.deep.equal([]);
        await expect(root).to.be.accessible();
      });
    });
  }
});
