import { expect, fixture, html } from '@open-wc/testing';
import { HOSTILE_STRINGS, letHostileCodeRun } from '../helpers/hostile.js';
import {
  buttonNames,
  landmarkName,
  part,
  pressButton,
  timerScreen,
  type Timer,
} from '../harness/exercise-timer.js';
import { fakeAdapters } from './fake-adapters.js';
import { SECOND, SIDES_ROUTINE } from './fixtures.js';
import { fake, timerWith, timerWithJson, jsonChild, pass, record } from './timer-element.js';

describe('<knead-exercise-timer>', () => {
  describe('the routine it runs', () => {
    it('an unknown routine id: an alert and one console error naming it', async () => {
      const { el, errors } = await timerWith({ routine: 'neck-basics' });
      expect(timerScreen(el).message).to.equal(
        'This exercise routine could not be loaded. Please let the clinic know.',
      );
      expect(buttonNames(el)).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('routine="neck-basics"');
      expect(errors[0]).to.include('back-basics');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(errors, 'not repeated').to.have.length(1);
    });

    it('exercises="bridge cat-cow" runs those, in that order', async () => {
      const changes = record('knead-exercise-change');
      const { el } = await timerWith({ exercises: 'bridge cat-cow' });
      expect(timerScreen(el).overview).to.deep.equal([
        'Bridge 8 reps, hold 10 s',
        'Cat-cow 8 reps',
      ]);
      await pressButton(el, 'Start');
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 1 of 2 2:57 left',
        exercise: 'Bridge',
      });
      await pressButton(el, 'Skip');
      expect(changes).to.deep.equal([
        { id: 'bridge', index: 0 },
        { id: 'cat-cow', index: 1 },
      ]);
    });

    it('names a subset for its exercises, so two timers on a page have their own names', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
          <knead-exercise-timer exercises="bridge cat-cow" .adapters=${fake}></knead-exercise-timer>
        </div>
      `);
      const [whole, subset] = [...page.querySelectorAll('knead-exercise-timer')] as [Timer, Timer];
      await whole.updateComplete;
      await subset.updateComplete;
      expect(landmarkName(whole)).to.equal('Back basics');
      expect(landmarkName(subset)).to.equal('Bridge and Cat-cow');
      expect(timerScreen(subset).heading).to.equal('Bridge and Cat-cow');
      await expect(page).to.be.accessible();
    });

    it('an unknown id in exercises is reported once and left out', async () => {
      const { el, errors } = await timerWith({ exercises: 'bridge plank cat-cow' });
      expect(timerScreen(el).overview).to.deep.equal([
        'Bridge 8 reps, hold 10 s',
        'Cat-cow 8 reps',
      ]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('exercises="plank"');
      await pressButton(el, 'Start');
      await pass(el, 5 * SECOND);
      expect(errors, 'once, however often it renders').to.have.length(1);
    });

    it('exercises with 10,000 ids: at most 40, and one message each for the rest and the unknown', async () => {
      const ids = [...Array(5000).fill('bridge'), ...Array(5000).fill('plank')].join(' ');
      const { el, errors } = await timerWith({ exercises: ids });
      expect(timerScreen(el).overview).to.have.length(40);
      expect(errors).to.have.length(2);
      expect(errors.find((error) => error.includes('at most 40'))).to.include('4960 more');
      const unknown = errors.find((error) => error.includes('unknown'))!;
      expect(unknown).to.include('exercises="plank"');
      expect(unknown.length, 'one short message').to.be.below(300);
    });

    it('exercises with no known id at all: the error message, not the whole routine, and the ids named', async () => {
      const { el, errors } = await timerWith({ exercises: 'plank lunge' });
      expect(timerScreen(el).message).to.equal(
        'This exercise routine could not be loaded. Please let the clinic know.',
      );
      expect(timerScreen(el).overview).to.deep.equal([]);
      expect(buttonNames(el)).to.deep.equal([]);
      expect(el.status).to.equal('idle');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('exercises="plank, lunge"');
      expect(errors[0]).to.include('none to run');
      await expect(el).to.be.accessible();

      el.exercises = 'bridge';
      await el.updateComplete;
      expect(timerScreen(el).overview, 'a known id runs again').to.deep.equal([
        'Bridge 8 reps, hold 10 s',
      ]);
    });

    it('a routine from a JSON child: built-in ids, a changed dose and a new exercise', async () => {
      const starts = record('knead-exercise-start');
      const { el, errors } = await timerWithJson(
        JSON.stringify({
          id: 'desk-break',
          name: 'Desk break',
          prepareSeconds: 3,
          exercises: [
            'cat-cow',
            { id: 'bridge', reps: 4 },
            {
              id: 'chin-tuck',
              name: 'Chin tuck',
              steps: ['Sit tall.', 'Draw your chin straight back.'],
              reps: 5,
              repSeconds: 2,
              holdSeconds: 5,
            },
          ],
        }),
      );
      expect(errors).to.deep.equal([]);
      expect(timerScreen(el).heading).to.equal('Desk break');
      expect(timerScreen(el).overview).to.deep.equal([
        'Cat-cow 8 reps',
        'Bridge 4 reps, hold 10 s',
        'Chin tuck 5 reps, hold 5 s',
      ]);
      await pressButton(el, 'Start');
      expect(starts).to.deep.equal([{ routine: 'desk-break' }]);
      expect(timerScreen(el)).to.include({ exercise: 'Cat-cow', countdown: '3 seconds' });
      await pressButton(el, 'Skip');
      await pressButton(el, 'Skip');
      await pass(el, 3 * SECOND);
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 3 of 3 0:35 left',
        exercise: 'Chin tuck',
        phase: 'Move',
        rep: 'Rep 1 of 5',
        next: 'Last exercise',
      });
      expect(timerScreen(el).steps).to.deep.equal(['Sit tall.', 'Draw your chin straight back.']);
    });

    it('a routine set as the property wins over the JSON child, which runs again once it is unset', async () => {
      const json = jsonChild({ id: 'desk-break', name: 'Desk break', exercises: ['bridge'] });
      const { el, errors } = await timerWith({}, { routine: SIDES_ROUTINE, children: [json] });
      expect(errors).to.deep.equal([]);
      expect(timerScreen(el).heading).to.equal('Hip side');
      await pressButton(el, 'Start');

      el.routine = 'back-basics';
      await el.updateComplete;
      expect(timerScreen(el).heading, 'then the JSON child').to.equal('Desk break');
      expect(el.status, 'another routine starts afresh').to.equal('idle');
    });

    it('an invalid JSON routine: an alert and console errors naming each JSON path', async () => {
      const { el, errors } = await timerWithJson(
        JSON.stringify({
          name: 'Broken',
          exercises: [
            { id: 'bridge', reps: 0 },
            { id: 'wall-sit', name: 'Wall sit', repSeconds: 2, holdSeconds: 900 },
          ],
        }),
      );
      expect(timerScreen(el).message).to.equal(
        'This exercise routine could not be loaded. Please let the clinic know.',
      );
      expect(errors.some((e) => e.includes('exercises[0].reps=0'))).to.equal(true);
      expect(errors.some((e) => e.includes('exercises[1].reps'))).to.equal(true);
      expect(errors.some((e) => e.includes('exercises[1].holdSeconds=900'))).to.equal(true);
      expect(errors).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('JSON that does not parse: an alert and one console error', async () => {
      const { el, errors } = await timerWithJson('{ "exercises": [ "bridge", ] ');
      expect(timerScreen(el).message).to.include('could not be loaded');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('script[type="application/json"]');
    });

    it('hostile strings in a routine show as text and never run', async () => {
      const [image, script] = HOSTILE_STRINGS;
      const { el } = await timerWithJson(
        JSON.stringify({
          name: image,
          exercises: [
            {
              id: 'odd',
              name: script,
              steps: [image, script],
              breathing: image,
              reps: 1,
              repSeconds: 2,
            },
          ],
        }),
      );
      expect(timerScreen(el).heading).to.equal(image);
      expect(timerScreen(el).overview).to.deep.equal([`${script} 1 rep`]);
      await pressButton(el, 'Start');
      expect(timerScreen(el).exercise).to.equal(script);
      expect(timerScreen(el).steps).to.deep.equal([image, script]);
      expect(timerScreen(el).breathing).to.equal(image);
      expect(timerScreen(el).announcement).to.equal(`Get ready: ${script}. 5 seconds.`);
      expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
      await letHostileCodeRun();
      expect(window.__pwned).to.equal(undefined);
    });

    it('a hostile routine attribute is named in the console, not run', async () => {
      const [image] = HOSTILE_STRINGS;
      const { el, errors } = await timerWith({ routine: image });
      expect(timerScreen(el).message).to.include('could not be loaded');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include(JSON.stringify(image));
      expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
      await letHostileCodeRun();
      expect(window.__pwned).to.equal(undefined);
    });

    it('heading-level sets the heading levels; a bad one falls back to 2 and is named', async () => {
      const { el } = await timerWith({ 'heading-level': '3' });
      expect(timerScreen(el).headingLevel).to.equal('3');
      await pressButton(el, 'Start');
      expect(part(el, 'exercise')!.getAttribute('aria-level'), 'the exercise one below').to.equal(
        '4',
      );

      const { el: bad, errors } = await timerWith(
        { 'heading-level': '9' },
        { adapters: fakeAdapters() },
      );
      expect(timerScreen(bad).headingLevel).to.equal('2');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('heading-level="9"');
    });
  });
});
