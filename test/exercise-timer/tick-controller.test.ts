import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { TimerTicker } from '../../src/exercise-timer/tick-controller.js';
import {
  IDLE,
  pause,
  start,
  timerState,
  type Run,
  type TimerState,
} from '../../src/exercise-timer/timer-machine.js';
import { fakeAdapters, type FakeAdapters, setVisibility } from './fake-adapters.js';
import { BACK, SECOND } from './fixtures.js';

/** A host with a run of back-basics: it shows the state at the fake clock's time. */
class TickHost extends ReactiveElement {
  fake: FakeAdapters = fakeAdapters();
  run: Run = IDLE;
  state?: TimerState | undefined;
  ticks = 0;
  readonly ticker = new TimerTicker(this, () => this.fake, {
    state: () => this.state,
    tick: () => {
      this.ticks++;
      this.requestUpdate();
    },
  });

  protected override willUpdate(): void {
    this.state = timerState(BACK, this.run, this.fake.clock.now());
  }

  /** Changes the run, as a command does, and waits for the update. */
  async command(change: (run: Run, now: number) => Run): Promise<void> {
    this.run = change(this.run, this.fake.clock.now());
    this.requestUpdate();
    await this.updateComplete;
  }
}
customElements.define('tick-host', TickHost);

const startRun = (run: Run, now: number) => start(BACK, run, now);
const pauseRun = (run: Run, now: number) => pause(BACK, run, now);

afterEach(() => {
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('TimerTicker', () => {
  let host: TickHost;
  beforeEach(async () => {
    host = await fixture<TickHost>(html`<tick-host></tick-host>`);
  });

  it('does nothing while idle: no wake, no lock', () => {
    expect(host.fake.clock.pending()).to.equal(0);
    expect(host.fake.wakeLock.requests).to.equal(0);
    expect(host.ticks).to.equal(0);
  });

  it('while running, wakes once, when the shown seconds change, and holds the screen on', async () => {
    await host.command(startRun);
    expect(host.fake.clock.pending()).to.equal(1);
    expect(host.fake.wakeLock.held).to.equal(true);

    await host.fake.clock.advance(SECOND - 1);
    expect(host.ticks, 'not before the second turns').to.equal(0);
    await host.fake.clock.advance(1, () => host.updateComplete);
    expect(host.ticks).to.equal(1);
    expect(host.fake.clock.pending(), 'and plans the next one').to.equal(1);

    await host.fake.clock.advance(10 * SECOND, () => host.updateComplete);
    expect(host.ticks, 'one a second, never more').to.equal(11);
  });

  it('wakes early for a display that turns sooner than a second', async () => {
    await host.command(startRun);
    host.fake.clock.jump(300);
    await host.command((run) => run);
    await host.fake.clock.advance(699);
    expect(host.ticks).to.equal(0);
    await host.fake.clock.advance(1);
    expect(host.ticks).to.equal(1);
  });

  it('stops and lets the screen go when paused', async () => {
    await host.command(startRun);
    await host.command(pauseRun);
    expect(host.fake.clock.pending()).to.equal(0);
    expect(host.fake.wakeLock.held).to.equal(false);
  });

  it('reads the clock when the page is visible again, and asks for the lock only then', async () => {
    await host.command(startRun);
    setVisibility('hidden');
    host.fake.wakeLock.drop();
    await host.fake.clock.advance(3 * SECOND, () => host.updateComplete);
    expect(host.fake.wakeLock.held, 'not asked for while hidden').to.equal(false);
    const ticks = host.ticks;

    setVisibility('visible');
    expect(host.ticks, 'read at once').to.equal(ticks + 1);
    await host.updateComplete;
    expect(host.fake.wakeLock.held).to.equal(true);
  });

  it('a page hidden again reads nothing', async () => {
    await host.command(startRun);
    setVisibility('hidden');
    expect(host.ticks).to.equal(0);
  });

  it('leaving the page stops it all; a visible page does not wake it', async () => {
    await host.command(startRun);
    host.remove();
    expect(host.fake.clock.pending()).to.equal(0);
    expect(host.fake.wakeLock.held).to.equal(false);
    setVisibility('visible');
    expect(host.ticks).to.equal(0);
  });

  it('moved in the page, plans again', async () => {
    await host.command(startRun);
    const elsewhere = document.createElement('div');
    host.parentElement!.after(elsewhere);
    elsewhere.append(host);
    await host.updateComplete;
    expect(host.ticks).to.equal(1);
    expect(host.fake.clock.pending()).to.equal(1);
    expect(host.fake.wakeLock.held).to.equal(true);
    elsewhere.remove();
  });

  it('constructed, does no browser work until connected and updated', () => {
    const lone = document.createElement('tick-host') as TickHost;
    const ticker = lone.ticker;
    expect(ticker).to.be.instanceOf(TimerTicker);
    expect(lone.fake.clock.pending()).to.equal(0);
    setVisibility('visible');
    expect(lone.ticks, 'not listening before it is connected').to.equal(0);
  });
});
