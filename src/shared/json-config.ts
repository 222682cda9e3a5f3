/**
 * Reads the inline `<script type="application/json">` child a clinic can paste inside a
 * widget: the CMS-friendly way to give it structured settings without JavaScript.
 */

export type JsonConfig =
  | { readonly found: false }
  | { readonly found: true; readonly ok: true; readonly value: unknown }
  | { readonly found: true; readonly ok: false; readonly error: string };

/** The host's first direct `<script type="application/json">` child, parsed. Never throws. */
export function readJsonConfig(host: Element): JsonConfig {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return { found: false };
  const text = script.textContent ?? '';
  try {
    return { found: true, ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { found: true, ok: false, error: `its JSON could not be read (${detail})` };
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
