import { expect } from '@open-wc/testing';
import { timerScreen } from '../harness/exercise-timer.js';
import { SECOND, SIDES_ROUTINE } from './fixtures.js';
import { jsonChild, pass, timerWith } from './timer-element.js';
import { pressPrimary, speaksOnly } from './language-checks.js';

/** The French and Spanish words the tests look for in each state, as the visitor reads them. */
const WORDS = {
  fr: {
    prepare: 'Préparez-vous',
    work: 'Bougez',
    hold: 'Maintenez',
    switch: 'Changez de côté',
    rest: 'Repos',
    paused: 'En pause',
    heading: 'L’essentiel pour le dos',
    summary: '6 exercices, environ 9 min.',
    firstDose: 'Chat-vache 8 répétitions',
    // The narrow no-break space before "!" reads as a space, as every space does in the harness.
    done: 'C’est terminé. Bravo ! Vous avez fait 8 minutes et 57 secondes d’exercice.',
    message: 'Cette routine d’exercices n’a pas pu être chargée. Merci d’en informer la clinique.',
    buttons: ['Précédent', 'Pause', 'Passer', 'Recommencer'],
  },
  es: {
    prepare: 'Prepárese',
    work: 'Muévase',
    hold: 'Mantenga',
    switch: 'Cambie de lado',
    rest: 'Descanso',
    paused: 'En pausa',
    heading: 'Lo básico para la espalda',
    summary: '6 ejercicios, unos 9 min.',
    firstDose: 'Gato-vaca 8 repeticiones',
    done: '¡Listo! ¡Buen trabajo! Hizo ejercicio durante 8 minutos y 57 segundos.',
    message: 'No se pudo cargar esta rutina de ejercicios. Por favor, avise a la clínica.',
    buttons: ['Anterior', 'Pausar', 'Saltar', 'Reiniciar'],
  },
} as const;

describe('<knead-exercise-timer> in French and Spanish', () => {
  for (const [language, words] of Object.entries(WORDS)) {
    describe(`lang="${language}": every state in ${language} only, accessible`, function () {
      // Each state is checked by axe, which takes a while on a busy machine.
      this.timeout(20_000);

      it('the overview, getting ready, moving, holding and paused', async () => {
        const { el } = await timerWith({ lang: language });
        expect(timerScreen(el)).to.include({
          heading: words.heading,
          summary: words.summary,
        });
        expect(timerScreen(el).overview[0]).to.equal(words.firstDose);
        await speaksOnly(el, language, 'overview');

        await pressPrimary(el);
        expect(timerScreen(el).phase).to.equal(words.prepare);
        await speaksOnly(el, language, 'getting ready');
        await pass(el, 5 * SECOND);
        expect(timerScreen(el).phase).to.equal(words.work);
        expect(timerScreen(el).buttons).to.deep.equal(words.buttons);
        await speaksOnly(el, language, 'moving');
        // Bird dog's first hold: 15 s of rest after cat-cow, 5 s to get ready, 2 s to reach.
        await pass(el, (48 + 15 + 5 + 2) * SECOND);
        expect(timerScreen(el).phase).to.equal(words.hold);
        await speaksOnly(el, language, 'holding');
        await pressPrimary(el);
        expect(timerScreen(el).paused).to.equal(words.paused);
        await speaksOnly(el, language, 'paused');
      });

      it('switching sides and resting, in a clinic’s routine with a built-in exercise', async () => {
        const { el } = await timerWith({ lang: language }, { routine: SIDES_ROUTINE });
        await pressPrimary(el);
        await pass(el, 13 * SECOND);
        expect(timerScreen(el).phase).to.equal(words.switch);
        await speaksOnly(el, language, 'switching sides');
        await pass(el, 14 * SECOND);
        expect(timerScreen(el).phase).to.equal(words.rest);
        await speaksOnly(el, language, 'resting');
      });

      it('done', async () => {
        const { el } = await timerWith({ lang: language });
        await pressPrimary(el);
        await pass(el, 537 * SECOND);
        expect(el.status).to.equal('done');
        expect(timerScreen(el).done).to.equal(words.done);
        await speaksOnly(el, language, 'done');
      });

      it('resumed after a reload, paused', async () => {
        const { el: first } = await timerWith({ lang: language, persist: '' });
        await pressPrimary(first);
        await pass(first, 20 * SECOND);
        await pressPrimary(first);
        first.remove();
        const { el } = await timerWith({ lang: language, persist: '' });
        expect(el.status).to.equal('paused');
        expect(timerScreen(el).paused).to.equal(words.paused);
        await speaksOnly(el, language, 'resumed');
      });

      it('a routine in JSON that could not be read', async () => {
        const { el, errors } = await timerWith(
          { lang: language },
          { children: [jsonChild('{"exercises": [')] },
        );
        expect(errors).to.have.length(1);
        expect(timerScreen(el).message).to.equal(words.message);
        await speaksOnly(el, language, 'error');
      });

      it('a routine that is refused, and an unknown routine', async () => {
        const refused = await timerWith(
          { lang: language },
          { children: [jsonChild({ exercises: [{ id: 'x' }] })] },
        );
        expect(timerScreen(refused.el).message).to.equal(words.message);
        await speaksOnly(refused.el, language, 'refused');
        const unknown = await timerWith({ lang: language, routine: 'nope' });
        expect(timerScreen(unknown.el).message).to.equal(words.message);
      });
    });
  }
});
