/**
 * The languages registered on the page, held on `globalThis` under a versioned
 * `Symbol.for` key so every copy of the library (the CDN loader and the widget chunks it
 * loads, an app's npm build next to a CMS's script) reads and adds to the same tables.
 * Kept apart from the messages themselves so the CDN loader can offer `registerLanguage`
 * for a few hundred bytes, without loading any widget. Pure but for that one global.
 */

/** A language's tables by name: a widget's messages (`booking`...) or content texts (`techniques`...). */
export type LanguageTables = Readonly<Record<string, object>>;

type Registry = Map<string, Map<string, Readonly<Record<string, unknown>>>>;

const KEY = Symbol.for('knead-widgets.languages@1');
const holder = globalThis as { [KEY]?: Registry };
/** The window event a registration fires (detail: `{ language }`), so widgets on the page show the new words. */
export const LANGUAGE_ADDED = 'knead-language-added';

/** Registered tables: language, then the table's name, then its keys. */
export const registry: Registry = (holder[KEY] ??= new Map());

/**
 * Adds (or extends) the messages of one or more widgets in `language` (a BCP 47 language
 * subtag, e.g. `pt`): `registerLanguage('pt', { booking: { book: 'Marcar consulta' } })`.
 * Keys not given keep English; the widget's console warning lists them.
 */
export function registerLanguage(language: string, tables: LanguageTables): void {
  addTables(language, tables, false);
}

/**
 * Adds the library's own tables for `language` (a French or Spanish chunk, once loaded)
 * under any a developer registered first: theirs win, key by key.
 */
export function registerBuiltInLanguage(language: string, tables: LanguageTables): void {
  addTables(language, tables, true);
}

function addTables(language: string, tables: LanguageTables, under: boolean): void {
  // The language subtag: widgets speak `pt` for pt-BR and pt_PT alike.
  const code = String(language).trim().toLowerCase().split(/[-_]/)[0]!;
  const forLanguage = registry.get(code) ?? new Map<string, Readonly<Record<string, unknown>>>();
  for (const [name, table] of Object.entries(tables)) {
    const before = forLanguage.get(name);
    if (table && typeof table === 'object' && !Array.isArray(table))
      forLanguage.set(name, under ? { ...table, ...before } : { ...before, ...table });
    else console.warn(`knead-widgets: ${name} in "${code}" is not a table of messages; ignored`);
  }
  registry.set(code, forLanguage);
  if (!under && typeof dispatchEvent === 'function')
    dispatchEvent(new CustomEvent(LANGUAGE_ADDED, { detail: { language: code } }));
}
