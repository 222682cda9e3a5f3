import { createContext, ContextRoot } from '@lit/context';

/** The clinic settings every widget can read from its `<knead-clinic>`. */
export interface ClinicSettings {
  /** The clinic's name, e.g. for "Book with Harbour Physio". */
  readonly name?: string | undefined;
  /** A booking page URL; takes precedence over provider and account. */
  readonly bookingUrl?: string | undefined;
  /** A booking provider id (see the booking button's providers). */
  readonly bookingProvider?: string | undefined;
  /** The clinic's account id with that provider. */
  readonly bookingAccount?: string | undefined;
  /** The clinic's phone number, shown where booking online is not possible. */
  readonly phone?: string | undefined;
  /**
   * The number to call in an emergency, as the clinic set it (`emergency-number`). Unset:
   * each widget works it out from the language's region or the visitor's time zone.
   */
  readonly emergencyNumber?: string | undefined;
  /**
   * The clinic's locale (BCP 47): its `lang`, else its nearest ancestor's; a hint of where
   * the clinic is, for emergency numbers.
   */
  readonly locale?: string | undefined;
  /**
   * The clinic's own `lang`, not inherited: the language its widgets speak unless their own
   * `lang` says otherwise. (Inherited, a page clinic would speak `<html lang>` over a
   * Spanish section of the page.)
   */
  readonly language?: string | undefined;
  /** Technique id to the clinic's service id with its booking provider. */
  readonly services: Readonly<Record<string, string>>;
  /** The clinic's colour scheme (`theme`): also for widgets outside it, served as a page clinic. */
  readonly theme?: 'light' | 'dark' | 'auto' | undefined;
}

/**
 * The context key. `Symbol.for` with a version, so two copies of the library on one page
 * (a CDN script and an app bundle) still find each other's clinic.
 */
export const clinicContext = createContext<ClinicSettings | undefined>(
  Symbol.for('knead.clinic@1'),
);

const ROOT_KEY = Symbol.for('knead.contextRoot@1');

/**
 * Attaches one `ContextRoot` to the document, once per page whatever the number of library
 * copies. It keeps widgets' context requests that no clinic answered yet and replays them
 * when a clinic connects, so a clinic defined or added after its widgets still reaches them.
 * Every define file calls this before registering an element.
 */
export function attachContextRoot(): void {
  const holder = globalThis as { [ROOT_KEY]?: ContextRoot };
  if (holder[ROOT_KEY] || typeof document === 'undefined') return;
  const root = new ContextRoot();
  root.attach(document as unknown as HTMLElement);
  holder[ROOT_KEY] = root;
}
