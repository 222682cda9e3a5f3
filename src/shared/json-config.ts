/**
 * Reads the inline `<script type="application/json">` child a clinic can paste inside a
 * widget: the CMS-friendly way to give it structured settings without JavaScript.
 */
import { reportOnce } from './log.js';

export type JsonConfig =
  | { readonly found: false }
  | { readonly found: true; readonly ok: true; readonly value: unknown }
  | { readonly found: true; readonly ok: false; readonly error: string };

/**
 * The longest JSON child read, in characters: a clinic's largest flow or technique list is
 * well under it; past it, parsing alone would hold up the page.
 */
export const MAX_JSON_LENGTH = 2_000_000;

/** The host's first direct `<script type="application/json">` child, parsed. Never throws. */
export function readJsonConfig(host: Element): JsonConfig {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return { found: false };
  const text = script.textContent ?? '';
  if (text.length > MAX_JSON_LENGTH) {
    const limit = MAX_JSON_LENGTH.toLocaleString('en-US');
    const error = `its JSON is too long: at most ${limit} characters (it has ${text.length.toLocaleString('en-US')})`;
    return { found: true, ok: false, error };
  }
  try {
    return { found: true, ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { found: true, ok: false, error: `its JSON could not be read (${detail})` };
  }
}

/**
 * `readJsonConfig`, and an unreadable child reported (once) on the console: the host should
 * treat it as invalid, never fall back to other settings in its place.
 */
export function readJsonChild(host: Element): JsonConfig {
  const json = readJsonConfig(host);
  if (json.found && !json.ok) reportOnce(host, 'script[type="application/json"]', '', json.error);
  return json;
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
