// Decides which modules go in the CDN build's shared chunk: the modules the booking button
// needs that are not its own (lit, @lit/context, the base element, the clinic consumer,
// the URL check). The button is on nearly every clinic page and is the smallest widget, so
// a page with one button loads five files (the autoloader, this chunk, the button's code,
// its define module, and rolldown's runtime helper, which rolldown always keeps apart)
// instead of one per set of widgets sharing a module: each file is compressed on its own,
// and every boundary costs bytes. The symptom check and the technique card include a booking
// button, so they need all of it anyway; the timer and the clinic pay for the URL check.
import { resolve, sep } from 'node:path';

const BUTTON = resolve('src/booking-button/define.ts');
const BUTTON_FOLDER = resolve('src/booking-button') + sep;
const REGISTRY = resolve('src/shared/language-registry.ts');
// `@lit/context` has one entry point, which also re-exports the providing side (the
// provider controller, its value notifier, `@provide` and `@consume`): only `<knead-clinic>`
// uses it, so it stays out of the chunk a page with one button loads.
const PROVIDING = /@lit[\\/]context[\\/].*(decorators|context-provider|value-notifier)/;

/** A vite plugin that records the module graph, and the test of the shared chunk's group. */
export default function sharedChunk() {
  let shared = new Set();
  const plugin = {
    name: 'knead-shared-chunk',
    apply: 'build',
    buildEnd() {
      shared = new Set();
      const visit = (id) => {
        if (shared.has(id)) return;
        shared.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
      };
      visit(BUTTON);
      for (const id of shared)
        if (id.startsWith(BUTTON_FOLDER) || PROVIDING.test(id)) shared.delete(id);
      // The loader offers registerLanguage: the registry lives in the loader's own file, or
      // the loader would import this whole chunk to register a language.
      shared.delete(REGISTRY);
    },
  };
  // Helpers the bundler adds (ids starting with \0) go there when the button's modules
  // import them (they are in the graph above); rolldown's runtime helper stays a file of its
  // own whatever the groups say.
  const test = (id) => shared.has(id) || /rolldown[\\/]runtime/.test(id);
  return { plugin, group: { name: 'shared', test } };
}
