import { expect } from '@open-wc/testing';
import { SavedRunStorage } from '../../src/exercise-timer/saved-run-storage.js';
import { savedRunKey, type SavedRun } from '../../src/exercise-timer/saved-run.js';
import { IDLE, start, type Run } from '../../src/exercise-timer/timer-machine.js';
import { BACK, MINUTE, T0 } from './fixtures.js';

const KEY = savedRunKey(BACK);
const RUNNING: Run = start(BACK, IDLE, T0);
const SAVED: SavedRun = { run: RUNNING, cues: { sound: true, voice: false } };

const METHODS = ['getItem', 'setItem', 'removeItem'] as const;

/** Replaces the Storage methods while `run` runs, with `replace(name, original)`. */
function withStorage(
  replace: (name: (typeof METHODS)[number], original: (...args: never[]) => unknown) => unknown,
  run: () => void,
): void {
  const originals = Object.fromEntries(METHODS.map((name) => [name, Storage.prototype[name]]));
  for (const name of METHODS)
    Storage.prototype[name] = replace(name, originals[name] as never) as never;
  try {
    run();
  } finally {
    Object.assign(Storage.prototype, originals);
  }
}

afterEach(() => localStorage.clear());

describe('SavedRunStorage', () => {
  it('with persist, keeps a started run and gives it back after a reload', () => {
    const timer = { persist: true };
    new SavedRunStorage(timer).save(BACK, SAVED, T0 + MINUTE);
    expect(localStorage.getItem(KEY)).to.be.a('string');
    expect(new SavedRunStorage(timer).restore(BACK, T0 + 2 * MINUTE)).to.deep.equal(SAVED);
  });

  it('forgets a run not started, or done by now, and on clear', () => {
    const storage = new SavedRunStorage({ persist: true });
    storage.save(BACK, SAVED, T0);
    storage.save(BACK, { ...SAVED, run: IDLE }, T0);
    expect(localStorage.getItem(KEY), 'not started').to.equal(null);

    storage.save(BACK, SAVED, T0);
    storage.save(BACK, SAVED, T0 + BACK.totalMs);
    expect(localStorage.getItem(KEY), 'done').to.equal(null);

    storage.save(BACK, SAVED, T0);
    storage.clear(BACK);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('follows persist as it is now', () => {
    const timer = { persist: false };
    const storage = new SavedRunStorage(timer);
    storage.save(BACK, SAVED, T0);
    expect(localStorage.getItem(KEY)).to.equal(null);
    timer.persist = true;
    storage.save(BACK, SAVED, T0);
    expect(storage.restore(BACK, T0)).to.deep.equal(SAVED);
  });

  it('without persist, never touches storage', () => {
    const calls: string[] = [];
    withStorage(
      (name, original) =>
        function (this: Storage, ...args: never[]) {
          calls.push(name);
          return original.apply(this, args);
        },
      () => {
        const storage = new SavedRunStorage({ persist: false });
        storage.save(BACK, SAVED, T0);
        storage.save(BACK, { ...SAVED, run: IDLE }, T0);
        storage.clear(BACK);
        expect(storage.restore(BACK, T0)).to.equal(undefined);
      },
    );
    expect(calls).to.deep.equal([]);
  });

  it('never throws when storage refuses, and has nothing to resume', () => {
    withStorage(
      () => () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      () => {
        const storage = new SavedRunStorage({ persist: true });
        expect(() => storage.save(BACK, SAVED, T0)).not.to.throw();
        expect(() => storage.clear(BACK)).not.to.throw();
        expect(storage.restore(BACK, T0)).to.equal(undefined);
      },
    );
  });
});
