import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import es from '../../src/symptom-check/languages/es.js';
import timerEs from '../../src/exercise-timer/languages/es.js';
import {
  ROUTES,
  deepActiveElement,
  headingText,
  itemOf,
  options,
  part,
  textOf,
  type Check,
  type Choice,
} from '../harness/symptom-check.js';
import { describeFocus, expectFocusOutside, pressKey, tabTo } from '../symptom-check/keyboard.js';
import { SPACE } from '../helpers/keys.js';
import { captureConsole } from '../helpers/console.js';
import { englishLeft } from '../helpers/english-left.js';
import { CHECK_ENGLISH, FLOW_ENGLISH } from '../symptom-check/english-words.js';
import { keyHint, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { fakeAdapters, type FakeAdapters } from '../exercise-timer/fake-adapters.js';
import { englishIn } from '../exercise-timer/language-checks.js';
import { pageLang, settleAll } from './probes.js';

/**
 * A keyboard-only visitor on a Spanish page: Tab, Shift+Tab, Space, Enter and the arrows,
 * never the mouse, through the symptom check to its results and through the timer's run.
 * Every control is reached and named in Spanish, focus lands where it should, no English.
 */

const ES = es.check;
const FLOW = es['back-pain-flow'];
const T = timerEs.timer;
const read = (text: string) => text.replace(/\s+/g, ' ').trim();

const buttonNamed = (el: Element, name: string) => {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === name);
  if (!found)
    throw new Error(
      `no "${name}" button; there are ${[...el.shadowRoot!.querySelectorAll('button')].map(textOf).join(', ')}`,
    );
  return found;
};

async function activate(el: Check, name: string) {
  await tabTo(el, [buttonNamed(el, name)], `the "${name}" button`);
  await pressKey(el, 'Enter');
  await settleAll(document.body, 10);
}

/** Answers one screen with the keyboard: Space on checkboxes, arrows among radios. */
async function answer(el: Check, { linkId, codes }: Choice) {
  const item = itemOf(linkId);
  if (item.type === 'display') return;
  const inputs = options(el).map((option) => option.input);
  const place = (code: string) =>
    item.type === 'boolean'
      ? ['yes', 'no'].indexOf(code)
      : item.answerOption!.findIndex((option) => option.valueCoding.code === code);
  if (item.type === 'multi-choice') {
    for (const code of codes) {
      await tabTo(el, [inputs[place(code)]!], `the answer ${code}`);
      await pressKey(el, SPACE);
    }
    return;
  }
  const target = inputs[place(codes[0]!)]!;
  await tabTo(el, inputs, 'the answers');
  let at = inputs.indexOf(deepActiveElement() as HTMLInputElement);
  const to = inputs.indexOf(target);
  if (at === to && !target.checked) await pressKey(el, SPACE);
  while (at !== to) {
    await pressKey(el, at < to ? 'ArrowDown' : 'ArrowUp');
    at += at < to ? 1 : -1;
  }
  expect(target.checked, `${linkId}: ${codes[0]} chosen by keys`).to.equal(true);
}

function expectFocusOnHeading(el: Check, text: string) {
  expect(headingText(el)).to.equal(read(text));
  expect(
    deepActiveElement() === part(el, 'heading'),
    `focus on the heading, not ${describeFocus()}`,
  ).to.equal(true);
}

