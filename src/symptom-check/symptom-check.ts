import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KneadElement } from '../shared/knead-element.js';
import { baseStyles } from '../shared/styles.js';
import { panelStyles } from '../shared/panel-styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { FocusAfterUpdate } from '../shared/focus-after-update.js';
import { updateAfterChecks } from '../shared/update-after-checks.js';
import { checkUrl } from '../shared/safe-url.js';
import {
  SymptomCheckCompleteEvent,
  SymptomCheckStartEvent,
  SymptomCheckStepEvent,
} from './symptom-check-events.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import { CareController } from './care-controller.js';
import type { AnswerValue, Answers, Flow, Outcome } from './flow-types.js';
import { answer, back, isValidAnswer, next, progress, type Step } from './flow-machine.js';
import { flowSource, sameFlow } from './flow-source.js';
import { answerOnNext, pick } from './answer-choices.js';
import { clinicCall } from './result-rules.js';
import { HEADING_SELECTOR, failedView, loadingView } from './screen-parts.js';
import { introView } from './intro-view.js';
import { questionView } from './question-view.js';
import { loadResultElements, resultView } from './result-view.js';
import { symptomCheckStyles } from './symptom-check.styles.js';
import { LanguageController } from '../shared/language-controller.js';
import { CHECK_MESSAGES, type CheckMessages } from './check-messages.js';
import { CHECK_LANGUAGES } from './languages/index.js';
import type { ExerciseNames } from '../exercise-timer/exercise-names.js';
import type { AdviceLineNames } from './care-view.js';
import { flowIn, stepIn } from './shown-flow.js';
import type { FlowTexts } from './flow-texts.js';

/**
 * A short, private check for back pain: it screens for signs that need medical help first,
 * then asks one question per screen to tell a muscle pattern from a disc or nerve pattern,
 * and ends with a clear next step. An emergency answer ends it at once with "get medical
 * help now" and the emergency number, never a booking. Only a result that massage suits
 * offers the clinic's booking button.
 *
 * Answers stay inside the element: nothing is sent, stored or put in an event.
 *
 * A clinic can supply its own flow (validated; an invalid one is refused whole) as the
 * `flow` property or an inline JSON child; the property wins over the JSON child, which wins
 * over the built-in flow the `flow` attribute names.
 *
 * It speaks its own `lang`, its clinic's, an ancestor's or the page's (English, French,
 * Spanish, or a registered language), the built-in flow included; a clinic's own flow keeps
 * the clinic's words, with the check's own words around it in the visitor's language.
 *
 * @tag knead-symptom-check
 * @summary A private back-pain check that screens red flags first, then suggests a next step.
 *
 * @csspart intro - The start screen.
 * @csspart heading - The heading of each screen (it receives focus when the screen changes).
 * @csspart progress - "Question 3 of 9", shown only where the count is certain.
 * @csspart question - The question's fieldset.
 * @csspart option - Each answer's row (a label with its radio or checkbox).
 * @csspart error - The note asking for an answer.
 * @csspart button - Every button (Start, Next, Back, Restart).
 * @csspart primary - The main button of a screen (Start, Next).
 * @csspart result - The result screen.
 * @csspart call - The emergency number (a link, or the words "your local emergency number" where it is unknown) or the clinic's phone link.
 * @csspart advice-line - An urgent result's call to the region's health advice line (811, NHS 111, ...).
 * @csspart techniques - The recommended technique cards.
 * @csspart exercises - The suggested exercises.
 * @csspart message - The note shown when the flow could not be loaded.
 *
 * @cssprop [--knead-color-accent=light-dark(#0b6b61, #7fd8cb)] - Brand colour: buttons, selected answers, links, the advice-line call.
 * @cssprop [--knead-color-on-accent=light-dark(#ffffff, #06201c)] - Text on the brand colour (the main button, the advice-line call).
 * @cssprop [--knead-color-text=light-dark(#1d2624, #e8efed)] - Text.
 * @cssprop [--knead-color-muted=light-dark(#4a5654, #b5c2bf)] - Progress, help text and the result's level.
 * @cssprop [--knead-color-surface=light-dark(#ffffff, #17201e)] - Background of the screens and buttons.
 * @cssprop [--knead-color-border=light-dark(#8a9794, #6d7b78)] - Borders of the screens and answer rows.
 * @cssprop [--knead-color-danger=light-dark(#a3261b, #ff9f94)] - Emergency and urgent results, the emergency call, the note asking for an answer.
 * @cssprop [--knead-color-danger-surface=light-dark(#fdecea, #3a1a17)] - Reserved for warning backgrounds; no widget reads it yet.
 * @cssprop [--knead-color-focus=light-dark(#1a56c9, #9ec1ff)] - The focus ring.
 * @cssprop [--knead-radius=8px] - Corner radius of the screens, answer rows and buttons.
 * @cssprop [--knead-space=0.75em] - Spacing inside the result's technique cards.
 * @cssprop [--knead-target-size=44px] - The least height of answer rows and buttons.
 * @cssprop [--knead-font-family=inherit] - Font; the page's by default.
 * @cssprop [--knead-line-height=1.5] - Line height.
 * @cssprop [--knead-check-max-width=44em] - The widest the check grows.
 *
 * @fires {SymptomCheckStartEvent} knead-symptom-check-start - The visitor started the check.
 * @fires {SymptomCheckStepEvent} knead-symptom-check-step - A new question is shown; detail: its step index only.
 * @fires {SymptomCheckCompleteEvent} knead-symptom-check-complete - The result is shown; detail: outcome id, level and recommendation ids, never the answers.
 */
