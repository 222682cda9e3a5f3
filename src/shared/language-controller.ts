import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languagesAround } from './languages.js';
import { FALLBACK_LANGUAGE, pickLocale } from './language.js';
import { LANGUAGE_ADDED } from './language-registry.js';
import {
  hasLanguage,
  messagesFor,
  registerBuiltInLanguage,
  textsFor,
  type LanguageTables,
  type MessageTable,
} from './messages.js';

/**
 * A widget's built-in languages besides English: each a dynamic import of the module that
 * holds its tables in that language, so the bundler makes it a chunk of its own, fetched
 * only by a page that speaks it.
 */
export type LanguageLoaders = Readonly<
  Partial<Record<string, () => Promise<{ default: LanguageTables }>>>
>;

/** How long a widget waits for its language before it shows English (and swaps after). */
export const LANGUAGE_WAIT_MS = 3000;

/** Each loader's load, started once per page and shared by every widget that needs it. */
const loads = new Map<() => Promise<{ default: LanguageTables }>, Promise<void>>();
/** Loaders whose tables are registered (or failed: English then, and no second try). */
const settled = new WeakSet<object>();
/** Loaders waited for LANGUAGE_WAIT_MS in vain: no widget waits for them again. */
const late = new WeakSet<object>();

function load(language: string, loader: () => Promise<{ default: LanguageTables }>) {
  let loading = loads.get(loader);
  if (!loading) {
    loading = loader().then(
      (module) => registerBuiltInLanguage(language, module.default),
      (error: unknown) =>
        console.warn(
          `knead-widgets: the "${language}" texts could not be loaded; showing English`,
          error,
        ),
    );
    void loading.then(() => settled.add(loader));
    loads.set(loader, loading);
  }
  return loading;
}

type Root = Document | ShadowRoot;

/** One observer per document or shadow root, for every widget under it. */
const watchers = new WeakMap<
  Root,
  { observer: MutationObserver; hosts: Set<LanguageController> }
>();

