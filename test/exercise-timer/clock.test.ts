// The timer's wall clock, and the probe the adapter tests rely on.
import { expect } from '@open-wc/testing';
import { systemClock } from '../../src/exercise-timer/clock.js';
import { wait, unhandledRejections } from './adapter-probes.js';

// Clock -------------------------------------------------------------------------------------

describe('systemClock', () => {
  it('reads wall-clock time', () => {
    const before = Date.now();
    const now = systemClock.now();
    const after = Date.now();
    expect(now).to.be.within(before, after);
  });

  it('setTimeout calls back once, not before the delay', async () => {
    const started = Date.now();
    let calls = 0;
    let at = 0;
    systemClock.setTimeout(() => {
      calls++;
      at = Date.now();
    }, 20);
    await wait(5);
    expect(calls).to.equal(0);
    await wait(100);
    expect(calls).to.equal(1);
    // Date.now counts whole ms: allow 1 ms of rounding.
    expect(at - started).to.be.at.least(19);
  });

  it('clearTimeout cancels a pending callback', async () => {
    let cancelled = 0;
    let kept = 0;
    const handle = systemClock.setTimeout(() => cancelled++, 10);
    systemClock.setTimeout(() => kept++, 10);
    systemClock.clearTimeout(handle);
    await wait(60);
    expect(cancelled).to.equal(0);
    expect(kept).to.equal(1);
    expect(() => systemClock.clearTimeout(undefined)).not.to.throw();
  });
});

// The probe the rejection checks above rely on must itself see a forgotten rejection.
describe('unhandledRejections (test helper)', () => {
  it('sees a rejection nobody handles', async () => {
    const seen = await unhandledRejections(() => {
      void Promise.reject(new Error('forgotten'));
    });
    expect(seen).to.have.length(1);
  });
});