export class KneadSymptomCheck extends KneadElement {
  static override styles = [baseStyles, buttonStyles, panelStyles, symptomCheckStyles];

  /**
   * A built-in flow id (`back-pain`), or, as a property, a clinic's own flow object, which wins
   * over an inline JSON child.
   */
  @property() flow: string | Flow = 'back-pain';

  /** A page with the exercise routine; the result links to it when it suggests exercises. */
  @property({ attribute: 'exercises-href' }) exercisesHref?: string;

  /**
   * The emergency number. Default: the clinic's, else the region of the page's language, else
   * the visitor's time zone; where none of these says, "your local emergency number".
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** The level of each screen's heading (1 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  private readonly clinicLink = new ClinicConsumer(this);
  protected override readonly words = new LanguageController(
    this,
    () => this.clinicLink.settings?.language,
    CHECK_LANGUAGES,
  );
  protected get clinic() {
    return this.clinicLink.settings;
  }

  @state() private started = false;
  @state() private answers: Answers = new Map();
  /** What the visitor has chosen on the current screen, before Next. */
  @state() private draft?: AnswerValue | undefined;
  @state() private showMissing = false;

  /** Answers taken back with Back, to restore when the visitor returns to a question. */
  private remembered = new Map<string, AnswerValue>();
  /** `heading-level`, checked. */
  private level = 2;
  private step?: Step | undefined;
  private readonly source = flowSource(this, () => this.flow);
  private readonly headingFocus = new FocusAfterUpdate(this);
  private readonly care = new CareController(this, () => ({
    own: this.emergencyNumber,
    clinic: this.clinic,
    clinicPending: this.clinicLink.waiting,
  }));

  /** Back to the start screen, forgetting every answer. */
  restart(): void {
    this.reset();
    this.headingFocus.request(HEADING_SELECTOR);
  }

