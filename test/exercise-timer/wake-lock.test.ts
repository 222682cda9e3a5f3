// The timer's Screen Wake Lock, driven through a fake navigator.wakeLock: no real lock.
import { expect } from '@open-wc/testing';
import { screenWakeLock } from '../../src/exercise-timer/wake-lock.js';
import { settle, Deferred, deferred, unhandledRejections, withProperty } from './adapter-probes.js';

// Wake lock ---------------------------------------------------------------------------------

class FakeSentinel {
  released = false;
  releases = 0;
  constructor(private readonly rejectRelease = false) {}
  release(): Promise<void> {
    this.releases++;
    this.released = true;
    return this.rejectRelease
      ? Promise.reject(new DOMException('gone', 'InvalidStateError'))
      : Promise.resolve();
  }
}

/** A fake `navigator.wakeLock`: each request waits until the test grants or refuses it. */
function fakeWakeLock() {
  const requests: Array<{ type: string } & Deferred<FakeSentinel>> = [];
  const wakeLock = {
    request(type: string) {
      const pending = deferred<FakeSentinel>();
      requests.push({ type, ...pending });
      return pending.promise;
    },
  };
  return { wakeLock: wakeLock as unknown as WakeLock, requests };
}

/**
 * A screen lock over a fake `navigator.wakeLock`; `grant(n)` grants its nth request with a
 * new sentinel (whose release rejects when `rejectRelease`) and lets it arrive.
 */
function lockOverFake() {
  const fake = fakeWakeLock();
  const lock = screenWakeLock(fake.wakeLock);
  const grant = async (index = 0, rejectRelease = false) => {
    const sentinel = new FakeSentinel(rejectRelease);
    fake.requests[index]!.resolve(sentinel);
    await settle();
    return sentinel;
  };
  return { fake, lock, grant };
}

describe('screenWakeLock', () => {
  it("asks once for the 'screen' lock, even when asked twice while pending", async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    lock.request();
    expect(fake.requests.map((r) => r.type)).to.deep.equal(['screen']);
    // Once held, the timer's every-second request asks nothing more.
    const sentinel = await grant();
    lock.request();
    expect(fake.requests).to.have.length(1);
    expect(sentinel.releases).to.equal(0);
  });

  it('release gives back the held lock, and a later request asks again', async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    const sentinel = await grant();
    lock.release();
    expect(sentinel.releases).to.equal(1);
    lock.release();
    expect(sentinel.releases).to.equal(1);
    lock.request();
    expect(fake.requests).to.have.length(2);
  });

  it('release while the request is pending releases the lock when it arrives', async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    lock.release();
    const sentinel = await grant();
    expect(sentinel.releases).to.equal(1);
    // Not kept either: a new request really asks again.
    lock.request();
    expect(fake.requests).to.have.length(2);
  });

  it('release then request while pending keeps the lock when it arrives', async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    lock.release();
    lock.request();
    expect(fake.requests).to.have.length(1);
    const sentinel = await grant();
    expect(sentinel.releases).to.equal(0);
    lock.release();
    expect(sentinel.releases).to.equal(1);
  });

  it('a late lock given back is not an unhandled rejection when release rejects', async () => {
    const { lock, grant } = lockOverFake();
    lock.request();
    lock.release();
    let late: FakeSentinel | undefined;
    const rejections = await unhandledRejections(async () => {
      late = await grant(0, true);
      // The same on the ordinary path.
      lock.request();
      const held = await grant(1, true);
      lock.release();
      expect(held.releases).to.equal(1);
    });
    expect(late?.releases).to.equal(1);
    expect(rejections).to.deep.equal([]);
  });

  it('asks again after the browser released the lock (page hidden)', async () => {
    const { fake, lock, grant } = lockOverFake();
    lock.request();
    const sentinel = await grant();
    lock.request();
    expect(fake.requests).to.have.length(1);
    sentinel.released = true; // what the browser does when the page is hidden
    lock.request();
    expect(fake.requests).to.have.length(2);
    const again = await grant(1);
    lock.release();
    expect(again.releases).to.equal(1);
  });

  it('a refused request throws nothing and a later request asks again', async () => {
    const { fake, lock } = lockOverFake();
    const rejections = await unhandledRejections(async () => {
      lock.request();
      fake.requests[0]!.reject(new DOMException('Battery saver', 'NotAllowedError'));
      await settle();
    });
    expect(rejections).to.deep.equal([]);
    lock.request();
    expect(fake.requests).to.have.length(2);
    expect(() => lock.release()).not.to.throw();
  });

  it('uses navigator.wakeLock by default', async () => {
    const fake = fakeWakeLock();
    const lock = await withProperty(navigator, 'wakeLock', fake.wakeLock, () => screenWakeLock());
    lock.request();
    expect(fake.requests).to.have.length(1);
  });

  it('does nothing, and throws nothing, without the API', async () => {
    const lock = await withProperty(navigator, 'wakeLock', undefined, () => screenWakeLock());
    expect(() => {
      lock.request();
      lock.request();
      lock.release();
    }).not.to.throw();
  });
});
