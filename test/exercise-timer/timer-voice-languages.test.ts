import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerLanguage } from '../../src/shared/messages.js';
import { speechVoice } from '../../src/exercise-timer/voice.js';
import { timerScreen, type Timer } from '../harness/exercise-timer.js';
import { fakeSynthesis } from './adapter-probes.js';
import { BACK, SECOND } from './fixtures.js';
import { fake, jsonChild, pass, record, timerWith } from './timer-element.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import {
  englishIn,
  englishSaid,
  pressPrimary,
  timerInPage,
  turnVoiceOn,
} from './language-checks.js';

/** What the voice said, and in which language, from `from` on. */
const said = (from = 0) => fake.voice.spoken.slice(from);

describe('<knead-exercise-timer> speaks its language', () => {
  describe('spoken cues: the words and the voice in one language', function () {
    // A whole routine, tick by tick, takes a second or two; more on a busy machine.
    this.timeout(20_000);

    const PAGES = [
      { lang: 'fr', language: 'fr', on: 'Indications vocales activées.' },
      { lang: 'fr-CA', language: 'fr', on: 'Indications vocales activées.' },
      { lang: 'es', language: 'es', on: 'Indicaciones por voz activadas.' },
      { lang: 'es-MX', language: 'es', on: 'Indicaciones por voz activadas.' },
    ];
    for (const { lang, language, on } of PAGES)
      it(`on a lang="${lang}" page: ${language} sentences, each with the voice for ${lang}`, async () => {
        const el = await timerInPage(lang);
        await turnVoiceOn(el);
        await pressPrimary(el);
        await pass(el, BACK.totalMs);
        expect(el.status).to.equal('done');
        expect(said()[0]).to.deep.equal({ text: on, lang });
        // Every phase of the routine was announced, and said: none in English.
        expect(said()).to.have.length(BACK.phases.length + 1);
        for (const { text, lang: voice } of said()) {
          expect(voice, text).to.equal(lang);
          expect(englishSaid(text, language), text).to.deep.equal([]);
        }
      });

    it('says the French sentences the screen shows', async () => {
      const el = await timerInPage('fr-CA');
      await turnVoiceOn(el);
      await pressPrimary(el);
      await pass(el, 5 * SECOND);
      await pressPrimary(el);
      expect(said().map(({ text }) => text)).to.deep.equal([
        'Indications vocales activées.',
        'Préparez-vous\u202f: Chat-vache. 5 secondes.',
        'Répétition 1 sur 8.',
        'En pause.',
      ]);
      expect(timerScreen(el).announcement).to.equal('En pause.');
    });

    it('says the Spanish rest with the exercise coming up', async () => {
      const el = await timerInPage('es');
      await turnVoiceOn(el);
      await pressPrimary(el);
      await pass(el, 53 * SECOND);
      expect(said().at(-1)).to.deep.equal({
        text: 'Descanse, 15 segundos. A continuación: Perro de caza.',
        lang: 'es',
      });
    });

    it('speaks English with an English voice where the page’s language is not built in', async () => {
      const el = await timerInPage('de');
      expect(timerScreen(el).heading).to.equal('Back basics');
      await turnVoiceOn(el);
      await pressPrimary(el);
      expect(said()).to.deep.equal([
        { text: 'Spoken cues on.', lang: 'en' },
        { text: 'Get ready: Cat-cow. 5 seconds.', lang: 'en' },
      ]);
    });

    it('speaks English with an English voice when a registered language has no timer words', async () => {
      registerLanguage('pt', { 'some-other-widget': { hello: 'Olá' } });
      const el = await timerInPage('pt-BR');
      expect(timerScreen(el).heading).to.equal('Back basics');
      await turnVoiceOn(el);
      expect(said()).to.deep.equal([{ text: 'Spoken cues on.', lang: 'en' }]);
    });

    it('through the browser’s speech synthesis: a French utterance with lang fr-CA', async () => {
      const synthesis = fakeSynthesis();
      const { el } = await timerWith(
        { lang: 'fr-CA' },
        { adapters: Object.assign(fake, { voice: speechVoice(synthesis.synthesis) }) },
      );
      await turnVoiceOn(el);
      await pressPrimary(el);
      expect(synthesis.utterances.map((u) => [u.text, u.lang])).to.deep.equal([
        ['Indications vocales activées.', 'fr-CA'],
        ['Préparez-vous\u202f: Chat-vache. 5 secondes.', 'fr-CA'],
      ]);
    });
  });

  describe('a change of language while the page runs', () => {
    /** A timer inside `<div lang>`, and a way to change that lang and wait for the timer. */
    async function inSwitchablePage(lang: string) {
      const page = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
        </div>`,
      );
      const el = page.querySelector<Timer>('knead-exercise-timer')!;
      await el.updateComplete;
      const switchTo = async (next: string, heading: string) => {
        page.setAttribute('lang', next);
        await waitUntil(() => timerScreen(el).heading === heading, `no ${next} heading`);
        await el.updateComplete;
      };
      return { el, switchTo };
    }

    it('keeps the run going: the same moment, in the new words, with no new start', async () => {
      const { el, switchTo } = await inSwitchablePage('en');
      const starts = record('knead-exercise-start');
      const changes = record('knead-exercise-change');
      await turnVoiceOn(el);
      await pressPrimary(el);
      await pass(el, 7 * SECOND);
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 1 of 6 8:50 left',
        phase: 'Move',
        rep: 'Rep 1 of 8',
        countdown: '4 seconds',
      });
      const spoken = said().length;

      await switchTo('fr', 'L’essentiel pour le dos');
      expect(el.status).to.equal('running');
      expect(timerScreen(el)).to.include({
        progress: 'Exercice 1 sur 6 Il reste 8:50',
        exercise: 'Chat-vache',
        phase: 'Bougez',
        rep: 'Répétition 1 sur 8',
        countdown: '4 secondes',
        announcement: '',
      });
      expect(englishIn(el, 'fr')).to.deep.equal([]);
      expect(fake.voice.cancels, 'the English sentence is cut short').to.be.at.least(1);
      expect(said(spoken), 'nothing said for the switch itself').to.deep.equal([]);

      await pass(el, 4 * SECOND);
      expect(timerScreen(el).rep).to.equal('Répétition 2 sur 8');
      expect(said(spoken)).to.deep.equal([{ text: 'Répétition 2 sur 8.', lang: 'fr' }]);

      await pressPrimary(el);
      await switchTo('es-MX', 'Lo básico para la espalda');
      expect(el.status, 'paused stays paused').to.equal('paused');
      expect(timerScreen(el)).to.include({ paused: 'En pausa', rep: 'Repetición 2 de 8' });
      expect(englishIn(el, 'es')).to.deep.equal([]);
      await pressPrimary(el);
      await pass(el, 6 * SECOND);
      expect(said().at(-1)).to.deep.equal({ text: 'Repetición 3 de 8.', lang: 'es-MX' });
      expect(starts, 'one start').to.have.length(1);
      expect(changes, 'one exercise').to.deep.equal([{ id: 'cat-cow', index: 0 }]);
    });

    it('goes back to English, and its voice, when the language goes', async () => {
      const { el, switchTo } = await inSwitchablePage('fr');
      await turnVoiceOn(el);
      await pressPrimary(el);
      await switchTo('de', 'Back basics');
      await pass(el, 5 * SECOND);
      expect(said().at(-1)).to.deep.equal({ text: 'Rep 1 of 8.', lang: 'en' });
    });
  });

  describe('a run remembered across a reload (persist)', () => {
    it('resumes in another language: runs are kept by ids and times, not words', async () => {
      const { el: first } = await timerWith({ persist: '' });
      await pressPrimary(first);
      await pass(first, 70 * SECOND);
      first.remove();
      fake.clock.jump(10 * SECOND);
      const { el } = await timerWith({ persist: '', lang: 'fr' });
      expect(el.status).to.equal('running');
      expect(timerScreen(el)).to.include({
        progress: 'Exercice 2 sur 6 Il reste 7:37',
        exercise: 'Chien d’arrêt',
        phase: 'Maintenez',
        countdown: '3 secondes',
        rep: 'Répétition 1 sur 10, côté droit',
      });
    });

    it('is remembered under the routine’s id in any language', async () => {
      const { el } = await timerWith({ persist: '', lang: 'es' });
      await pressPrimary(el);
      expect(localStorage.getItem('knead-exercise-timer:back-basics')).to.be.a('string');
    });
  });

  describe('names and routines', () => {
    it('names a choice of exercises in the language, as it lists things', async () => {
      const fr = await timerWith({ lang: 'fr', exercises: 'bridge cat-cow' });
      expect(timerScreen(fr.el).heading).to.equal('Pont et Chat-vache');
      const es = await timerWith({
        lang: 'es',
        exercises: 'bridge cat-cow bird-dog superman dead-bug',
      });
      expect(timerScreen(es.el).heading).to.equal('Puente, Gato-vaca, Perro de caza y 2 más');
      const fr5 = await timerWith({
        lang: 'fr',
        exercises: 'bridge cat-cow bird-dog superman dead-bug',
      });
      expect(timerScreen(fr5.el).heading).to.equal('Pont, Chat-vache, Chien d’arrêt et 2 autres');
    });

    it('keeps a clinic’s own words, and gives its built-in exercises theirs in the language', async () => {
      const routine = {
        exercises: [
          'bridge',
          { id: 'superman', reps: 4 },
          {
            id: 'clamshell',
            name: 'Clamshell',
            steps: ['Lie on your side.'],
            reps: 2,
            repSeconds: 3,
          },
        ],
      };
      const { el } = await timerWith({ lang: 'fr' }, { children: [jsonChild(routine)] });
      expect(timerScreen(el)).to.include({ heading: 'Vos exercices' });
      expect(timerScreen(el).overview).to.deep.equal([
        'Pont 8 répétitions, maintien 10 s',
        'Superman 4 répétitions, maintien 3 s',
        'Clamshell 2 répétitions',
      ]);
      const named = await timerWith(
        { lang: 'fr' },
        { routine: { ...BACK_BASICS, id: 'mine', name: 'Morning back care' } },
      );
      expect(timerScreen(named.el)).to.include({ heading: 'Morning back care' });
      expect(timerScreen(named.el).overview[0]).to.equal('Chat-vache 8 répétitions');
    });

    it('the no-English check finds the English of an English timer', async () => {
      const el = await timerInPage('en');
      expect(englishIn(el, 'fr')).to.include.members(['Back basics', 'Start', 'Beeps']);
    });
  });
});
