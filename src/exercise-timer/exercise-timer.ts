import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VERSION } from '../shared/version.js';
import { baseStyles } from '../shared/styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { readJsonChild } from '../shared/json-config.js';
import { listInMessage, reportJsonProblems, reportOnce } from '../shared/log.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import { updateAfterChecks } from '../shared/update-after-checks.js';
import { headingLevel } from '../shared/heading-level.js';
import {
  ExerciseChangeEvent,
  ExerciseCompleteEvent,
  ExercisePauseEvent,
  ExerciseStartEvent,
} from '../shared/events.js';
import { MAX_EXERCISES, type Routine } from './routine-types.js';
import { pickExercises } from './exercise-subset.js';
import { findExercise, findRoutine, ROUTINES } from './built-in-exercises.js';
import { buildSchedule, type Schedule } from './schedule.js';
import * as machine from './timer-machine.js';
import { IDLE, timerState, type Run, type TimerState } from './timer-machine.js';
import { restoreRun, saveRun, savedRunKey } from './saved-run.js';
import { cueFor, seen, type Seen } from './cue-plan.js';
import { closingText, keyHint, phaseAnnouncement } from './timer-text.js';
import { focusAfter, keyAction } from './timer-keys.js';
import {
  FOCUS_TARGETS,
  controlsView,
  doneView,
  focusSpot,
  headingView,
  overviewView,
  stageView,
} from './timer-view.js';
import { systemClock, type Clock } from './clock.js';
import { webAudioSound, type Sound } from './sound.js';
import { speechVoice, type Voice } from './voice.js';
import { screenWakeLock, type ScreenLock } from './wake-lock.js';
import { exerciseTimerStyles } from './exercise-timer.styles.js';

/** The browser services the timer uses, each replaceable (tests pass fakes). */
export interface TimerAdapters {
  readonly clock: Clock;
  readonly sound: Sound;
  readonly voice: Voice;
  readonly wakeLock: ScreenLock;
}

/**
 * A guided timer for a routine of home exercises: it shows each exercise's steps and
 * breathing, counts down every phase (get ready, move, hold, switch sides, rest) with the
 * rep and side, and says what comes next. Time comes from the clock, not from counting
 * ticks, so it never drifts and a phone that slept shows exactly where the routine is.
 *
 * Once started, the left and right arrows move between exercises wherever focus is inside;
 * Space pauses and resumes on the timer itself (on a button or checkbox it presses that).
 * A held Space or Enter acts once, and focus never stays on a button whose meaning changed
 * under it (at the end it moves to the closing message). Beeps and spoken cues are off
 * until the visitor turns them on. The screen stays on while it runs (where the browser
 * allows). With `persist`, a reload resumes the routine; otherwise nothing is stored.
 *
 * A clinic can give its own routine as an inline JSON child or the `routine` property;
 * exercises may be built-in ids, built-in ones with changed doses, or new ones.
 *
 * @summary A guided home-exercise timer with reps, holds, sides, rest and cues that never drifts.
 *
 * @csspart heading - The routine's name.
 * @csspart overview - The list of exercises shown before the start.
 * @csspart progress - The routine's progress bar and its text.
 * @csspart exercise - The current exercise's name.
 * @csspart phase - The phase's name (Get ready, Move, Hold, Switch sides, Rest).
 * @csspart ring - The countdown ring.
 * @csspart countdown - The seconds left in the phase.
 * @csspart rep - "Rep 3 of 10, left side".
 * @csspart steps - The exercise's steps.
 * @csspart breathing - The breathing cue.
 * @csspart next - What comes next.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart primary - Start, Pause, Resume, Start again.
 * @csspart cues - The sound and voice switches.
 * @csspart done - The closing message.
 * @csspart message - The note shown when the routine could not be loaded.
 *
 * @cssprop [--knead-color-accent=#0b6b61] - Brand colour: the ring, buttons, progress.
 * @cssprop [--knead-timer-ring-size=11em] - The countdown ring's diameter.
 * @cssprop [--knead-timer-max-width=44em] - The widest the timer grows.
 *
 * @fires {ExerciseStartEvent} knead-exercise-start - The routine started from the top; detail: the routine id.
 * @fires {ExerciseChangeEvent} knead-exercise-change - Another exercise is current (also the first, at the start); detail: `{ id, index }`.
 * @fires {ExercisePauseEvent} knead-exercise-pause - The visitor paused; detail: the current exercise's `{ id, index }`.
 * @fires {ExerciseCompleteEvent} knead-exercise-complete - The routine is done; detail: `{ routine, durationSeconds }` (pauses excluded).
 */
