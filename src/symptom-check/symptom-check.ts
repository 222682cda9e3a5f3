import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VERSION } from '../shared/version.js';
import { baseStyles } from '../shared/styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { readJsonChild } from '../shared/json-config.js';
import { reportOnce, reportJsonProblems } from '../shared/log.js';
import { updateAfterChecks } from '../shared/update-after-checks.js';
import { headingLevel, subLevel } from '../shared/heading-level.js';
import { checkUrl, phoneUrl } from '../shared/safe-url.js';
import {
  SymptomCheckCompleteEvent,
  SymptomCheckStartEvent,
  SymptomCheckStepEvent,
} from '../shared/events.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import { CareController } from './care-controller.js';
import { emergencyAction, emergencyInline, urgentActions } from './care-view.js';
import type { AnswerValue, Answers, Flow, FlowItem, Outcome } from './flow-types.js';
import {
  answer,
  back,
  isValidAnswer,
  needsMedicalCare,
  next,
  offersBooking,
  progress,
  toggleChoice,
  type Step,
} from './flow-machine.js';
import { BUILT_IN_FLOWS, findFlow } from './built-in-flows.js';
import { exerciseName } from '../exercise-timer/exercise-names.js';
import { symptomCheckStyles } from './symptom-check.styles.js';

/** The flow in use, or why there is none, or a clinic's flow still being checked. */
type Loaded =
  { readonly ok: true; readonly flow: Flow } | { readonly ok: false; readonly checking?: boolean };

/** What each level says before its advice, so the level never rests on colour alone. */
const LEVEL_LABELS: Readonly<Record<Outcome['level'], string>> = {
  emergency: 'Emergency',
  urgent: 'See a doctor soon',
  clinician: 'See a clinician first',
  massage: 'Massage can help',
};

/**
 * A short, private check for back pain: it screens for signs that need medical help first,
 * then asks one question per screen to tell a muscle pattern from a disc or nerve pattern,
 * and ends with a clear next step. An emergency answer ends it at once with "get medical
 * help now" and the emergency number, never a booking. Only a result that massage suits
 * offers the clinic's booking button.
 *
 * Answers stay inside the element: nothing is sent, stored or put in an event.
 *
 * A clinic can supply its own flow (validated; an invalid one is refused whole) as an inline
 * JSON child or the `flow` property.
 *
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
 * @cssprop [--knead-color-accent=#0b6b61] - Brand colour: buttons, selected answers.
 * @cssprop [--knead-color-danger=#a3261b] - Emergency and urgent results.
 * @cssprop [--knead-check-max-width=44em] - The widest the check grows.
 *
 * @fires {SymptomCheckStartEvent} knead-symptom-check-start - The visitor started the check.
 * @fires {SymptomCheckStepEvent} knead-symptom-check-step - A new question is shown; detail: its step index only.
 * @fires {SymptomCheckCompleteEvent} knead-symptom-check-complete - The result is shown; detail: outcome id, level and recommendation ids, never the answers.
 */