describe('keyboard only, in Spanish', function () {
  this.timeout(40_000);
  let restore: () => void;
  beforeEach(() => (restore = pageLang('es-MX')));
  afterEach(() => restore());

  for (const outcome of ['emergency', 'muscular'] as const)
    it(`the symptom check, Tab to "${ES.start}" and on to the ${outcome} result`, async () => {
      let el!: Check;
      await captureConsole('warn', async () => {
        const page = await fixture<HTMLElement>(
          html`<div>
            <button>Antes</button>
            <knead-clinic
              emergency-number="911"
              booking-provider="calendly"
              booking-account="harbour"
              ><knead-symptom-check></knead-symptom-check
            ></knead-clinic>
          </div>`,
        );
        el = page.querySelector('knead-symptom-check')!;
        await settleAll(document.body, 200);
        page.querySelector('button')!.focus();
      });
      expectFocusOutside(el);
      await activate(el, ES.start);
      for (const step of ROUTES[outcome]) {
        expectFocusOnHeading(el, FLOW.items[step.linkId]!.text);
        expect(englishLeft(el, [...CHECK_ENGLISH, ...FLOW_ENGLISH])).to.deep.equal([]);
        await answer(el, step);
        await activate(el, ES.next);
      }
      await settleAll(document.body, 100);
      expectFocusOnHeading(el, FLOW.outcomes[outcome]!.title);
      expect(englishLeft(el, [...CHECK_ENGLISH, ...FLOW_ENGLISH])).to.deep.equal([]);
      if (outcome === 'emergency')
        expect(textOf(part(el, 'call'))).to.equal(read(ES.callNumber('911')));
      await expect(el).to.be.accessible();
      // Back with Shift+Tab and Enter on "Atrás": the last question again, its answer kept.
      await activate(el, ES.back);
      const last = ROUTES[outcome].at(-1)!;
      expectFocusOnHeading(el, FLOW.items[last.linkId]!.text);
    });

  it('the exercise timer: start, skip, pause, cues and resume by keys, all in Spanish', async () => {
    const fake: FakeAdapters = fakeAdapters();
    const page = await fixture<HTMLElement>(
      html`<div>
        <button>Antes</button>
        <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
      </div>`,
    );
    const el = page.querySelector<Timer>('knead-exercise-timer')!;
    await settleAll(document.body, 200);
    page.querySelector('button')!.focus();
    expect(keyHint(el)).to.equal(read(T.keysIdle));

    // Tab to Empezar, Enter.
    await tabTo(el as unknown as Check, [buttonNamed(el, T.start)], 'Empezar');
    await pressKey(el as unknown as Check, 'Enter');
    await settleAll(document.body, 10);
    expect(el.status).to.equal('running');
    expect(keyHint(el)).to.equal(read(T.keysRunning));
    expect(textOf(deepActiveElement()), 'focus on the main button').to.equal(T.pause);

    // The arrows skip and go back, focus stays.
    await pressKey(el as unknown as Check, 'ArrowRight');
    await pressKey(el as unknown as Check, 'ArrowRight');
    await pressKey(el as unknown as Check, 'ArrowLeft');
    await settleAll(document.body, 10);
    expect(timerScreen(el).exercise).to.equal('Perro de caza');
    expect(textOf(deepActiveElement())).to.equal(T.pause);

    // Space on Pausar pauses (it presses the button).
    await pressKey(el as unknown as Check, SPACE);
    await settleAll(document.body, 10);
    expect(el.status).to.equal('paused');
    expect(timerScreen(el).announcement).to.equal(T.announcePaused);
    expect(keyHint(el)).to.equal(read(T.keysPaused));

    // Tab on to the spoken cues, Space turns them on: said in Spanish, with a Spanish voice.
    const voice = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="cues"] input')[1]!;
    await tabTo(el as unknown as Check, [voice], 'the spoken cues switch');
    expect(textOf(voice.closest('label'))).to.equal(T.spokenCues);
    await pressKey(el as unknown as Check, SPACE);
    expect(voice.checked).to.equal(true);
    expect(fake.voice.spoken.at(-1)).to.deep.equal({ text: T.voiceOn, lang: 'es-MX' });

    // Shift+Tab back to Reanudar, Enter.
    await tabTo(el as unknown as Check, [buttonNamed(el, T.resume)], 'Reanudar');
    await pressKey(el as unknown as Check, 'Enter');
    await settleAll(document.body, 10);
    expect(el.status).to.equal('running');
    expect(englishIn(el, 'es')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
