/**
 * The words a widget shows, per language. English is built into each widget; other languages
 * are registered: French and Spanish by the library (each a chunk of its own, loaded by pages
 * that use it), any other by a developer with `registerLanguage`. A widget's table lists its
 * messages by key: a text, or a function of the values it names (a count, a name), so no
 * sentence is ever glued together from English pieces. A key a language lacks falls back to
 * English, with one console warning per widget and language that lists the missing keys.
 * Pure but for that warning and the registry itself.
 */
import { registry } from './language-registry.js';

/** One message: a text, or a function of the values it names. */
export type Message = string | ((...values: never[]) => string);
/** A widget's messages, by key. */
export type MessageTable = Readonly<Record<string, Message>>;

export {
  registerBuiltInLanguage,
  registerLanguage,
  type LanguageTables,
} from './language-registry.js';

/** The longest message a registered language may give: longer ones are shown in English. */
export const MESSAGE_LIMIT = 1000;

/** Widget and language pairs already warned about, so each warning is given once. */
const warned = new Set<string>();

/**
 * The texts registered for built-in content `name` in `language` (the techniques, the
 * back-pain check...), as given; undefined when there are none. The content's module
 * lays them over its English, field by field.
 */
export function textsFor<T extends object>(name: string, language: string): Partial<T> | undefined {
  return registry.get(language)?.get(name) as Partial<T> | undefined;
}

/** True for English and for every language registered. */
export const hasLanguage = (language: string): boolean =>
  language === 'en' || registry.has(language);

/**
 * `widget`'s messages in `language`: the registered ones, English for the rest. Only keys
 * English has are used, and only of the same kind (a text for a text, a function for a
 * function), so a table can never make a widget throw.
 */
export function messagesFor<T extends MessageTable>(
  widget: string,
  english: T,
  language: string,
): T {
  const table = registry.get(language)?.get(widget) as Partial<MessageTable> | undefined;
  if (language === 'en' || !table) return english;
  let merged = merges.get(table) as T | undefined;
  if (merged) return merged;
  const words: Record<string, Message> = {};
  const missing: string[] = [];
  for (const [key, fallback] of Object.entries(english)) {
    const given = Object.hasOwn(table, key) ? table[key] : undefined;
    const usable =
      typeof given === typeof fallback &&
      (typeof given !== 'string' || (given && given.length <= MESSAGE_LIMIT));
    words[key] = !usable
      ? fallback
      : typeof given === 'function'
        ? guarded(given, fallback as Fn, `${widget} ${language} ${key}`)
        : given!;
    if (!usable) missing.push(key);
  }
  if (missing.length)
    warnOnce(
      `${widget} ${language}`,
      `${widget} messages in "${language}" lack ${missing.join(', ')}; these are shown in English`,
    );
  // Nothing usable: the English table itself, so the widget knows its words are English.
  merged = (missing.length === Object.keys(english).length ? english : words) as T;
  if (missing.length && merged !== english) partial.add(merged);
  merges.set(table, merged);
  return merged;
}

type Fn = (...values: never[]) => string;

/** Merged tables with some English in them. */
const partial = new WeakSet<object>();

/** True when `table` (from messagesFor) mixes a language with English fallbacks. */
export const isPartial = (table: MessageTable): boolean => partial.has(table);

/** Each registered table's merge with English, made once. */
const merges = new WeakMap<object, MessageTable>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`knead-widgets: ${message}`);
}

/**
 * A registered message function that throws or gives no text falls back to the English
 * sentence (an emergency number must never vanish with a translation), warning once.
 */
function guarded(given: Fn, fallback: Fn, where: string): Fn {
  return (...values) => {
    try {
      const text: unknown = given(...values);
      if (typeof text === 'string' && text && text.length <= MESSAGE_LIMIT) return text;
    } catch {
      // Shown in English, below.
    }
    warnOnce(where, `the message ${where} gave no text; it is shown in English`);
    return fallback(...values);
  };
}
