/**
 * Makes the browser report `zone` as the visitor's time zone, for a story about a place;
 * returns the function that restores the real one (a story's `beforeEach` cleanup).
 */
export function stubTimeZone(zone: string): () => void {
  const proto = Intl.DateTimeFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'resolvedOptions')!;
  const real = original.value as () => Intl.ResolvedDateTimeFormatOptions;
  Object.defineProperty(proto, 'resolvedOptions', {
    ...original,
    value(this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: zone };
    },
  });
  return () => Object.defineProperty(proto, 'resolvedOptions', original);
}
