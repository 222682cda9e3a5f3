/** A custom element class that carries the library version it came from. */
export type VersionedElement = CustomElementConstructor & { readonly version: string };

/**
 * Which clashes this page has already reported. It lives on `globalThis` under a
 * `Symbol.for` key, not in this module, so every copy of the library on the page (a CDN
 * file and an app bundle, two plugins) shares it and the page hears about a clash once.
 */
const REPORTED_KEY = Symbol.for('knead.defineReported@1');

function reported(): Set<string> {
  const page = globalThis as { [REPORTED_KEY]?: Set<string> };
  return (page[REPORTED_KEY] ??= new Set());
}

/**
 * Registers `tag` unless it is already taken. Pages often load the library twice; the
 * registry would throw on the second `define`, so the first definition stays. A second
 * copy of the same version is silent (its elements behave the same). A different version
 * warns once per page and pair of versions, naming both, not once for each of its tags.
 */
export function define(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as Partial<VersionedElement> | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing.version === ctor.version) return;
  // Code other than knead-widgets owns the tag: each such tag is its own clash.
  const key = existing.version ? `${existing.version} ${ctor.version}` : `<${tag}>`;
  if (reported().has(key)) return;
  reported().add(key);
  console.warn(
    existing.version
      ? `knead-widgets: version ${existing.version} is already loaded on this page, so version ` +
          `${ctor.version} did not register <${tag}> or any other tag ${existing.version} defines. ` +
          `Load one copy of knead-widgets.`
      : `knead-widgets: <${tag}> is already defined by other code; version ${ctor.version} ` +
          `was not registered.`,
  );
}
