import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../shared/styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import { FocusAfterUpdate } from '../shared/focus-after-update.js';
import { updateAfterChecks } from '../shared/update-after-checks.js';
import { LanguageController } from '../shared/language-controller.js';
import { fireTimerEvent } from './exercise-events.js';
import type { Routine } from './routine-types.js';
import { routineSource } from './routine-source.js';
import { RoutineLayout } from './routine-layout.js';
import * as machine from './timer-machine.js';
import { IDLE, timerState, type Run, type TimerState } from './timer-machine.js';
import { commandEvent, lookEvent } from './timer-events.js';
import { cueFor, seen, type Seen } from './cue-plan.js';
import { announcementFor } from './timer-text.js';
import { focusAfter, type FocusSpot } from './timer-keys.js';
import * as views from './timer-view.js';
import { TimerCommands, type TimerMove } from './timer-commands.js';
import { FOCUS_TARGETS, focusSpot, keyListener } from './key-commands.js';
import { PictureController } from './picture-controller.js';
import { CLOSING_DEFAULT, ClosingTips } from './closing-tips.js';
import { adaptersFrom, type TimerAdapters } from './timer-adapters.js';
import { TimerTicker } from './tick-controller.js';
import { CueController } from './cue-controller.js';
import { SavedRunStorage } from './saved-run-storage.js';
import { TIMER_LANGUAGES } from './languages/index.js';
import { timerWords, type TimerWords } from './timer-words.js';
import { exerciseTimerStyles } from './exercise-timer.styles.js';