export class KneadSymptomCheck extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, buttonStyles, symptomCheckStyles];

  /** A built-in flow id (`back-pain`), or, as a property, a clinic's own flow object. */
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

  /** Colour scheme: `light`, `dark`, or `auto` (the visitor's setting). Unset: the page's. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  private readonly clinicLink = new ClinicConsumer(this);
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
  private jsonFlow?: unknown;
  private jsonBroken = false;
  private loaded: Loaded = { ok: false };
  private checking?: Promise<void> | undefined;
  private step?: Step;
  private focusHeading = false;
  private readonly care = new CareController(this, () => ({
    own: this.emergencyNumber,
    clinic: this.clinic,
    clinicPending: this.clinicLink.waiting,
  }));

  override connectedCallback(): void {
    super.connectedCallback();
    const json = readJsonChild(this);
    if (!json.found) return;
    if (json.ok) this.jsonFlow = json.value;
    // Unreadable is invalid: never fall back to another flow in its place.
    else this.jsonBroken = true;
  }

  /** Back to the start screen, forgetting every answer. */
  restart(): void {
    this.reset();
    this.focusHeading = true;
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
    if (changed.has('flow') || !this.hasUpdated) {
      this.loaded = this.load();
      if (this.hasUpdated) this.reset();
    }
    this.level = headingLevel(this, this.headingLevel, 2);
    this.step = this.loaded.ok && this.started ? next(this.loaded.flow, this.answers) : undefined;
    if (this.step?.kind === 'outcome') void loadResultElements();
  }

  /** The JSON child, else the `flow` property's object, else the built-in flow it names. */
  private load(): Loaded {
    if (this.jsonBroken) return { ok: false };
    const given = this.jsonFlow ?? (typeof this.flow === 'string' ? undefined : this.flow);
    if (given !== undefined) {
      this.checking = this.check(given);
      return { ok: false, checking: true };
    }
    const id = typeof this.flow === 'string' ? this.flow : '';
    const flow = findFlow(id);
    if (flow) return { ok: true, flow };
    reportOnce(
      this,
      'flow',
      id,
      `unknown flow; use one of ${Object.keys(BUILT_IN_FLOWS).join(', ')}`,
    );
    return { ok: false };
  }

  /**
   * Checks a clinic's own flow with the validator, which loads only for such flows: the
   * built-in ones are checked by the tests. A newer flow given meanwhile wins.
   */
  private async check(given: unknown): Promise<void> {
    const { parseFlow } = await import('./flow-validation.js');
    if (given !== (this.jsonFlow ?? this.flow)) return;
    const parsed = parseFlow(given);
    if (!parsed.ok) reportJsonProblems(this, parsed.problems);
    this.loaded = parsed.ok ? parsed : { ok: false };
    this.requestUpdate();
  }

  /**
   * Also waits for a clinic's flow to be checked and for the time zone table where it is
   * needed, so `await el.updateComplete` sees them.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return updateAfterChecks(
      () => [this.checking, this.care.loading],
      () => super.getUpdateComplete(),
    );
  }

  protected override updated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  protected override render() {
    if (!this.loaded.ok && this.loaded.checking) {
      return html`<div class="panel"><p role="status">Loading the check…</p></div>`;
    }
    if (!this.loaded.ok) {
      return html`<div class="panel">
        <p part="message" class="message" role="alert">
          Sorry, this symptom check could not be loaded. If you are in pain or worried, please
          contact a doctor or the clinic.
        </p>
      </div>`;
    }
    const { flow } = this.loaded;
    const step = this.step;
    if (!step) return this.renderIntro(flow);
    return step.kind === 'question'
      ? this.renderQuestion(flow, step.item)
      : this.renderResult(step.outcome);
  }

  private heading(text: string) {
    return html`<div
      part="heading"
      class="heading"
      role="heading"
      aria-level=${this.level}
      tabindex="-1"
    >
      ${text}
    </div>`;
  }

  /** A heading one level below the screen's, for a part of a result. */
  private subheading(text: string) {
    return html`<div class="subheading" role="heading" aria-level=${subLevel(this.level)}>
      ${text}
    </div>`;
  }

  private renderIntro(flow: Flow) {
    return html`<section part="intro" class="panel" aria-label=${flow.title}>
      ${this.heading(flow.title)}
      <p>${flow.intro}</p>
      <p class="disclaimer">
        <strong>This is not a diagnosis.</strong> It does not replace a doctor or physiotherapist;
        it helps you decide what to do next. Your answers stay on this page: nothing is sent or
        saved.
      </p>
      <p class="disclaimer">
        If you have sudden severe pain, or feel very unwell, do not use this check: call
        ${emergencyInline(this.care.route)} now.
      </p>
      <div class="actions">
        <button part="button primary" class="primary" type="button" @click=${this.onStart}>
          Start the check
        </button>
      </div>
    </section>`;
  }

  private renderQuestion(flow: Flow, item: FlowItem) {
    const count = progress(flow, this.answers);
    const missing = this.showMissing && !isValidAnswer(item, this.draft);
    return html`<form class="panel" @submit=${this.onNext} novalidate>
      ${
        count
          ? html`<p part="progress" class="progress">
              Question ${count.current} of ${count.total}
            </p>`
          : nothing
      }
      ${this.heading(item.text)}
      ${
        item.type === 'display'
          ? item.helpText
            ? html`<p>${item.helpText}</p>`
            : nothing
          : html`<fieldset
              part="question"
              class="question"
              aria-describedby=${missing ? 'missing' : nothing}
            >
              <legend class="visually-hidden">${item.text}</legend>
              ${item.helpText ? html`<p class="help">${item.helpText}</p>` : nothing}
              ${this.renderAnswerOptions(item)}
            </fieldset>`
      }
      ${
        missing
          ? html`<p part="error" class="error" id="missing" role="alert">
              ${
                item.type === 'multi-choice'
                  ? 'Choose at least one answer to go on.'
                  : 'Choose an answer to go on.'
              }
            </p>`
          : nothing
      }
      <div class="actions">
        <button part="button primary" class="primary" type="submit">Next</button>
        <button part="button" type="button" @click=${this.onBack}>Back</button>
        <button part="button" class="quiet" type="button" @click=${this.onRestart}>
          Start again
        </button>
      </div>
    </form>`;
  }

  private renderAnswerOptions(item: FlowItem) {
    const options =
      item.type === 'boolean'
        ? [
            { code: 'yes', display: 'Yes', value: true as AnswerValue },
            { code: 'no', display: 'No', value: false as AnswerValue },
          ]
        : (item.answerOption ?? []).map((option) => ({
            ...option.valueCoding,
            value: option.valueCoding.code as AnswerValue,
          }));
    const multi = item.type === 'multi-choice';
    const chosen = (value: AnswerValue) =>
      multi
        ? Array.isArray(this.draft) && this.draft.includes(value as string)
        : this.draft === value;
    return options.map(
      (option) =>
        html`<label part="option" class="option">
          <input
            type=${multi ? 'checkbox' : 'radio'}
            name=${item.linkId}
            .checked=${chosen(option.value)}
            @change=${(event: Event) =>
              this.onChoose(item, option.value, (event.target as HTMLInputElement).checked)}
          />
          <span>${option.display}</span>
        </label>`,
    );
  }

  private renderResult(outcome: Outcome) {
    const danger = needsMedicalCare(outcome.level);
    const booking = offersBooking(outcome.level);
    const techniques = outcome.techniques ?? [];
    const exercises = outcome.exercises ?? [];
    const exercisesLink = exercises.length ? this.exercisesLink() : undefined;
    return html`<section part="result" class="panel result ${outcome.level}" aria-label="Result">
      <p class="level">${LEVEL_LABELS[outcome.level]}</p>
      ${this.heading(outcome.title)}
      <p>${outcome.advice}</p>
      ${
        outcome.level === 'emergency'
          ? emergencyAction(this.care.route)
          : outcome.level === 'urgent'
            ? urgentActions(this.care.route)
            : this.renderClinicContact(outcome)
      }
      ${
        !danger && techniques.length
          ? html`${this.subheading(
                booking
                  ? 'Techniques that may help'
                  : 'Gentle techniques, once a clinician has cleared you',
              )}
              <ul part="techniques" class="techniques">
                ${techniques.map(
                  (id) =>
                    html`<li>
                      <knead-technique-card
                        technique=${id}
                        ?no-booking=${!booking}
                        heading-level=${subLevel(subLevel(this.level))}
                      ></knead-technique-card>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        !danger && exercises.length
          ? html`<div part="exercises" class="exercises">
              ${this.subheading('Gentle exercises for home')}
              <p>${exercises.map(exerciseName).join(', ')}.</p>
              ${
                exercisesLink
                  ? html`<a href=${exercisesLink}>Start the guided exercises</a>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="actions">
        ${
          booking
            ? html`<knead-booking-button label="Book a massage"></knead-booking-button>`
            : nothing
        }
        <button part="button" type="button" @click=${this.onBack}>Back</button>
        <button part="button" class="quiet" type="button" @click=${this.onRestart}>
          Start again
        </button>
      </div>
    </section>`;
  }

  /** For a clinician-level result: the clinic's phone, to talk it through. */
  private renderClinicContact(outcome: Outcome) {
    const phone = this.clinic?.phone;
    const href = phone ? phoneUrl(phone) : undefined;
    if (outcome.level !== 'clinician' || !phone || !href) return nothing;
    return html`<p>
      Questions? Call ${this.clinic?.name || 'us'} on <a part="call" href=${href}>${phone}</a>.
    </p>`;
  }

  private exercisesLink(): string | undefined {
    if (!this.exercisesHref) return undefined;
    // Usually a page on the clinic's own site, written relative.
    const check = checkUrl(this.exercisesHref, { base: document.baseURI });
    if (check.ok) return check.url;
    reportOnce(this, 'exercises-href', this.exercisesHref, check.reason);
    return undefined;
  }

  private onStart = (): void => {
    if (!this.loaded.ok) return;
    this.started = true;
    this.focusHeading = true;
    // Fetch the result's cards and booking button while the visitor answers.
    void loadResultElements();
    this.dispatchEvent(new SymptomCheckStartEvent({ flow: this.loaded.flow.id }));
    this.announceStep();
  };

  private onChoose(item: FlowItem, value: AnswerValue, checked: boolean): void {
    this.showMissing = false;
    this.draft =
      item.type === 'multi-choice'
        ? toggleChoice(item, Array.isArray(this.draft) ? this.draft : [], value as string, checked)
        : value;
  }

  private onNext = (event: Event): void => {
    event.preventDefault();
    const step = this.step;
    if (!this.loaded.ok || step?.kind !== 'question') return;
    const value = step.item.type === 'display' ? true : this.draft;
    if (!isValidAnswer(step.item, value)) {
      this.showMissing = true;
      return;
    }
    this.answers = answer(this.loaded.flow, this.answers, step.item.linkId, value);
    this.advance();
  };

  private onBack = (): void => {
    const step = this.step;
    if (step?.kind === 'question' && this.draft !== undefined)
      this.remembered.set(step.item.linkId, this.draft);
    const previous = [...this.answers].pop();
    if (!this.loaded.ok || !previous) {
      this.restart();
      return;
    }
    // The answer taken back is offered again on its screen.
    this.remembered.set(previous[0], previous[1]);
    this.answers = back(this.loaded.flow, this.answers);
    this.advance();
  };

  private onRestart = (): void => this.restart();

  /** Shows the new step: the previous answer restored, focus on its heading, events. */
  private advance(): void {
    if (!this.loaded.ok) return;
    const step = next(this.loaded.flow, this.answers);
    this.showMissing = false;
    this.focusHeading = true;
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

// The result's technique cards and booking button load when a check starts, not with the
// page: a visitor who never starts the check never downloads them. Loading registers them.
let resultElements: Promise<unknown> | undefined;
const loadResultElements = () =>
  (resultElements ??= Promise.all([
    import('../technique-card/define.js'),
    import('../booking-button/define.js'),
  ]));
