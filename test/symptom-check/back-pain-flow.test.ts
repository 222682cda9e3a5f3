import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BACK_PAIN_FLOW as FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { parseFlow } from '../../src/symptom-check/flow-validation.js';
import type { AnswerValue } from '../../src/symptom-check/flow-types.js';
import { findTechnique } from '../../src/technique-card/built-in-techniques.js';
import { ROUTES, itemOf, labelOf, outcomeOf, routeAnswers } from '../harness/symptom-check.js';
import { outcomeOfStep } from './flow-builders.js';
import { SCREENS_CLEAR, expectNothingToTry, patternPath, walk } from './back-pain-walks.js';

const EXERCISES = ['cat-cow', 'bird-dog', 'bridge', 'superman', 'dead-bug', 'pelvic-tilt'];

/** The codes of a screen's signs: every option but "none of these". */
const signsOf = (linkId: string): string[] =>
  (itemOf(linkId).answerOption ?? [])
    .filter((option) => !option.exclusive)
    .map((option) => option.valueCoding.code);

describe('the built-in back-pain flow', () => {
  describe('validation', () => {
    it('passes parseFlow, which hands back the same flow', () => {
      const parsed = parseFlow(FLOW);
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems)).to.equal(true);
      if (!parsed.ok) return;
      expect(JSON.parse(JSON.stringify(parsed.flow))).to.deep.equal(
        JSON.parse(JSON.stringify(FLOW)),
      );
    });

    it('passes parseFlow after a round trip through JSON, as a clinic would supply it', () => {
      const parsed = parseFlow(JSON.parse(JSON.stringify(FLOW)));
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems)).to.equal(true);
    });
  });

  describe('one scripted visitor per outcome', () => {
    it('emergency: a sign on the first screen ends the check at once', () => {
      const { step } = walk([['emergency', ['both-legs']]]);
      const outcome = outcomeOfStep(step);
      expect(outcome.id).to.equal('emergency');
      expect(outcome.level).to.equal('emergency');
      expectNothingToTry(outcome);
    });

    it('urgent: no emergency sign, then an urgent one', () => {
      const { step } = walk([
        ['emergency', ['none']],
        ['urgent', ['night-pain']],
      ]);
      const outcome = outcomeOfStep(step);
      expect(outcome.id).to.equal('urgent');
      expect(outcome.level).to.equal('urgent');
      expectNothingToTry(outcome);
    });

    it('disc-nerve: sharp pain down a leg, worse sitting and bending (its named route)', () => {
      const { step } = walk(routeAnswers(ROUTES['disc-nerve']));
      const outcome = outcomeOfStep(step);
      expect(outcome.id).to.equal('disc-nerve');
      expect(outcome.level).to.equal('clinician');
    });

    it('muscular: a dull ache from posture, worse with moving', () => {
      const outcome = outcomeOfStep(walk(patternPath()).step);
      expect(outcome.id).to.equal('muscular');
      expect(outcome.level).to.equal('massage');
    });

    it('unclear: nothing points to muscles or nerves (its named route)', () => {
      const { step } = walk(routeAnswers(ROUTES.unclear));
      const outcome = outcomeOfStep(step);
      expect(outcome.id).to.equal('unclear');
      expect(outcome.level).to.equal('clinician');
      expect(outcome.when, 'the fallback').to.equal(undefined);
    });

    it('covers every outcome of the flow', () => {
      expect(FLOW.outcomes.map((outcome) => outcome.id)).to.have.members([
        'emergency',
        'urgent',
        'disc-nerve',
        'muscular',
        'unclear',
      ]);
    });
  });

  describe('screening', () => {
    const emergency = signsOf('emergency');
    const urgent = signsOf('urgent');

    it('lists the seven emergency and eleven urgent signs, each screen with "none of these"', () => {
      expect(emergency).to.have.length(7);
      expect(urgent).to.have.length(11);
      for (const linkId of ['emergency', 'urgent']) {
        const exclusive = itemOf(linkId).answerOption!.filter((option) => option.exclusive);
        expect(exclusive.map((option) => option.valueCoding.code)).to.deep.equal(['none']);
      }
    });

    it('screens the signs its sources name (docs/content-sources.md, "Back-pain check")', () => {
      // Cauda equina leaflets: saddle numbness, bladder, bowel and sexual changes.
      expect(emergency).to.include.members([
        'bladder-bowel',
        'saddle-numbness',
        'urination',
        'sexual-function',
      ]);
      // NHS back-pain page, reasons for an urgent appointment.
      expect(urgent).to.include.members([
        'fever',
        'weight-loss',
        'night-pain',
        'lump',
        'upper-back',
        'cough-strain',
      ]);
    });

    it('asks about coughing and sneezing once, as an urgent sign, not again as a pattern', () => {
      const patternCodes = FLOW.item
        .filter((item) => item.linkId !== 'emergency' && item.linkId !== 'urgent')
        .flatMap((item) => (item.answerOption ?? []).map((option) => option.valueCoding.code));
      expect(patternCodes).to.not.include('coughing');
      expect(labelOf('urgent', 'cough-strain')).to.match(/cough, sneeze/);
    });

    for (const sign of emergency)
      it(`the emergency sign "${sign}" alone ends at the emergency outcome at once`, () => {
        const outcome = outcomeOfStep(walk([['emergency', [sign]]]).step);
        expect(outcome.id).to.equal('emergency');
        expectNothingToTry(outcome);
      });

    it('any set of emergency signs ends at the emergency outcome', () => {
      fc.assert(
        fc.property(fc.subarray(emergency, { minLength: 1 }), (signs) => {
          expect(outcomeOfStep(walk([['emergency', signs]]).step).id).to.equal('emergency');
        }),
        { numRuns: 100 },
      );
    });

    for (const sign of urgent)
      it(`the urgent sign "${sign}" alone, after no emergency sign, ends at the urgent outcome`, () => {
        const outcome = outcomeOfStep(
          walk([
            ['emergency', ['none']],
            ['urgent', [sign]],
          ]).step,
        );
        expect(outcome.id).to.equal('urgent');
        expectNothingToTry(outcome);
      });

    it('goes on to the pattern questions when neither screen finds a sign', () => {
      const { step } = walk(SCREENS_CLEAR);
      expect(step.kind === 'question' && step.item.linkId).to.equal('area');
    });
  });

  describe('nerve signs', () => {
    it('the unchanged path is muscular', () => {
      expect(outcomeOfStep(walk(patternPath()).step).id).to.equal('muscular');
    });

    const signs: Array<[string, Record<string, AnswerValue>]> = [
      ['pain below the knee', { 'below-knee': true }],
      ['symptoms in one leg', { 'leg-symptoms': true }],
      ['sharp pain', { character: 'sharp' }],
      ['worse when sitting and bending', { 'worse-with': ['sitting', 'bending'] }],
    ];
    for (const [name, changes] of signs)
      it(`${name} turns the muscular path into disc-nerve`, () => {
        const outcome = outcomeOfStep(walk(patternPath(changes)).step);
        expect(outcome.id).to.equal('disc-nerve');
        expect(outcome.level).to.equal('clinician');
      });

    for (const worse of [['sitting'], ['bending'], ['sitting', 'moving']])
      it(`worse with ${worse.join(' and ')} (not both sitting and bending) stays muscular`, () => {
        expect(outcomeOfStep(walk(patternPath({ 'worse-with': worse })).step).id).to.equal(
          'muscular',
        );
      });
  });

  describe('muscular pattern', () => {
    for (const onset of ['overuse', 'posture', 'strain'])
      it(`a dull ache that began with ${onset} is muscular, whatever makes it worse`, () => {
        const path = patternPath({ onset, 'worse-with': ['none'] });
        expect(outcomeOfStep(walk(path).step).id).to.equal('muscular');
      });

    it('a dull ache worse with moving is muscular, however it began', () => {
      const path = patternPath({ onset: 'unknown', 'worse-with': ['moving'] });
      expect(outcomeOfStep(walk(path).step).id).to.equal('muscular');
    });

    it('a dull ache with no known start and nothing that makes it worse is unclear', () => {
      const path = patternPath({ onset: 'unknown', 'worse-with': ['none'] });
      expect(outcomeOfStep(walk(path).step).id).to.equal('unclear');
    });

    for (const character of ['sharp', 'unsure'])
      it(`pain that is ${character} is never muscular`, () => {
        const outcome = outcomeOfStep(walk(patternPath({ character })).step);
        expect(outcome.id).to.not.equal('muscular');
      });
  });

  describe('recommendations', () => {
    it('recommends nothing to try at the emergency and urgent outcomes', () => {
      for (const id of ['emergency', 'urgent']) expectNothingToTry(outcomeOf(id));
    });

    it('recommends catalog techniques and known exercises for the muscular pattern', () => {
      const muscular = outcomeOf('muscular');
      expect(muscular.techniques ?? []).to.have.length.greaterThan(0);
      expect(muscular.exercises ?? []).to.have.length.greaterThan(0);
      for (const id of muscular.techniques!)
        expect(findTechnique(id), `technique ${id}`).to.not.equal(undefined);
      for (const id of muscular.exercises!) expect(EXERCISES, `exercise ${id}`).to.include(id);
    });

    it('names only catalog techniques and known exercises anywhere', () => {
      for (const outcome of FLOW.outcomes) {
        for (const id of outcome.techniques ?? [])
          expect(findTechnique(id), `${outcome.id}: technique ${id}`).to.not.equal(undefined);
        for (const id of outcome.exercises ?? []) expect(EXERCISES).to.include(id);
      }
    });

    it('leaves massage as the level of the muscular outcome only', () => {
      const massage = FLOW.outcomes.filter((outcome) => outcome.level === 'massage');
      expect(massage.map((outcome) => outcome.id)).to.deep.equal(['muscular']);
    });
  });
});