export class KneadExerciseTimer extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, buttonStyles, exerciseTimerStyles];

  /** A built-in routine id (`back-basics`), or, as a property, a clinic's own routine object. */
  @property() routine: string | Routine = 'back-basics';

  /** Exercise ids to do, in this order (e.g. `bridge cat-cow`): from the routine, else built in. The timer is then named for them ("Bridge and Cat-cow"). */
  @property() exercises?: string;

  /** Remembers the run in this browser (localStorage), so a reload resumes it. */
  @property({ type: Boolean, reflect: true }) persist = false;

  /** The level of the routine's heading (1 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Colour scheme: `light`, `dark`, or `auto` (the visitor's setting). Unset: the page's. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Follows its clinic's `theme` when it has none of its own. */
  protected readonly clinicLink = new ClinicConsumer(this);

  /** Replaces browser services: `{ clock, sound, voice, wakeLock }` (tests, demos). */
  @property({ attribute: false }) adapters: Partial<TimerAdapters> = {};

  @state() private run: Run = IDLE;
  @state() private sound = false;
  @state() private voice = false;
  @state() private announcement = '';
  /** The moment the view shows; moved on by ticks. */
  @state() private now = 0;

  private schedule?: Schedule | undefined;
  private jsonRoutine?: unknown;
  private jsonBroken = false;
  /** A clinic's routine being checked (the validator loads for such routines only). */
  private checking?: Promise<void> | undefined;
  /** True until that check ends: the timer shows nothing rather than an error meanwhile. */
  private checkingRoutine = false;
  private level = 2;
  private view?: TimerState | undefined;
  private tick?: unknown;
  /** What cues and events last reported, to act on changes only. */
  private shown?: Seen | undefined;
  /** The exercise `knead-exercise-change` last named. */
  private reported?: number | undefined;
  private services?: TimerAdapters;
  /** Where `updated` moves focus: a control under it went away or changed meaning. */
  private focusTo?: keyof typeof FOCUS_TARGETS | undefined;

  /** Where the routine stands: `idle`, `running`, `paused` or `done`. */
  get status(): TimerState['status'] {
    return this.view?.status ?? 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    const json = readJsonChild(this);
    if (json.found && json.ok) this.jsonRoutine = json.value;
    else if (json.found) this.jsonBroken = true;
    if (this.hasUpdated) this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stopTick();
    const { wakeLock, voice, sound } = this.use();
    wakeLock.release();
    voice.cancel();
    sound.close();
  }

  /** Starts from the top (or resumes when paused). */
  start(): void {
    this.unlockCues();
    this.apply(machine.start);
  }

  pause(): void {
    this.apply(machine.pause);
  }

  resume(): void {
    this.unlockCues();
    this.apply(machine.resume);
  }

  /** Pauses when running; otherwise starts or resumes. */
  togglePause(): void {
    this.unlockCues();
    this.apply(machine.toggle);
  }

  /** To the next exercise. */
  skip(): void {
    this.apply(machine.skip);
  }

  /** To the start of this exercise, or near its start to the one before. */
  previous(): void {
    this.apply(machine.previous);
  }

  /** From the top, running. */
  restart(): void {
    this.unlockCues();
    this.apply(machine.restart);
  }

  /** The injected services, filled in with the browser's own. */
  private use(): TimerAdapters {
    const given = this.adapters;
    const services = (this.services ??= {
      clock: systemClock,
      sound: webAudioSound(),
      voice: speechVoice(),
      wakeLock: screenWakeLock(),
    });
    return {
      clock: given.clock ?? services.clock,
      sound: given.sound ?? services.sound,
      voice: given.voice ?? services.voice,
      wakeLock: given.wakeLock ?? services.wakeLock,
    };
  }

  private apply(transition: (schedule: Schedule, run: Run, now: number) => Run): void {
    if (!this.schedule) return;
    const now = this.use().clock.now();
    const before = timerState(this.schedule, this.run, now);
    this.run = transition(this.schedule, this.run, now);
    const after = timerState(this.schedule, this.run, now);
    const restarted =
      after.status === 'running' &&
      (transition === machine.restart || before.status === 'idle' || before.status === 'done');
    if (restarted) {
      this.shown = undefined;
      this.reported = undefined;
      this.dispatchEvent(new ExerciseStartEvent({ routine: this.schedule.routine.id }));
    }
    if (before.status === 'running' && after.status === 'paused') {
      this.announce('Paused.');
      this.dispatchEvent(new ExercisePauseEvent(this.exerciseDetail(after)));
    }
    this.save();
    this.now = now;
  }

  private exerciseDetail(view: TimerState) {
    const index = Math.min(view.exerciseIndex, this.schedule!.routine.exercises.length - 1);
    return { id: this.schedule!.routine.exercises[index]!.id, index };
  }

  /** Reads the clock: the view follows in the update this causes. */
  private refresh = (): void => {
    this.now = this.use().clock.now();
    // Update even when the clock reads the same millisecond: an element moved in the page
    // (disconnected and connected in one go) must plan its tick and wake lock again.
    this.requestUpdate();
  };

  /** Holds the screen on while running, and wakes when the shown seconds next change. */
  private plan(view: TimerState): void {
    this.stopTick();
    const { clock, wakeLock } = this.use();
    if (view.status !== 'running') {
      wakeLock.release();
      return;
    }
    if (document.visibilityState !== 'hidden') wakeLock.request();
    const untilChange = (left: number) => left % 1000 || 1000;
    const delay = Math.min(untilChange(view.phaseLeftMs), untilChange(view.routineLeftMs));
    this.tick = clock.setTimeout(this.refresh, delay);
  }

  private stopTick(): void {
    if (this.tick === undefined) return;
    this.use().clock.clearTimeout(this.tick);
    this.tick = undefined;
  }

  /** Events, announcements and cues for what changed since the last look. */
  private react(view: TimerState): void {
    const schedule = this.schedule!;
    const cue = cueFor(this.shown, view);
    this.shown = seen(view);
    if (view.status === 'done' && cue.announce) {
      this.clearSaved();
      this.dispatchEvent(
        new ExerciseCompleteEvent({
          routine: schedule.routine.id,
          durationSeconds: Math.round(view.activeMs / 1000),
        }),
      );
    }
    if (
      (view.status === 'running' || view.status === 'paused') &&
      this.reported !== view.exerciseIndex
    ) {
      // Also while paused: skipping to another exercise changes it.
      this.reported = view.exerciseIndex;
      this.dispatchEvent(new ExerciseChangeEvent(this.exerciseDetail(view)));
    }
    if (cue.announce)
      this.announce(
        view.status === 'done'
          ? closingText(view.activeMs)
          : phaseAnnouncement(schedule, view.phase),
      );
    if (cue.beep && this.sound) this.use().sound.beep(cue.beep);
  }

  /** Puts a sentence in the live region and, when chosen, says it. */
  private announce(text: string): void {
    this.announcement = text;
    if (this.voice) this.use().voice.speak(text, this.pageLanguage());
  }
  /** The language the page gives this timer, for the voice (empty: the browser's). */
  private pageLanguage(): string {
    return this.closest('[lang]')?.getAttribute('lang') ?? '';
  }

  /** Audio may start only inside the visitor's tap (iOS): every control calls this first. */
  private unlockCues(): void {
    if (this.sound) this.use().sound.unlock();
  }

  private onVisibilityChange = (): void => {
    // Hidden tabs get few timer callbacks; on return, show the exact state at once.
    if (document.visibilityState === 'visible') this.refresh();
  };

  private onKeyDown(event: KeyboardEvent): void {
    if (!this.schedule || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    const on =
      target instanceof HTMLButtonElement
        ? 'button'
        : target instanceof HTMLInputElement
          ? 'checkbox'
          : 'timer';
    const action = keyAction({ key: event.key, repeat: event.repeat, on }, this.status);
    if (!action) return;
    event.preventDefault();
    if (action === 'toggle') this.togglePause();
    else if (action === 'skip') this.skip();
    else if (action === 'previous') this.previous();
  }

  private onCueChange(kind: 'sound' | 'voice', event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this[kind] = on;
    const { sound, voice } = this.use();
    if (kind === 'sound' && on) {
      sound.unlock();
      sound.beep('count');
    }
    if (kind === 'voice') {
      // Speaking inside the tap lets iOS speak later cues too.
      if (on) voice.speak('Spoken cues on.', this.pageLanguage());
      else voice.cancel();
    }
    this.save();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const was = focusSpot(this.shadowRoot?.activeElement);
    if (!this.hasUpdated) this.now = this.use().clock.now();
    if (!this.hasUpdated || changed.has('routine') || changed.has('exercises')) this.load();
    this.level = headingLevel(this, this.headingLevel, 2);
    this.view = this.schedule ? timerState(this.schedule, this.run, this.now) : undefined;
    // Before `react` notes this look: focus follows the change since the last one.
    this.focusTo = this.view && focusAfter(was, this.shown?.status, this.view.status);
    // Events and cues here, before render: the announcement joins this same update.
    if (this.view) this.react(this.view);
  }

  protected override updated(): void {
    if (this.view && this.isConnected) this.plan(this.view);
    // A focused button this update hid would drop focus to the page, and one that now means
    // something else (Pause become Start again) would do that on the next key press.
    const target = this.focusTo;
    this.focusTo = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(FOCUS_TARGETS[target])?.focus();
  }

  /** The routine to run, from the JSON child, the property or a built-in id. */
  private load(): void {
    if (this.schedule) {
      // A different routine starts afresh.
      this.stopTick();
      this.run = IDLE;
      this.shown = undefined;
      this.reported = undefined;
    }
    this.schedule = undefined;
    this.checking = undefined;
    this.checkingRoutine = false;
    if (this.jsonBroken) return;
    const given = this.jsonRoutine ?? (typeof this.routine === 'string' ? undefined : this.routine);
    if (given !== undefined) {
      this.checkingRoutine = true;
      this.checking = this.check(given);
      return;
    }
    const id = String(this.routine);
    const routine = findRoutine(id);
    if (!routine)
      reportOnce(this, 'routine', id, `unknown routine; use ${Object.keys(ROUTINES).join(', ')}`);
    this.adopt(routine);
  }

  /** Checks a clinic's routine; a newer one given meanwhile wins. */
  private async check(given: unknown): Promise<void> {
    const { parseRoutine } = await import('./routine-validation.js');
    if (given !== (this.jsonRoutine ?? this.routine)) return;
    const parsed = parseRoutine(given, findExercise);
    reportJsonProblems(this, parsed.problems);
    this.adopt(parsed.ok ? parsed.routine : undefined);
    this.checkingRoutine = false;
    this.requestUpdate();
  }

  /** Lays out the routine (or the chosen exercises of it) and picks up a remembered run. */
  private adopt(routine: Routine | undefined): void {
    const picked = this.pickExercises(routine);
    this.schedule = picked ? buildSchedule(picked) : undefined;
    this.restore();
  }

  /** Also waits for a clinic's routine to be checked, so `await el.updateComplete` sees it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateAfterChecks(
      () => this.checking,
      () => super.getUpdateComplete(),
    );
  }

  /** The `exercises` subset, in its order; unknown ids and any over the bound are reported. */
  private pickExercises(routine: Routine | undefined): Routine | undefined {
    if (!routine) return routine;
    const subset = pickExercises(routine, this.exercises, findExercise);
    if (subset.unknown.length)
      reportOnce(
        this,
        'exercises',
        listInMessage(subset.unknown),
        'unknown exercise ids (left out)',
      );
    if (subset.overLimit)
      reportOnce(
        this,
        'exercises',
        `${subset.overLimit} more`,
        `at most ${MAX_EXERCISES} exercises; the rest were left out`,
      );
    return subset.routine;
  }

  private restore(): void {
    if (!this.persist || !this.schedule) return;
    const saved = restoreRun(this.schedule, this.storage('get'), this.use().clock.now());
    if (!saved) return;
    this.run = saved.run;
    this.sound = saved.cues.sound;
    this.voice = saved.cues.voice;
  }

  private save(): void {
    if (!this.persist || !this.schedule) return;
    const now = this.use().clock.now();
    const view = timerState(this.schedule, this.run, now);
    if (view.status === 'idle' || view.status === 'done') this.clearSaved();
    else
      this.storage(
        'set',
        saveRun(this.schedule, { run: this.run, cues: { sound: this.sound, voice: this.voice } }),
      );
  }

  private clearSaved(): void {
    if (this.persist) this.storage('remove');
  }

  /** localStorage, which may be missing or refuse (private modes, full quota): never throws. */
  private storage(action: 'get' | 'set' | 'remove', value = ''): string | null {
    if (!this.schedule) return null;
    const key = savedRunKey(this.schedule);
    try {
      if (action === 'get') return localStorage.getItem(key);
      if (action === 'set') localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    } catch {
      // Without storage the timer still works; it just will not resume after a reload.
    }
    return null;
  }

  protected override render() {
    const schedule = this.schedule;
    const view = this.view;
    if (this.checkingRoutine) return nothing;
    if (!schedule || !view)
      return html`<p part="message" role="alert">
        This exercise routine could not be loaded. Please let the clinic know.
      </p>`;
    const { routine } = schedule;
    return html`
      <section
        class="timer"
        aria-labelledby="title"
        aria-describedby="keys"
        tabindex="-1"
        @keydown=${this.onKeyDown}
      >
        ${headingView(this.level, 'title', 'heading', routine.name)}
        <p id="keys" class="visually-hidden">${keyHint(view.status)}</p>
        ${
          view.status === 'idle'
            ? overviewView(schedule)
            : view.status === 'done'
              ? doneView(view)
              : stageView(schedule, view, this.level)
        }
        ${controlsView(view, this)}
        <fieldset part="cues" class="cues">
          <legend class="visually-hidden">Cues</legend>
          <label
            ><input
              type="checkbox"
              .checked=${this.sound}
              @change=${(event: Event) => this.onCueChange('sound', event)}
            />
            Beeps</label
          >
          <label
            ><input
              type="checkbox"
              .checked=${this.voice}
              @change=${(event: Event) => this.onCueChange('voice', event)}
            />
            Spoken cues</label
          >
        </fieldset>
        <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      </section>
    `;
  }
}
