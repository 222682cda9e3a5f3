import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import {
  SymptomCheckCompleteEvent,
  SymptomCheckStartEvent,
  SymptomCheckStepEvent,
  type SymptomCheckResult,
} from '../../src/symptom-check/symptom-check-events.js';
import { captureConsole } from '../helpers/console.js';
import {
  ROUTES,
  answerRoute,
  back,
  outcomeOf,
  restart,
  type RouteName,
} from '../harness/symptom-check.js';
import { checkFixture, clinicCheck, recordEvents, inTimeZone } from './fixtures.js';
import { walkByKeyboard } from './keyboard.js';

/** What the complete event should carry for an outcome: its id, level and recommendations. */
function completeDetail(id: string) {
  const outcome = outcomeOf(id);
  return {
    outcome: outcome.id,
    level: outcome.level,
    techniques: [...(outcome.techniques ?? [])],
    exercises: [...(outcome.exercises ?? [])],
  };
}

describe('<knead-symptom-check> events and privacy', () => {
  inTimeZone();

  describe('events', () => {
    it('start once, a step per new question, complete with the outcome only', async function () {
      this.timeout(20000);
      const el = await clinicCheck();
      const route = ROUTES.muscular;
      const recorded = await recordEvents(() => walkByKeyboard(el, route));
      for (const event of recorded.events) {
        expect(event.bubbles, `${event.type} bubbles`).to.equal(true);
        expect(event.composed, `${event.type} is composed`).to.equal(true);
      }
      const starts = recorded.of<SymptomCheckStartEvent>(SymptomCheckStartEvent.type);
      expect(starts.map((event) => event.detail)).to.deep.equal([{ flow: 'back-pain' }]);
      const steps = recorded.of<SymptomCheckStepEvent>(SymptomCheckStepEvent.type);
      expect(steps.map((event) => Object.keys(event.detail))).to.deep.equal(
        route.map(() => ['step']),
      );
      expect(steps.map((event) => event.detail)).to.deep.equal(route.map((_, step) => ({ step })));
      const completes = recorded.of<SymptomCheckCompleteEvent>(SymptomCheckCompleteEvent.type);
      expect(completes).to.have.length(1);
      const detail: SymptomCheckResult = completes[0]!.detail;
      expect(Object.keys(detail).sort()).to.deep.equal(
        ['exercises', 'level', 'outcome', 'techniques'].sort(),
      );
      expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(completeDetail('muscular'));
      const json = JSON.stringify(detail);
      for (const code of ['lower-back', 'ache', 'moving', 'posture', 'days'])
        expect(json, `the answer ${code}`).to.not.include(code);
      // The events fire in order: start, then the steps, then complete.
      expect(recorded.events.map((event) => event.type)).to.deep.equal([
        SymptomCheckStartEvent.type,
        ...route.map(() => SymptomCheckStepEvent.type),
        SymptomCheckCompleteEvent.type,
      ]);
    });

    for (const id of ['emergency', 'urgent', 'disc-nerve', 'unclear'] as RouteName[]) {
      it(`complete for ${id} names that outcome, its level and recommendations`, async () => {
        const el = await checkFixture();
        const recorded = await recordEvents(() =>
          captureConsole('error', () => answerRoute(el, ROUTES[id])),
        );
        const completes = recorded.of<SymptomCheckCompleteEvent>(SymptomCheckCompleteEvent.type);
        expect(completes.map((event) => JSON.parse(JSON.stringify(event.detail)))).to.deep.equal([
          completeDetail(id),
        ]);
        const chosen = ROUTES[id]
          .flatMap((step) => step.codes)
          .filter((code) => !['yes', 'no', 'none'].includes(code));
        const json = JSON.stringify(completes[0]!.detail);
        for (const code of chosen) expect(json, `the answer ${code}`).to.not.include(code);
      });
    }
  });

  describe('privacy', () => {
    it('sends, stores and sets nothing during a whole check', async () => {
      const calls: string[] = [];
      const originalFetch = window.fetch;
      const originalOpen = XMLHttpRequest.prototype.open;
      const originalSend = XMLHttpRequest.prototype.send;
      const originalBeacon = navigator.sendBeacon;
      const storage = () =>
        JSON.stringify({
          local: Object.entries(localStorage),
          session: Object.entries(sessionStorage),
          cookie: document.cookie,
        });
      const before = storage();
      window.fetch = ((...args: Parameters<typeof fetch>) => {
        calls.push(`fetch ${String(args[0])}`);
        return originalFetch.apply(window, args);
      }) as typeof fetch;
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        calls.push(`xhr.open ${String(args[1])}`);
        return (originalOpen as (...a: unknown[]) => void).apply(this, args);
      } as typeof XMLHttpRequest.prototype.open;
      XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
        calls.push('xhr.send');
        return originalSend.call(this, body);
      };
      navigator.sendBeacon = (url: string | URL) => {
        calls.push(`sendBeacon ${String(url)}`);
        return true;
      };
      try {
        const el = await clinicCheck(
          html`<knead-symptom-check exercises-href="/exercises"></knead-symptom-check>`,
        );
        await answerRoute(el, ROUTES.muscular);
        await restart(el);
        await answerRoute(el, ROUTES['disc-nerve'].slice(0, 4));
        await back(el);
        await restart(el);
        await answerRoute(el, ROUTES.emergency);
      } finally {
        window.fetch = originalFetch;
        XMLHttpRequest.prototype.open = originalOpen;
        XMLHttpRequest.prototype.send = originalSend;
        navigator.sendBeacon = originalBeacon;
      }
      expect(calls).to.deep.equal([]);
      expect(storage()).to.equal(before);
    });
  });
});
