import { expect } from '@open-wc/testing';
import { updateAfterChecks } from '../../src/shared/update-after-checks.js';

/** A promise with its resolve, to finish a check when the test says so. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('updateAfterChecks', () => {
  it('without a check, is the element’s own update', async () => {
    let updates = 0;
    const result = await updateAfterChecks(
      () => undefined,
      async () => (++updates, true),
    );
    expect(result).to.equal(true);
    expect(updates).to.equal(1);
  });

  it('waits for the check in progress, then for the update it asked for', async () => {
    const check = deferred();
    const log: string[] = [];
    const waiting = updateAfterChecks(
      () => check.promise,
      async () => (log.push('update'), log.length > 1),
    );
    await Promise.resolve();
    log.push('check done');
    check.resolve();
    expect(await waiting).to.equal(true);
    expect(log).to.deep.equal(['update', 'check done', 'update']);
  });

  it('also waits for a check that starts while it waits', async () => {
    const first = deferred();
    const second = deferred();
    let current = first.promise;
    const log: string[] = [];
    const waiting = updateAfterChecks(
      () => current,
      async () => (log.push('update'), true),
    );
    await Promise.resolve();
    current = second.promise; // a newer input replaced the first
    first.resolve();
    await new Promise((done) => setTimeout(done));
    log.push('second done');
    second.resolve();
    await waiting;
    expect(log).to.deep.equal(['update', 'update', 'second done', 'update']);
  });

  it('a finished check still reported as in progress is awaited once, not forever', async () => {
    const done = Promise.resolve();
    let updates = 0;
    await updateAfterChecks(
      () => done,
      async () => (++updates, true),
    );
    expect(updates).to.equal(2);
  });
});

describe('updateAfterChecks with several checks', () => {
  it('waits for each of them, including one that starts after the first update', async () => {
    const validator = deferred();
    const table = deferred();
    let checks: (Promise<void> | undefined)[] = [validator.promise, undefined];
    const log: string[] = [];
    const waiting = updateAfterChecks(
      () => checks,
      async () => (log.push('update'), true),
    );
    await Promise.resolve();
    checks = [validator.promise, table.promise]; // the first update asked for a table
    validator.resolve();
    await new Promise((done) => setTimeout(done));
    log.push('table loaded');
    table.resolve();
    await waiting;
    expect(log).to.deep.equal(['update', 'update', 'table loaded', 'update']);
  });

  it('awaits each finished check once, not forever', async () => {
    const done = [Promise.resolve(), Promise.resolve()];
    let updates = 0;
    await updateAfterChecks(
      () => done,
      async () => (++updates, true),
    );
    expect(updates).to.equal(3);
  });
});
