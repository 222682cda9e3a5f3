import { LitElement, type PropertyDeclarations } from 'lit';
import { VERSION } from './version.js';
import { headingLevel } from './heading-level.js';
import { reportOnce, type JsonProblem, type Severity } from './log.js';
import { checkTheme } from './theme-styles.js';
import type { LanguageController } from './language-controller.js';

/** The colour schemes `theme` takes. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every knead element repeats: the version stamp the guarded define compares, the
 * `theme` attribute (checked on every update), the `heading-level` check for widgets with
 * headings, and console messages scoped to the element. Holds no browser work, so an
 * element can be constructed on a server.
 */
export abstract class KneadElement extends LitElement {
  /** The library's version: a second copy on the page compares it before defining. */
  static readonly version: string = VERSION;

  // Properties are declared here rather than with decorators, so a page with only a booking
  // button does not load lit's decorator runtime. A getter rather than a `static properties`
  // field, which lit-analyzer does not read. With `useDefineForClassFields: false` a typed
  // field below declares a type (and assigns its default through lit's accessor); it never
  // shadows the accessor. https://lit.dev/docs/components/properties/#declaring-properties-in-a-static-properties-class-field
  static override get properties(): PropertyDeclarations {
    return {
      theme: { reflect: true },
    };
  }

  /** Colour scheme: `light`, `dark`, or `auto` (the visitor's setting). Unset: the page's. */
  theme?: Theme;

  /** The widget's language and its messages; widgets with words to show set it. */
  declare protected readonly words?: LanguageController;

  constructor() {
    super();
    // A controller rather than a `willUpdate` override: it runs whether or not a subclass
    // remembers to call `super`.
    this.addController({ hostUpdate: () => checkTheme(this) });
  }

  /**
   * Waits, before an update, for the widget's language to load (see LanguageController's
   * `ready`), so a page in French never shows English first. Lit awaits a promise this
   * returns: https://lit.dev/docs/components/lifecycle/#scheduleupdate
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.words?.ready();
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * The level the widget's main heading uses: `heading-level` when it is 1 to 6, else the
   * widget's default, with one console message naming the value.
   */
  protected headingLevelOr(fallback: number): number {
    // Declared, with its default and docs, only by the widgets that have headings.
    const level = (this as { headingLevel?: number }).headingLevel;
    return headingLevel(this, level ?? fallback, fallback);
  }

  /** One console message, once per element, naming the attribute (or path) and the value. */
  protected report(where: string, value: unknown, problem: string, severity?: Severity): void {
    reportOnce(this, where, value, problem, severity);
  }

  /** One console message per problem found in the element's JSON, each with its path. */
  protected reportProblems(problems: readonly JsonProblem[]): void {
    for (const { path, value, reason } of problems) reportOnce(this, `JSON ${path}`, value, reason);
  }
}
