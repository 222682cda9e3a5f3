/**
 * Makes the browser report `zone` as the visitor's time zone (what
 * `Intl.DateTimeFormat().resolvedOptions().timeZone` says), so tests do not depend on the
 * machine's, and stories about a place do not depend on whoever opens Storybook. Returns the
 * function that restores the real one (a story's `beforeEach` cleanup).
 */
export function stubTimeZone(zone: string): () => void {
  const proto = Intl.DateTimeFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'resolvedOptions')!;
  Object.defineProperty(proto, 'resolvedOptions', {
    ...original,
    value(this: Intl.DateTimeFormat) {
      return {
        ...(original.value as () => Intl.ResolvedDateTimeFormatOptions).call(this),
        timeZone: zone,
      };
    },
  });
  return () => Object.defineProperty(proto, 'resolvedOptions', original);
}
