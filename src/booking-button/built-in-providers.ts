/**
 * The booking providers we know: one row each. Only link patterns a provider documents for
 * its own customers are encoded; where a provider has no public pattern for a service, the
 * clinic pastes the link it was given (`href`), and we still check it is on the provider's
 * hosts. Pure data and functions, no DOM.
 *
 * Each row says where its pattern was seen. Where the provider's own pages describe the
 * booking site but not the form of its address (Noterro, Jane, Vagaro, Mindbody), the
 * pattern is the address the provider gives each clinic, as clinics publish it; those pages
 * are cited for what they do say.
 */

export interface BookingProvider {
  readonly id: string;
  /** Shown to visitors, e.g. in the popup's title. */
  readonly name: string;
  /** Hostnames its booking pages live on; `*.` allows any subdomain. */
  readonly hosts: readonly string[];
  /** Which account ids are plausible; checked before they go into a URL. */
  readonly account: RegExp;
  /** The booking page for an account, where the provider documents one. */
  readonly accountUrl?: (account: string) => string;
  /** Which service ids are plausible (default: a slug, letters, digits, `-` and `_`). */
  readonly service?: RegExp;
  /**
   * The booking page for one service, where the provider documents one; undefined for a
   * service it cannot link (the account page is used, and the console says why).
   */
  readonly serviceUrl?: (account: string, service: string) => string | undefined;
  /** What the console says when `serviceUrl` cannot link a service: the form it expects. */
  readonly serviceHint?: string;
  /**
   * Whether the provider lets its booking pages be framed (the popup and
   * `<knead-booking-frame>`); how a framed page talks: provider-embeds.ts.
   */
  readonly frameable: boolean;
}

/** An id in a URL path: an account slug, or a service (event type) id. */
export const SLUG = /^[a-z0-9][a-z0-9_-]{0,99}$/i;
const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const NUMBER = /^-?[0-9]{1,12}$/;
/**
 * A Noterro service: its id, and the name in its page's address (`26506/myofascial-therapy`),
 * a name of at most 100 characters, as long as any other id here.
 */
const NOTERRO_SERVICE = /^[0-9]{1,12}(?:\/(?=[a-z0-9-]{1,100}$)[a-z0-9]+(?:-[a-z0-9]+)*)?$/i;
const path = encodeURIComponent;