export type { TimerAdapters } from './timer-adapters.js';

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
 * It speaks the page's language (English, French or Spanish; see `lang`), aloud too.
 *
 * A clinic can give its own routine as the `routine` property or an inline JSON child (the
 * property wins); exercises may be built-in ids, built-in ones with changed doses, or new
 * ones. When `exercises` names no known exercise, the timer shows its error message.
 *
 * @tag knead-exercise-timer
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
 * @csspart picture - The exercise's picture on the stage: a line figure, or the clinic's own.
 * @csspart print - The "Print this routine" button.
 * @csspart handout - The routine as a printed handout (on paper only).
 *
 * @cssprop [--knead-color-accent=light-dark(#0b6b61, #7fd8cb)] - Brand colour: the ring, buttons, progress, rep, switches.
 * @cssprop [--knead-color-on-accent=light-dark(#ffffff, #06201c)] - Text on the accent colour (the main button).
 * @cssprop [--knead-color-text=light-dark(#1d2624, #e8efed)] - Text.
 * @cssprop [--knead-color-muted=light-dark(#4a5654, #b5c2bf)] - Secondary text and the rest ring.
 * @cssprop [--knead-color-surface=light-dark(#ffffff, #17201e)] - The timer's background.
 * @cssprop [--knead-color-border=light-dark(#8a9794, #6d7b78)] - The timer's border and the ring's track.
 * @cssprop [--knead-color-danger=light-dark(#a3261b, #ff9f94)] - The message when the routine could not be loaded.
 * @cssprop [--knead-color-focus=light-dark(#1a56c9, #9ec1ff)] - The focus ring.
 * @cssprop [--knead-radius=8px] - Corner radius of the timer, buttons and message.
 * @cssprop [--knead-target-size=44px] - Minimum height and width of every control.
 * @cssprop [--knead-font-family=inherit] - The font (the page's by default).
 * @cssprop [--knead-line-height=1.5] - The line height.
 * @cssprop [--knead-timer-ring-size=11em] - The countdown ring's diameter.
 * @cssprop [--knead-timer-max-width=44em] - The widest the timer grows.
 *
 * @fires {ExerciseStartEvent} knead-exercise-start - The routine started from the top; detail: the routine id.
 * @fires {ExerciseChangeEvent} knead-exercise-change - Another exercise is current (also the first, at the start); detail: `{ id, index }`.
 * @fires {ExercisePauseEvent} knead-exercise-pause - The visitor paused; detail: the current exercise's `{ id, index }`.
 * @fires {ExerciseCompleteEvent} knead-exercise-complete - The routine is done; detail: `{ routine, durationSeconds }` (pauses excluded).
 */
export class KneadExerciseTimer extends TimerCommands {
  static override styles = [baseStyles, buttonStyles, panelStyles, exerciseTimerStyles];

  /** A built-in routine id (`back-basics`), or, as a property, a clinic's own routine object. */
  @property() routine: string | Routine = 'back-basics';

  /** Exercise ids to do, in this order (e.g. `bridge cat-cow`): from the routine, else built in. The timer is then named for them ("Bridge and Cat-cow"). */
  @property() exercises?: string;

  /** Remembers the run in this browser (localStorage), so a reload resumes it. */
  @property({ type: Boolean, reflect: true }) persist = false;

  /** The level of the routine's heading (1 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Self-care tips on the closing screen: the moments they are for (`when` of `<knead-self-care-tips>`), or `none`. */
  @property({ attribute: 'closing-tips' }) closingTips = CLOSING_DEFAULT;

  /** Follows its clinic's `theme` and `locale` when it has none of its own. */
  protected readonly clinicLink = new ClinicConsumer(this);
  protected override readonly words = new LanguageController(
    this,
    () => this.clinicLink.settings?.language,
    TIMER_LANGUAGES,
  );
  /** The words of the last update, in one language. */
  private said: TimerWords = timerWords(this.words);

  /** Replaces browser services: `{ clock, sound, voice, wakeLock }` (tests, demos). */
  @property({ attribute: false }) adapters: Partial<TimerAdapters> = {};

  @state() private run: Run = IDLE;
  /** The moment the view shows; moved on by ticks. */
  @state() private now = 0;

  private readonly use = adaptersFrom(() => this.adapters);
  private readonly config = routineSource(this);
  /** Shows the clock's moment; even at the same millisecond, as a timer moved plans again. */
  private readonly look = (): void => {
    this.now = this.use().clock.now();
    this.requestUpdate();
  };
  /** Wakes when the shown seconds change, holds the screen on, reads the clock on return. */
  protected readonly ticker = new TimerTicker(this, this.use, {
    state: () => this.view,
    tick: this.look,
  });
  private readonly cues = new CueController(this, this.use, () => this.said);
  private readonly saved = new SavedRunStorage(this);
  private readonly focusLater = new FocusAfterUpdate(this);
  private readonly pictures = new PictureController(
    this,
    this.look,
    () => import('./pictures/pictures-view.js'),
    () => this.use().clock.now(),
    () => this.now,
  );
  private readonly tips = new ClosingTips(
    this,
    (value, problem) => this.report('closing-tips', value, problem, 'warn'),
    () => import('../self-care-tips/define.js'),
  );

  private readonly layout = new RoutineLayout((value, problem) =>
    this.report('exercises', value, problem),
  );
  private view?: TimerState | undefined;
  /** What the last look showed, and the exercise the last change event named. */
  private shown?: Seen | undefined;
  private named?: number | undefined;

  /** Where the routine stands: `idle`, `running`, `paused` or `done`. */
  get status(): TimerState['status'] {
    return this.view?.status ?? 'idle';
  }

  /** Opens the print dialog with the routine as a handout, and nothing else of the page. */
  printRoutine(): Promise<void> {
    return this.pictures.print(() => this.use().print());
  }

  /** A command: a new run, the events it fires at once, and the run saved. */
  protected apply(command: TimerMove, unlock = false): void {
    if (unlock) this.cues.unlock();
    const { schedule } = this.layout;
    if (!schedule) return;
    const now = this.use().clock.now();
    const before = timerState(schedule, this.run, now);
    this.run = command(schedule, this.run, now);
    const after = timerState(schedule, this.run, now);
    const event = commandEvent(before.status, after.status, command === machine.restart);
    if (event === 'start') this.shown = this.named = undefined;
    if (event === 'pause') this.cues.announce(this.said.text.announcePaused);
    fireTimerEvent(this, event, schedule, after);
    this.save();
    this.now = now;
  }

  /**
   * Focus, events, announcements and cues for what changed since the last look (`was`:
   * where focus was before it), before render: the announcement joins this same update.
   */
  private react(view: TimerState, was: FocusSpot): void {
    const schedule = this.layout.schedule!;
    const target = focusAfter(was, this.shown?.status, view.status);
    if (target) this.focusLater.request(FOCUS_TARGETS[target]);
    const cue = cueFor(this.shown, view);
    const event = lookEvent(this.shown?.status, view, this.named);
    this.shown = seen(view);
    if (event === 'complete') this.saved.clear(schedule);
    if (event === 'change') this.named = view.exerciseIndex;
    fireTimerEvent(this, event, schedule, view);
    if (cue.announce) this.cues.announce(announcementFor(schedule, view, this.said.text));
    if (cue.beep) this.cues.beep(cue.beep);
  }

  private onKeyDown = keyListener(this, () => !!this.layout.schedule);

  private onCueChange = (cue: 'sound' | 'voice', on: boolean): void => {
    this.cues.choose(cue, on);
    this.save();
  };

  /** The run and what changed, before render (a server renderer runs this too). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.said = timerWords(this.words);
    const was = focusSpot(this.shadowRoot?.activeElement);
    if (!this.hasUpdated) this.now = this.use().clock.now();
    if (!this.hasUpdated || changed.has('routine')) this.config.load();
    this.layOut(changed.has('exercises'));
    this.view = this.layout.schedule && timerState(this.layout.schedule, this.run, this.now);
    // Off the page (an update still due as its pictures or language arrive), it says, beeps
    // and fires nothing; put back, it tells where the routine is then.
    if (this.view && this.isConnected) this.react(this.view, was);
  }

  /** Lays out the routine (RoutineLayout): afresh or from a saved run; new words keep the run. */
  private layOut(choiceChanged: boolean): void {
    const change = this.layout.update(this.config.state, this.exercises, choiceChanged, this.said);
    if (change === 'words') this.cues.hush();
    if (change !== 'fresh') return;
    [this.run, this.shown, this.named] = [IDLE, undefined, undefined];
    const saved =
      this.layout.schedule && this.saved.restore(this.layout.schedule, this.use().clock.now());
    if (!saved) return;
    this.run = saved.run;
    this.cues.restore(saved.cues);
  }

  private save(): void {
    const saved = { run: this.run, cues: this.cues.choices };
    if (this.layout.schedule) this.saved.save(this.layout.schedule, saved, this.use().clock.now());
  }

  /** Also waits for a clinic's routine to be checked, and a while for the pictures. */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateAfterChecks(
      () => [this.config.checking, this.pictures.ready, this.tips.checking],
      () => super.getUpdateComplete(),
    );
  }

  protected override render() {
    const { view, said, pictures } = this;
    const { schedule } = this.layout;
    if (this.config.state.status === 'checking') return nothing;
    if (!schedule || !view) return views.messageView(said.text);
    const { choices: cues, announcement } = this.cues;
    const level = this.headingLevelOr(2);
    const tips = this.tips.when;
    const screen = { schedule, view, level, cues, announcement, text: said.text, pictures, tips };
    return [
      views.timerView(screen, this, this.onKeyDown, this.onCueChange),
      pictures.module?.handoutView(schedule, this.clinicLink.settings, said.text),
    ];
  }
}