/** The document and each shadow root between `element` and the document, nearest first. */
function rootsAbove(element: Element): Root[] {
  const roots: Root[] = [];
  let root = element.getRootNode();
  for (; root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  if (root instanceof Document) roots.push(root);
  return roots;
}

/**
 * Keeps a widget's language (`language`, e.g. `fr`) current: from its own `lang`, its
 * clinic's locale, the nearest ancestor's `lang` across shadow roots, then the document's
 * (see language.ts for the rules), and again whenever any of these changes while the page
 * runs: an app switching language, or a translation tool rewriting `<html lang>`. Each
 * change of a `lang` attribute in a root above the widget is seen by one observer per root;
 * a clinic's new locale comes with the clinic's update of the widget.
 */
export class LanguageController implements ReactiveController {
  /** The language to speak (`fr`), as pickLocale picks it. */
  language = FALLBACK_LANGUAGE;
  /** The tag that named it (`fr-CA`), for `Intl` formats and the voice. */
  locale = FALLBACK_LANGUAGE;
  private roots: Root[] = [];
  /**
   * The language tags around the widget at its last update: a region changed with the
   * language kept (`es-MX` to `es-ES` above a bare `lang="es"`) updates it too, since the
   * region names the emergency number a widget shows.
   */
  private around = '';
  /** The language of the words last given by `messages`, for the marks hostUpdated sets. */
  private shown?: string;

  /**
   * `languages`: the widget's built-in languages besides English. Registered languages
   * (`registerLanguage`) are spoken too.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated?: boolean },
    private readonly clinicLocale: () => string | undefined,
    private readonly languages: LanguageLoaders = {},
  ) {
    host.addController(this);
  }

  /** The widget's `name` messages in its language; English for keys that language lacks. */
  messages<T extends MessageTable>(name: string, english: T): T {
    const table = messagesFor(name, english, this.language);
    // A language with no table for this widget (registered for another one) shows English.
    this.shown =
      table === english && this.language !== FALLBACK_LANGUAGE ? FALLBACK_LANGUAGE : this.locale;
    return table;
  }

  /** The texts of built-in content `name` in the widget's language, when there are any. */
  texts<T extends object>(name: string): Partial<T> | undefined {
    return this.language === FALLBACK_LANGUAGE ? undefined : textsFor<T>(name, this.language);
  }

  /**
   * Resolves when the widget's language is ready to render: at once (undefined) for English
   * and languages already loaded; else when its chunk arrives, or after LANGUAGE_WAIT_MS,
   * whichever is first: then the widget shows English and renders again when it arrives.
   * The host awaits this before each update, so a French page never flashes English.
   */
  ready(): Promise<void> | undefined {
    // Set here, before the update, as well as in hostUpdate: Lit runs the host's willUpdate
    // before its controllers' hostUpdate, and a widget may read its messages there.
    ({ language: this.language, locale: this.locale } = this.pick());
    const { language } = this;
    const loader = this.languages[language];
    if (!loader || settled.has(loader) || late.has(loader)) return undefined;
    const loading = load(language, loader);
    void loading.then(() => late.has(loader) && this.host.requestUpdate());
    // The language may change again while its chunk loads (a translation tool rewriting
    // <html lang>, an app moving the widget): ready again checks the language it ends on.
    return Promise.race([
      loading,
      new Promise<void>((resolve) =>
        setTimeout(() => {
          late.add(loader);
          resolve();
        }, LANGUAGE_WAIT_MS),
      ),
    ]).then(() => this.ready());
  }

  hostConnected(): void {
    addEventListener(LANGUAGE_ADDED, this.onLanguageAdded);
    this.roots = rootsAbove(this.host);
    for (const root of this.roots) {
      let watcher = watchers.get(root);
      if (!watcher) {
        const hosts = new Set<LanguageController>();
        const observer = new MutationObserver(() => hosts.forEach((each) => each.recheck()));
        observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
        watchers.set(root, (watcher = { observer, hosts }));
      }
      watcher.hosts.add(this);
    }
    // Moved or put back: the language around it may have changed meanwhile.
    if (this.host.hasUpdated) this.recheck();
  }

  hostDisconnected(): void {
    removeEventListener(LANGUAGE_ADDED, this.onLanguageAdded);
    for (const root of this.roots) {
      const watcher = watchers.get(root);
      if (!watcher) continue;
      watcher.hosts.delete(this);
      if (watcher.hosts.size) continue;
      watcher.observer.disconnect();
      watchers.delete(root);
    }
    this.roots = [];
  }

  hostUpdate(): void {
    const tags = this.tagsAround();
    ({ language: this.language, locale: this.locale } = this.pick(tags));
    this.around = tags.join(' ');
  }

  /**
   * Marks what the widget rendered with the language it speaks, so a screen reader reads it
   * with the right voice where that differs from the page around it (a page clinic's
   * French on an English page, English for `lang="de"`).
   */
  hostUpdated(): void {
    const root = (this.host as { renderRoot?: Element | ShadowRoot }).renderRoot;
    if (!root || root === this.host) return;
    const lang = this.shown ?? this.locale;
    for (const child of root.children)
      if (child.getAttribute('lang') !== lang) child.setAttribute('lang', lang);
  }

  /** A developer registered words after the widget rendered: show them. */
  private readonly onLanguageAdded = (event: Event) => {
    const { language } = (event as CustomEvent<{ language: string }>).detail;
    if (language === this.pick().language) this.host.requestUpdate();
  };

  /** A `lang` changed somewhere above: update the widget if its language, or a tag, did. */
  private recheck(): void {
    const tags = this.tagsAround();
    const { language, locale } = this.pick(tags);
    if (language !== this.language || locale !== this.locale || tags.join(' ') !== this.around)
      this.host.requestUpdate();
  }

  private tagsAround() {
    return languagesAround(this.host, this.clinicLocale());
  }

  private pick(tags = this.tagsAround()) {
    const known = (language: string) => hasLanguage(language) || !!this.languages[language];
    return pickLocale(tags, known);
  }
}