/** Every provider a `provider` attribute may name. */
export const PROVIDERS = {
  // The clinic's web portal at its own subdomain, where visitors book:
  // https://www.noterro.com/help-articles/18793376547092 (online booking in the Web Portal).
  // A service's page is /service/<id>/<name>, the form clinics publish (a massage article
  // links /service/26506/myofascial-therapy on a clinic's portal; docs/content-sources.md).
  // Whether the id alone works is unverified, so a bare id books the portal's front page.
  noterro: {
    id: 'noterro',
    name: 'Noterro',
    hosts: ['*.noterro.com'],
    account: SUBDOMAIN,
    accountUrl: (account) => `https://${account.toLowerCase()}.noterro.com/`,
    service: NOTERRO_SERVICE,
    serviceUrl: (account, service) =>
      service.includes('/')
        ? `https://${account.toLowerCase()}.noterro.com/service/${service.toLowerCase()}`
        : undefined,
    serviceHint:
      'a Noterro service link needs the id and the name from the address of your service page, e.g. service="26506/myofascial-therapy"',
    frameable: false,
  },
  // The clinic's Jane online booking site at its subdomain, on Jane's regional domains (its
  // guides live on janeapp.com and janeapp.com.au too):
  // https://jane.app/guide/online-booking-choosing-what-is-offered-online-locations-staff-shifts-treatments-etc-and-individual-staff-preferences
  jane: {
    id: 'jane',
    name: 'Jane',
    hosts: ['*.janeapp.com', '*.janeapp.co.uk', '*.janeapp.com.au'],
    account: SUBDOMAIN,
    accountUrl: (account) => `https://${account.toLowerCase()}.janeapp.com/`,
    frameable: false,
  },
  // calendly.com/<user or team>[/<event type>], each event type's `scheduling_url`:
  // https://developer.calendly.com/api-docs/overview/embedding/getting-started and
  // https://developer.calendly.com/docs/api-guides/how-to-display-the-scheduling-page-for-users-of-your-app
  calendly: {
    id: 'calendly',
    name: 'Calendly',
    hosts: ['calendly.com'],
    account: SLUG,
    accountUrl: (account) => `https://calendly.com/${path(account)}`,
    serviceUrl: (account, service) => `https://calendly.com/${path(account)}/${path(service)}`,
    frameable: true,
  },
  // cal.com/<user>[/<event type>], e.g. rick/get-rick-rolled, framed by Cal.com's own embeds:
  // https://cal.com/help/embedding/adding-embed
  cal: {
    id: 'cal',
    name: 'Cal.com',
    hosts: ['cal.com', 'app.cal.com'],
    account: SLUG,
    accountUrl: (account) => `https://cal.com/${path(account)}`,
    serviceUrl: (account, service) => `https://cal.com/${path(account)}/${path(service)}`,
    frameable: true,
  },
  // schedule.php?owner=<id>, or a custom <name>.as.me, with appointmentType=<id>:
  // https://help.acuityscheduling.com/hc/en-us/articles/31917903147021-Building-dynamic-links
  // https://help.acuityscheduling.com/hc/en-us/articles/31919067234445-Parameters-for-dynamic-links
  // Embedding the scheduler: https://developers.acuityscheduling.com/docs/embedding
  acuity: {
    id: 'acuity',
    name: 'Acuity Scheduling',
    hosts: ['app.acuityscheduling.com', '*.as.me', '*.acuityscheduling.com'],
    account: NUMBER,
    accountUrl: (owner) => `https://app.acuityscheduling.com/schedule.php?owner=${path(owner)}`,
    serviceUrl: (owner, type) =>
      `https://app.acuityscheduling.com/schedule.php?owner=${path(owner)}&appointmentType=${path(type)}`,
    frameable: true,
  },
  // A Square-powered booking site or widget, whose link Square gives the clinic; no pattern:
  // https://squareup.com/help/us/en/article/5353-view-client-facing-online-booking-tools
  square: {
    id: 'square',
    name: 'Square Appointments',
    hosts: ['book.squareup.com', 'squareup.com', '*.square.site'],
    account: SLUG,
    frameable: false,
  },
  // The business's Vagaro listing (online booking) page, vagaro.com/<business URL name>:
  // https://support.vagaro.com/hc/en-us/articles/204347060-Configure-Your-Online-Appointment-Rules
  vagaro: {
    id: 'vagaro',
    name: 'Vagaro',
    hosts: ['www.vagaro.com', 'vagaro.com'],
    account: SLUG,
    accountUrl: (account) => `https://www.vagaro.com/${path(account)}`,
    frameable: false,
  },
  // No public page documents Fresha's booking links: the clinic pastes its own (`href`).
  fresha: {
    id: 'fresha',
    name: 'Fresha',
    hosts: ['www.fresha.com', 'fresha.com'],
    account: SLUG,
    frameable: false,
  },
  // The classic consumer-mode schedule of a site (studio) id: the online schedule is
  // http://www.mindbodyonline.com/HelpFiles/MyWebHelp/Content/Getting%20Started/10ConsumerPrivileges.htm
  // and the site id https://developers.mindbodyonline.com/PublicDocumentation/V6
  mindbody: {
    id: 'mindbody',
    name: 'Mindbody',
    hosts: ['clients.mindbodyonline.com', 'www.mindbodyonline.com', '*.mindbody.io'],
    account: NUMBER,
    accountUrl: (studio) =>
      `https://clients.mindbodyonline.com/classic/ws?studioid=${path(studio)}`,
    frameable: false,
  },
} as const satisfies Record<string, BookingProvider>;

export type ProviderId = keyof typeof PROVIDERS;

/** The provider for an id, or undefined for an unknown one. */
export function findProvider(id: string | undefined): BookingProvider | undefined {
  if (!id) return undefined;
  const key = id.trim().toLowerCase();
  return Object.hasOwn(PROVIDERS, key) ? PROVIDERS[key as ProviderId] : undefined;
}

/** The ids a `provider` attribute accepts, for error messages and docs. */
export const PROVIDER_IDS = Object.keys(PROVIDERS) as ProviderId[];
