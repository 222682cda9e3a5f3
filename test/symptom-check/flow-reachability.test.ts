import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { findReachable } from '../../src/symptom-check/flow-reachability.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import {
  clinicFlow,
  enableWhenChain,
  explodingFlow,
  manyOptionsFlow,
} from '../helpers/large-flows.js';
import { buildFlow, flowPlanArb } from '../helpers/flow-plans.js';
import { bruteForce } from './flow-walks.js';

const sorted = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);
const asFlow = (json: unknown) => json as Flow;

// Tests -------------------------------------------------------------------------------------

describe('findReachable', () => {
  it('finds every item and outcome of the built-in flow', () => {
    const found = findReachable(BACK_PAIN_FLOW);
    expect(found.complete).to.equal(true);
    expect(sorted(found.asked)).to.deep.equal(BACK_PAIN_FLOW.item.map((_, index) => index));
    expect(sorted(found.reached)).to.deep.equal(BACK_PAIN_FLOW.outcomes.map((_, index) => index));
  });

  for (const options of [24, 64])
    it(`decides a multi-choice question with ${options} options under "any" one code at a time`, () => {
      const found = findReachable(asFlow(manyOptionsFlow(options)));
      expect(found.complete).to.equal(true);
      expect(sorted(found.reached)).to.deep.equal([0, 1]);
      const shadowed = findReachable(asFlow(manyOptionsFlow(options, { shadowed: true })));
      expect(shadowed.complete).to.equal(true);
      expect(sorted(shadowed.reached), 'the massage outcome never wins').to.deep.equal([0, 2]);
    });

  it('checks a 200-question flow completely, and finds its one dead item', () => {
    const flow = asFlow(clinicFlow(200));
    const found = findReachable(flow);
    expect(found.complete).to.equal(true);
    expect(found.asked.size).to.equal(200);
    expect(found.reached.size).to.equal(flow.outcomes.length);
    const dead = findReachable(asFlow(clinicFlow(200, { dead: true })));
    expect(dead.complete).to.equal(true);
    expect(dead.asked.size).to.equal(199);
    expect(dead.asked.has(199)).to.equal(false);
  });

  it('follows a chain of 300 enableWhen, each on the one before', () => {
    const found = findReachable(asFlow(enableWhenChain(300)));
    expect(found.complete).to.equal(true);
    expect(found.asked.size).to.equal(300);
    expect(sorted(found.reached)).to.deep.equal([0, 1]);
  });

  it('says it is incomplete when it runs out of budget, and claims only what it found', () => {
    const flow = asFlow(explodingFlow());
    const found = findReachable(flow);
    expect(found.complete).to.equal(false);
    expect(found.reached.has(0), 'the shadowed outcome').to.equal(false);
    const small = findReachable(asFlow(clinicFlow(200)), 500);
    expect(small.complete).to.equal(false);
    expect(small.steps).to.be.greaterThan(500);
  });

  describe('properties (fast-check)', () => {
    it('agrees with trying every answer on small random flows', function () {
      this.timeout(60_000);
      let compared = 0;
      fc.assert(
        fc.property(flowPlanArb, (plan) => {
          const flow = buildFlow(plan);
          const expected = bruteForce(flow);
          if (!expected) return;
          compared++;
          const found = findReachable(flow);
          expect(found.complete).to.equal(true);
          expect({ asked: sorted(found.asked), reached: sorted(found.reached) }).to.deep.equal(
            expected,
          );
        }),
        { numRuns: 1000 },
      );
      expect(compared, 'most flows were small enough to compare').to.be.greaterThan(900);
    });

    it('with any budget, claims nothing that cannot happen, and is exact when complete', function () {
      this.timeout(60_000);
      let incomplete = 0;
      fc.assert(
        fc.property(flowPlanArb, fc.integer({ min: 0, max: 400 }), (plan, budget) => {
          const flow = buildFlow(plan);
          const expected = bruteForce(flow);
          if (!expected) return;
          const found = findReachable(flow, budget);
          if (!found.complete) incomplete++;
          const asked = sorted(found.asked);
          const reached = sorted(found.reached);
          expect(asked.every((index) => expected.asked.includes(index))).to.equal(true);
          expect(reached.every((index) => expected.reached.includes(index))).to.equal(true);
          if (found.complete) expect({ asked, reached }).to.deep.equal(expected);
        }),
        { numRuns: 500 },
      );
      expect(incomplete, 'some budgets ran out').to.be.greaterThan(0);
    });
  });
});
