/**
 * Makes the browser report `zone` as the visitor's time zone (what
 * `Temporal.Now.timeZoneId()` and `Intl.DateTimeFormat().resolvedOptions().timeZone` say),
 * so tests do not depend on the machine's, and stories about a place do not depend on
 * whoever opens Storybook. Returns the function that restores the real ones (a story's
 * `beforeEach` cleanup).
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
  const now = (globalThis as { Temporal?: { Now: object } }).Temporal?.Now;
  const originalId = now && Object.getOwnPropertyDescriptor(now, 'timeZoneId');
  if (now) Object.defineProperty(now, 'timeZoneId', { ...originalId, value: () => zone });
  return () => {
    Object.defineProperty(proto, 'resolvedOptions', original);
    if (now && originalId) Object.defineProperty(now, 'timeZoneId', originalId);
  };
}
