import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readJsonChild, type JsonConfig } from './json-config.js';
import { reportOnce, type JsonProblem } from './log.js';

/** What checking a clinic's own data found: the value to use (none when refused) and why. */
export interface CheckedConfig<T> {
  readonly value?: T | undefined;
  readonly problems: readonly JsonProblem[];
}

/** Where a widget's content stands. `from` says which source gave it. */
export type ConfigState<T> =
  | { readonly status: 'ready'; readonly value: T; readonly from: ConfigOrigin }
  | { readonly status: 'checking' }
  | { readonly status: 'failed' };

export type ConfigOrigin = 'property' | 'json' | 'built-in';

export interface ConfigSourceOptions<T> {
  /**
   * The element's property: an object (or any value that is not text) is the clinic's own
   * data; text, or nothing, names built-in content.
   */
  readonly property: () => unknown;
  /** The attribute that names built-in content, for the console message about an unknown id. */
  readonly attribute: string;
  /** The built-in content a name gives (undefined: none by that name). */
  readonly builtIn: (name: string | undefined) => T | undefined;
  /** Why a name was refused, e.g. `unknown flow; use one of back-pain`. */
  readonly unknown: (name: string) => string;
  /**
   * Checks a clinic's own data. It may import the validator first, so that pages using only
   * built-in content never download it.
   */
  readonly check: (value: unknown) => CheckedConfig<T> | Promise<CheckedConfig<T>>;
}

const isData = (value: unknown) => value !== undefined && typeof value !== 'string';

/**
 * Where a widget's content comes from, the same way in every widget. Precedence: data set as
 * the property (by script, so the page's latest word), then the inline JSON child, then the
 * built-in content the attribute names. A JSON child that cannot be read is an error, never
 * silently replaced by built-in content. A clinic's data is checked (by a validator that may
 * load on demand) before use, and a newer value given meanwhile wins. Problems reach the
 * console once each, naming the attribute or JSON path.
 *
 * The host calls `load()` before its first render and whenever the property changes, and
 * reads `state`; `checking` lets its `updateComplete` wait for a check in progress.
 */
export class ConfigSource<T> implements ReactiveController {
  state: ConfigState<T> = { status: 'checking' };
  /** The check in progress, if any. */
  checking?: Promise<void> | undefined;
  /** The JSON child, read once at the first connection: a CMS writes it before the upgrade. */
  private json?: JsonConfig;
  /** Each load's ticket: a check that finishes after a newer load is dropped. */
  private ticket = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ConfigSourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.json ??= readJsonChild(this.host);
  }

  /** The content in use; undefined while checking or when there is none. */
  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  /** Reads the sources again, in their order of precedence. */
  load(): void {
    const ticket = ++this.ticket;
    this.checking = undefined;
    const given = this.options.property();
    const json = this.json ?? { found: false };
    if (isData(given)) return this.checkData(given, 'property', ticket);
    if (json.found) {
      if (json.ok) return this.checkData(json.value, 'json', ticket);
      // Already reported by readJsonChild.
      this.state = { status: 'failed' };
      return;
    }
    const name = given as string | undefined;
    const value = this.options.builtIn(name);
    if (value !== undefined) {
      this.state = { status: 'ready', value, from: 'built-in' };
      return;
    }
    reportOnce(this.host, this.options.attribute, name ?? '', this.options.unknown(name ?? ''));
    this.state = { status: 'failed' };
  }

  private checkData(data: unknown, from: ConfigOrigin, ticket: number): void {
    const checked = this.options.check(data);
    if (!(checked instanceof Promise)) {
      this.adopt(checked, from);
      return;
    }
    this.state = { status: 'checking' };
    this.checking = checked
      .catch((error: unknown): CheckedConfig<T> => {
        // The validator is a chunk of its own: a network that drops it must not leave the
        // widget loading for good.
        const detail = error instanceof Error ? error.message : String(error);
        return { problems: [{ path: '', value: '', reason: `could not be checked (${detail})` }] };
      })
      .then((result) => {
        if (ticket !== this.ticket) return;
        this.checking = undefined;
        this.adopt(result, from);
        this.host.requestUpdate();
      });
  }

  private adopt({ value, problems }: CheckedConfig<T>, from: ConfigOrigin): void {
    // Once each: the host loads again whenever its attribute changes.
    for (const { path, value: found, reason } of problems)
      reportOnce(this.host, `JSON ${path}`, found, reason);
    this.state = value === undefined ? { status: 'failed' } : { status: 'ready', value, from };
  }
}
