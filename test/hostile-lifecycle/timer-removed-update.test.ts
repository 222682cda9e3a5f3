import { expect } from '@open-wc/testing';
import { fakeAdapters, type FakeAdapters } from '../exercise-timer/fake-adapters.js';
import { SECOND } from '../exercise-timer/fixtures.js';
import { checkbox, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { clearPage, holder, problemsDuring, slowPicturesTimer, wait } from './support.js';

/**
 * A visitor on a slow connection starts a timer with spoken cues, then leaves the view (the
 * app removes the timer) before its pictures have arrived. When they do, the removed timer
 * must not speak, beep or fire events for a routine nobody sees; put back later, it says
 * where the routine is, once.
 */

const EVENTS = ['knead-exercise-change', 'knead-exercise-complete', 'knead-exercise-pause'];

/** Every timer event `el` fires from now on, by type. */
function eventsOf(el: Element): string[] {
  const heard: string[] = [];
  for (const type of EVENTS) el.addEventListener(type, () => heard.push(type));
  return heard;
}

describe('hostile SPA: a timer removed while its pictures load', () => {
  let fake: FakeAdapters;
  beforeEach(() => (fake = fakeAdapters()));
  afterEach(clearPage);

  it('says, beeps and fires nothing when they arrive; put back, it says where the routine is, once', async () => {
    const chunk = slowPicturesTimer();
    const el: Timer = chunk.el;
    let events!: string[];
    const problems = await problemsDuring(async () => {
      el.adapters = fake;
      holder().append(el);
      await wait(30);
      checkbox(el, 'Beeps')!.click();
      checkbox(el, 'Spoken cues')!.click();
      el.start();
      await wait(0);
      expect(timerScreen(el).phase).to.equal('Get ready');
      events = eventsOf(el);
      const said = fake.voice.texts.length;
      const beeps = fake.sound.beeps.length;

      el.remove();
      fake.clock.jump(30 * SECOND); // well into the first exercise's reps
      await chunk.arrive();
      await wait(50);
      expect(fake.voice.texts.slice(said), 'nothing said by a removed timer').to.deep.equal([]);
      expect(fake.sound.beeps.length, 'no beep').to.equal(beeps);
      expect(events, 'no event').to.deep.equal([]);
      expect(fake.clock.pending(), 'no tick planned').to.equal(0);
    });
    expect(problems).to.deep.equal([]);

    const said = fake.voice.texts.length;
    holder().append(el);
    await el.updateComplete;
    const screen = timerScreen(el);
    expect(screen.phase).not.to.equal('Get ready');
    expect(fake.voice.texts.slice(said), 'where the routine is, said once').to.deep.equal([
      screen.announcement,
    ]);
    expect(fake.clock.pending(), 'ticking again').to.equal(1);
  });
});
