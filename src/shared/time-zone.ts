/**
 * The visitor's IANA time zone (e.g. `Europe/Paris`), read in the page from the browser's
 * settings: nothing is sent anywhere. Undefined where the browser does not say.
 */
export function visitorTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
