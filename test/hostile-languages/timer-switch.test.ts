import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { registerLanguage } from '../../src/index.js';
import { timerScreen, type Timer } from '../harness/exercise-timer.js';
import { fakeAdapters, type FakeAdapters } from '../exercise-timer/fake-adapters.js';
import { BACK, SECOND } from '../exercise-timer/fixtures.js';
import { captureConsole } from '../helpers/console.js';
import { nextFrame, problemsDuring, settleAll } from './probes.js';

/**
 * The exercise timer running while the language changes under it: many times a second, by
 * a move between a French and a Spanish view in one task, to a language a developer
 * registered with some timer words only. The run must go on (same moment, one start), and
 * every spoken cue must be said with the voice of the language its sentence is in.
 */

let fake: FakeAdapters;
const said = (from = 0) => fake.voice.spoken.slice(from);

/** French, Spanish and English sentences the voice may say, told apart by their words. */
function languageOf(sentence: string): 'fr' | 'es' | 'en' | '?' {
  if (
    /\b(Répétition|Préparez|Repos|Maintenez|Bougez|Indications|En pause|Changez)\b/u.test(sentence)
  )
    return 'fr';
  if (
    /\b(Repetición|Prepárese|Descanse|Mantenga|Muévase|Indicaciones|En pausa|Cambie)\b/u.test(
      sentence,
    )
  )
    return 'es';
  if (/\b(Rep|Get ready|Rest|Hold|Move|Spoken cues|Paused|Switch)\b/u.test(sentence)) return 'en';
  return '?';
}

async function pass(el: Timer, ms: number) {
  await fake.clock.advance(ms, () => el.updateComplete);
  await el.updateComplete;
}

async function runningIn(lang: string) {
  const page = await fixture<HTMLElement>(
    html`<div>
      <section lang=${lang}>
        <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
      </section>
      <section lang="es-MX"></section>
    </div>`,
  );
  const el = page.querySelector<Timer>('knead-exercise-timer')!;
  await settleAll(document.body, 200);
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="cues"] input')[1]!.click();
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  await el.updateComplete;
  const [french, spanish] = page.querySelectorAll('section');
  return { el, french: french!, spanish: spanish! };
}

describe('the exercise timer while the language changes', () => {
  before(async () => {
    // Both chunks in: this is about the run, not the loading (see switch-race.test.ts).
    const warm = await fixture(
      html`<div>
        <knead-exercise-timer lang="fr" .adapters=${fakeAdapters()}></knead-exercise-timer>
        <knead-exercise-timer lang="es" .adapters=${fakeAdapters()}></knead-exercise-timer>
      </div>`,
    );
    await settleAll(document.body, 400);
    warm.remove();
  });
  beforeEach(() => (fake = fakeAdapters()));

  it('switched every frame while running: the run goes on, each cue in the voice of its words', async () => {
    const { el, french } = await runningIn('fr');
    const starts: unknown[] = [];
    const onStart = (event: Event) => starts.push(event);
    document.addEventListener('knead-exercise-start', onStart);
    const problems = await problemsDuring(async () => {
      for (let second = 0; second < 40; second++) {
        french.setAttribute('lang', ['es', 'fr-CA', 'en', 'es-419'][second % 4]!);
        await nextFrame();
        await pass(el, SECOND);
      }
    });
    document.removeEventListener('knead-exercise-start', onStart);
    expect(problems).to.deep.equal([]);
    expect(el.status).to.equal('running');
    expect(starts, 'no new start').to.have.length(0);
    // 40 s in, not a second lost: the Spanish words now (the last switch was to es-419).
    await settleAll(document.body, 20);
    expect(timerScreen(el).progress).to.equal('Ejercicio 1 de 6 Quedan 8:17');
    for (const { text, lang } of said()) {
      const words = languageOf(text);
      expect(words, `"${text}"`).not.to.equal('?');
      expect(lang.split('-')[0], `"${text}" said with a ${lang} voice`).to.equal(words);
    }
    await pass(el, BACK.totalMs);
    expect(el.status).to.equal('done');
  });

  it('moved from the French view to the Spanish one in one task, mid-rep: it goes on, in Spanish', async () => {
    const { el, spanish } = await runningIn('fr');
    await pass(el, 7 * SECOND);
    const before = timerScreen(el);
    expect(before.rep).to.equal('Répétition 1 sur 8');
    spanish.append(el);
    await settleAll(document.body, 20);
    expect(el.status).to.equal('running');
    expect(timerScreen(el).rep).to.equal('Repetición 1 de 8');
    expect(timerScreen(el).countdown).to.equal(before.countdown.replace('secondes', 'segundos'));
    const from = said().length;
    await pass(el, 4 * SECOND);
    expect(said(from)).to.deep.equal([{ text: 'Repetición 2 de 8.', lang: 'es-MX' }]);
  });

  // Found by this pass: a registered language with some timer words only said the English
  // cues with its own voice. The timer reads its words together so it never mixes two
  // languages (timer-words.ts): until the table is whole it speaks English, with an English
  // voice, and the console lists the missing keys.
  it('a registered language with only some timer words: English cues, English voice', async () => {
    registerLanguage('pt', { timer: { voiceOn: 'Dicas faladas ativadas.' } });
    let el!: Timer;
    await captureConsole('warn', async () => {
      ({ el } = await runningIn('pt-BR'));
      await pass(el, 6 * SECOND);
    });
    expect(said().length).to.be.greaterThan(1);
    for (const { text, lang } of said()) expect(lang, `"${text}"`).to.equal('en');
    expect(said()[0]!.text).to.not.equal('Dicas faladas ativadas.');
  });
});
