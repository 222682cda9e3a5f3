/** A custom element class that carries the library version it came from. */
export type VersionedElement = CustomElementConstructor & { readonly version: string };

/**
 * Registers `tag` unless it is already taken. Pages often load the library twice (a CDN
 * script and an app bundle, or two plugins); the registry would throw on the second
 * `define`, so we warn once, naming both versions, and keep the first definition.
 */
export function define(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as Partial<VersionedElement> | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  console.warn(
    `knead-widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
      `version ${ctor.version} was not registered.`,
  );
}
