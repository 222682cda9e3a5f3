import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languagesAround } from './languages.js';
import { pickLanguage } from './language.js';

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
  /** The language to speak, as pickLanguage picks it. */
  language: string;
  private roots: Root[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { hasUpdated?: boolean },
    private readonly clinicLocale: () => string | undefined,
    private readonly known: (language: string) => boolean,
  ) {
    this.language = 'en';
    host.addController(this);
  }

  hostConnected(): void {
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
    this.language = this.pick();
  }

  /** A `lang` changed somewhere above: update the widget if its language did. */
  private recheck(): void {
    if (this.pick() !== this.language) this.host.requestUpdate();
  }

  private pick(): string {
    return pickLanguage(languagesAround(this.host, this.clinicLocale()), this.known);
  }
}