  /** Forgets every answer, without moving focus (for a new flow the page set). */
  private reset(): void {
    this.started = false;
    this.answers = new Map();
    this.remembered.clear();
    this.draft = undefined;
    this.showMissing = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('flow') && !sameFlow(changed.get('flow'), this.flow)) || !this.hasUpdated) {
      this.source.load();
      if (this.hasUpdated) this.reset();
    }
    this.level = this.headingLevelOr(2);
    const flow = this.source.value;
    this.step = flow && this.started ? next(flow, this.answers) : undefined;
    if (this.step?.kind === 'outcome') void loadResultElements();
  }

  /**
   * Also waits for a clinic's flow to be checked and for the time zone table where it is
   * needed, so `await el.updateComplete` sees them.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateAfterChecks(
      () => [this.source.checking, this.care.loading],
      () => super.getUpdateComplete(),
    );
  }

  protected override render() {
    const text = this.words.messages('check', CHECK_MESSAGES);
    const { state } = this.source;
    if (state.status === 'checking') return loadingView(text);
    if (state.status === 'failed') return failedView(text);
    const { level } = this;
    const moves = { onBack: this.onBack, onRestart: this.onRestart, text };
    const flow = flowIn(state.value, (name) => this.words.texts<FlowTexts>(name));
    if (!this.step)
      return introView({ flow, level, care: this.care.route, text, onStart: this.onStart });
    const step = stepIn(flow, this.step);
    if (step.kind === 'outcome')
      return resultView({ ...moves, ...this.resultOf(step.outcome, text) });
    return questionView({
      ...moves,
      item: step.item,
      level,
      progress: progress(state.value, this.answers),
      draft: this.draft,
      missing: this.showMissing && !isValidAnswer(step.item, this.draft),
      onPick: this.onPick,
      onNext: this.onNext,
    });
  }

  private resultOf(outcome: Outcome, text: CheckMessages) {
    return {
      outcome,
      level: this.level,
      care: this.care.route,
      language: this.words.language,
      exerciseNames: this.words.texts<ExerciseNames>('exercise-names'),
      adviceLines: this.words.texts<AdviceLineNames>('advice-lines'),
      text,
      clinicCall: clinicCall(outcome.level, this.clinic),
      exercisesLink: outcome.exercises?.length ? this.exercisesLink() : undefined,
    };
  }

  private exercisesLink(): string | undefined {
    if (!this.exercisesHref) return undefined;
    // Usually a page on the clinic's own site, written relative.
    const check = checkUrl(this.exercisesHref, { base: document.baseURI });
    if (check.ok) return check.url;
    this.report('exercises-href', this.exercisesHref, check.reason);
    return undefined;
  }

  private onStart = (): void => {
    const flow = this.source.value;
    if (!flow) return;
    this.started = true;
    this.headingFocus.request(HEADING_SELECTOR);
    // Fetch the result's cards and booking button while the visitor answers.
    void loadResultElements();
    this.dispatchEvent(new SymptomCheckStartEvent({ flow: flow.id }));
    this.announceStep();
  };

  private onPick = (value: AnswerValue, checked: boolean): void => {
    if (this.step?.kind !== 'question') return;
    this.showMissing = false;
    this.draft = pick(this.step.item, this.draft, value, checked);
  };

  private onNext = (event: Event): void => {
    event.preventDefault();
    const { step } = this;
    const flow = this.source.value;
    if (!flow || step?.kind !== 'question') return;
    const value = answerOnNext(step.item, this.draft);
    if (!isValidAnswer(step.item, value)) {
      this.showMissing = true;
      return;
    }
    this.answers = answer(flow, this.answers, step.item.linkId, value);
    this.advance(flow);
  };

  private onBack = (): void => {
    const { step } = this;
    if (step?.kind === 'question' && this.draft !== undefined)
      this.remembered.set(step.item.linkId, this.draft);
    const previous = [...this.answers].pop();
    const flow = this.source.value;
    if (!flow || !previous) {
      this.restart();
      return;
    }
    // The answer taken back is offered again on its screen.
    this.remembered.set(previous[0], previous[1]);
    this.answers = back(flow, this.answers);
    this.advance(flow);
  };

  private onRestart = (): void => this.restart();

  /** Shows the new step: the previous answer restored, focus on its heading, events. */
  private advance(flow: Flow): void {
    const step = next(flow, this.answers);
    this.showMissing = false;
    this.headingFocus.request(HEADING_SELECTOR);
    if (step.kind === 'question') {
      this.draft = this.remembered.get(step.item.linkId);
      this.announceStep();
      return;
    }
    this.draft = undefined;
    this.dispatchEvent(
      new SymptomCheckCompleteEvent({
        outcome: step.outcome.id,
        level: step.outcome.level,
        techniques: [...(step.outcome.techniques ?? [])],
        exercises: [...(step.outcome.exercises ?? [])],
      }),
    );
  }

  private announceStep(): void {
    this.dispatchEvent(new SymptomCheckStepEvent({ step: this.answers.size }));
  }
}
