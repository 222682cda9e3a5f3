import { type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { KneadElement } from '../shared/knead-element.js';
import { LanguageController } from '../shared/language-controller.js';
import { baseStyles } from '../shared/styles.js';
import { ConfigSource } from '../shared/config-source.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import type { Tip } from './tip-types.js';
import { BUILT_IN_TIPS } from './built-in-tips.js';
import { TIPS_SHAPE, checkTipList } from './tip-schema.js';
import {
  momentsIn,
  pickTips,
  tipsFor,
  unknownMomentsProblem,
  unknownTipsProblem,
  wordsIn,
} from './tip-choice.js';
import { localizeTip, type TipTexts } from './tip-texts.js';
import { TIPS_MESSAGES, type TipsMessages } from './tips-messages.js';
import { notShownView, tipsView } from './tips-view.js';
import { SELF_CARE_TIPS_LANGUAGES } from './languages/index.js';
import { selfCareTipsStyles } from './self-care-tips.styles.js';

/**
 * Short self-care advice around massage sessions: warmth before and cold after, water,
 * gentle stretching, posture, gentle regular exercise, regular sessions, no heavy lifting in
 * a flare-up, and pain relief only as the pack directs. Each tip has a title, one or two
 * sentences, and when it applies, in words (never by colour alone), with a short general
 * line under them: the tips are general advice, and the visitor's therapist or doctor
 * knows their situation.
 *
 * `tips="heat-cold water"` picks and orders tips; ids that are not known are left out, with
 * one console warning naming them. When none of them is known the widget shows a note that
 * the tips could not be shown instead of tips the page did not ask for, and logs one console
 * error. `when="after-session"` keeps the tips for any of the moments it names:
 * `before-session`, `after-session`, `after-exercise`, `every-day`, `flare-up`.
 *
 * It speaks the visitor's language (English, French or Spanish: its own `lang`, its clinic's
 * locale, the nearest ancestor's `lang`, then the page's), the built-in tips included; a
 * clinic's own tips are shown as the clinic wrote them.
 *
 * A clinic's own tips go in a JSON child (or the `data` property): an array of built-in ids
 * and tip objects, `["water", {"id": "warm-bath", "title": "...", "text": "...", "when": ["every-day"]}]`.
 * A tip object with a built-in id replaces that tip's words. Bad entries are left out, each
 * with a console error naming its JSON path and value; with no usable entry the widget shows
 * its note.
 *
 * @tag knead-self-care-tips
 * @summary Short, cautious self-care tips for before and after a session, filterable by when they apply.
 *
 * @csspart panel - The framed box around the tips (or around the note shown instead).
 * @csspart tips - The list of tips.
 * @csspart tip - One tip.
 * @csspart title - A tip's title (a heading at `heading-level`).
 * @csspart text - A tip's sentences.
 * @csspart moments - The list of when a tip applies.
 * @csspart moment - One moment, e.g. "Before a session".
 * @csspart general - The general line under the tips: general advice; follow your therapist's or doctor's.
 * @csspart empty - The note shown when `when` leaves no tip.
 * @csspart message - The note shown when no tip can be shown (the clinic's list or the `tips` choice has none).
 *
 * @cssprop [--knead-tips-background=var(--knead-color-surface)] - The panel's background.
 * @cssprop [--knead-tips-border-color=var(--knead-color-border)] - The panel's border and the rules between tips.
 * @cssprop [--knead-tips-padding=1.25em] - Space inside the panel.
 * @cssprop [--knead-tag-background=var(--knead-color-tag)] - Background of the moment tags.
 * @cssprop [--knead-color-tag=color-mix(in srgb, var(--knead-color-accent) 12%, var(--knead-color-surface))] - Background of tags, for every widget.
 * @cssprop [--knead-color-accent=light-dark(#0b6b61, #7fd8cb)] - Brand colour: tints the moment tags.
 * @cssprop [--knead-color-text=light-dark(#1d2624, #e8efed)] - Text colour.
 * @cssprop [--knead-color-muted=light-dark(#4a5654, #b5c2bf)] - Secondary text: the general line.
 * @cssprop [--knead-color-surface=light-dark(#ffffff, #17201e)] - Background colour.
 * @cssprop [--knead-color-border=light-dark(#8a9794, #6d7b78)] - Border colour.
 * @cssprop [--knead-color-danger=light-dark(#a3261b, #ff9f94)] - The note shown when no tip can be shown.
 * @cssprop [--knead-color-focus=light-dark(#1a56c9, #9ec1ff)] - The focus ring.
 * @cssprop [--knead-radius=8px] - Corner radius.
 * @cssprop [--knead-font-family=inherit] - The font (the page's by default).
 * @cssprop [--knead-line-height=1.5] - Line height.
 */
export class KneadSelfCareTips extends KneadElement {
  static override styles = [baseStyles, selfCareTipsStyles];

  /** Tip ids to show, in order, separated by spaces: heat-cold, water, stretching, posture, gentle-exercise, regular-sessions, lifting, pain-relief, or the clinic's own. Default: every tip available. */
  @property() tips?: string;

  /** Keeps the tips for any of these moments, separated by spaces: before-session, after-session, after-exercise, every-day, flare-up. Default: every tip. */
  @property() when?: string;

  /** The clinic's own tips as data, in the JSON child's shape. Takes precedence over the JSON child. */
  @property({ attribute: false }) data?: unknown;

  /** The heading level of each tip's title (1 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The list's accessible name. Default: "Self-care tips", in the widget's language. */
  @property() label?: string;

  /** Follows its clinic's `theme` and locale when it has none of its own. */
  protected readonly clinicLink = new ClinicConsumer(this);

  protected override readonly words = new LanguageController(
    this,
    () => this.clinicLink.settings?.language,
    SELF_CARE_TIPS_LANGUAGES,
  );
  private text: TipsMessages = TIPS_MESSAGES;

  /** The clinic's tips (the property, then the JSON child), else the built-in tips. */
  private readonly config = new ConfigSource<readonly Tip[]>(this, {
    property: () => this.data,
    attribute: 'data',
    builtIn: (name) => (name === undefined ? BUILT_IN_TIPS : undefined),
    unknown: () => TIPS_SHAPE,
    check: checkTipList,
  });
  /** The tips `tips` picked (none: the note), and those `when` keeps, in the widget's language. */
  private picked: readonly Tip[] = [];
  private shown: readonly Tip[] = [];
  private level = 3;

  /** The tips shown, in order and in the widget's language (none when it shows a note). */
  get items(): readonly Tip[] {
    return this.shown;
  }

  // In willUpdate, which a server renderer runs too; `words` has this update's language
  // already (LanguageController.ready sets it before the update).
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.level = this.headingLevelOr(3);
    this.text = this.words.messages('tips', TIPS_MESSAGES);
    const loaded = changed.has('data') || !this.hasUpdated;
    if (loaded) this.config.load();
    if (loaded || changed.has('tips')) this.picked = this.pick();
    const texts = this.words.texts<TipTexts>('tip-texts');
    this.shown = tipsFor(this.picked, this.moments()).map((tip) => localizeTip(tip, texts));
  }

  /** The `tips` attribute's pick from the tips available, in its order. */
  private pick(): readonly Tip[] {
    const available = this.config.value;
    if (!available) return [];
    const { tips, unknown } = pickTips(available, wordsIn(this.tips));
    if (unknown.length)
      this.report(
        'tips',
        this.tips,
        unknownTipsProblem(unknown, available),
        tips.length ? 'warn' : 'error',
      );
    return tips;
  }

  /** The moments `when` names; unknown words are left out, with one warning. */
  private moments() {
    const { moments, unknown } = momentsIn(this.when);
    if (unknown.length)
      this.report('when', this.when, unknownMomentsProblem(unknown, moments.length > 0), 'warn');
    return moments;
  }

  protected override render() {
    if (!this.picked.length) return notShownView(this.text);
    return tipsView(this.shown, this.level, this.label || this.text.label, this.text);
  }
}
