import { expect } from '@open-wc/testing';
import { adaptersFrom, type TimerAdapters } from '../../src/exercise-timer/timer-adapters.js';
import { systemClock } from '../../src/exercise-timer/clock.js';
import { FakeClock, FakeSound } from './fake-adapters.js';

describe('adaptersFrom', () => {
  it("fills in what is not given with the browser's own services", () => {
    const clock = new FakeClock();
    const sound = new FakeSound(clock);
    const use = adaptersFrom(() => ({ clock, sound }));
    const services = use();
    expect(services.clock).to.equal(clock);
    expect(services.sound).to.equal(sound);
    expect(services.voice.speak).to.be.a('function');
    expect(services.wakeLock.request).to.be.a('function');
  });

  it('reads the given services each time, so a page may change them', () => {
    let given: Partial<TimerAdapters> = {};
    const use = adaptersFrom(() => given);
    expect(use().clock).to.equal(systemClock);
    const clock = new FakeClock();
    given = { clock };
    expect(use().clock).to.equal(clock);
    given = { clock: undefined };
    expect(use().clock, 'unset again: the system clock').to.equal(systemClock);
  });

  it("makes the browser's services once per timer, so each closes only its own audio", () => {
    const first = adaptersFrom(() => ({}));
    const second = adaptersFrom(() => ({}));
    expect(first().sound).to.equal(first().sound);
    expect(first().sound).to.not.equal(second().sound);
  });
});
