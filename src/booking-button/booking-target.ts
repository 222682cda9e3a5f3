/**
 * Turns booking settings (a provider and account, a service, or a pasted link) into one
 * checked URL, or into the reason it cannot be used. Pure: the element decides what to
 * show; this decides what is safe.
 */
import { checkUrl, withUtm, type UrlKind, type Utm } from '../shared/safe-url.js';
import {
  findProvider,
  PROVIDERS,
  PROVIDER_IDS,
  SLUG,
  type BookingProvider,
} from './built-in-providers.js';

export interface BookingSettings {
  readonly provider?: string | undefined;
  readonly account?: string | undefined;
  readonly service?: string | undefined;
  readonly href?: string | undefined;
  readonly utm?: Utm | undefined;
}

export interface BookingTarget {
  readonly url: string;
  readonly kind: UrlKind;
  readonly provider?: BookingProvider | undefined;
  /** True when popup mode may frame this page. */
  readonly frameable: boolean;
  /** A non-fatal problem worth one console warning. */
  readonly notice?: string;
}

/** Which setting was wrong, with its value and why: enough for one clear console message. */
export interface BookingProblem {
  readonly attribute: 'provider' | 'account' | 'service' | 'href';
  readonly value: string;
  readonly reason: string;
}

export type BookingResolution =
  { readonly ok: true; readonly target: BookingTarget } | ({ readonly ok: false } & BookingProblem);

const problem = (
  attribute: BookingProblem['attribute'],
  value: string | undefined,
  reason: string,
): BookingResolution => ({ ok: false, attribute, value: value ?? '', reason });

function fromProvider(provider: BookingProvider, settings: BookingSettings) {
  const { account, service } = settings;
  if (!provider.accountUrl) {
    return problem(
      'href',
      '',
      `${provider.name} has no documented link pattern; set href to your booking link`,
    );
  }
  if (!account) return problem('account', account, `${provider.name} needs an account`);
  if (!provider.account.test(account)) {
    return problem('account', account, `it is not a valid ${provider.name} account id`);
  }
  if (!service) return { url: provider.accountUrl(account) };
  if (!(provider.service ?? SLUG).test(service)) {
    return problem('service', service, 'it is not a valid service id');
  }
  const url = provider.serviceUrl?.(account, service);
  if (!url) {
    const why = provider.serviceHint ?? `${provider.name} has no documented link for one service`;
    return {
      url: provider.accountUrl(account),
      notice: `${why}, so service="${service}" was ignored and the account page is used; set href to link a service`,
    };
  }
  return { url };
}

/**
 * The known provider a URL belongs to: the one whose hosts it is on, passing the same
 * check a provider's own links pass (https, plain ASCII host, no port, no user name), so
 * `calendly.com.evil.example` is nobody's. Undefined for any other URL.
 */
export function providerForUrl(url: string): BookingProvider | undefined {
  return Object.values<BookingProvider>(PROVIDERS).find(
    (provider) => checkUrl(url, { hosts: provider.hosts }).ok,
  );
}

/**
 * Resolves booking settings to a safe URL. Never throws. A link without a provider on a
 * known provider's hosts counts as that provider's (so its popup may frame it).
 */
export function resolveBooking(settings: BookingSettings): BookingResolution {
  const provider =
    findProvider(settings.provider) ??
    (settings.provider || !settings.href ? undefined : providerForUrl(settings.href));
  if (settings.provider && !provider) {
    return problem(
      'provider',
      settings.provider,
      `unknown provider; use one of ${PROVIDER_IDS.join(', ')}`,
    );
  }
  let candidate: { url: string; notice?: string };
  let attribute: BookingProblem['attribute'] = 'href';
  if (settings.href) {
    candidate = { url: settings.href };
  } else if (provider) {
    const built = fromProvider(provider, settings);
    if ('ok' in built) return built;
    candidate = built;
    attribute = 'provider';
  } else {
    return problem(
      'href',
      '',
      'no booking link: set href, or provider and account, or use a <knead-clinic> with booking settings',
    );
  }

  const checked = checkUrl(candidate.url, {
    kinds: provider ? ['web'] : ['web', 'tel', 'mailto'],
    ...(provider && { hosts: provider.hosts }),
  });
  if (!checked.ok) return problem(attribute, candidate.url, checked.reason);
  return {
    ok: true,
    target: {
      url: withUtm(checked.url, settings.utm ?? {}),
      kind: checked.kind,
      provider,
      frameable: checked.kind === 'web' && (provider?.frameable ?? false),
      ...(candidate.notice && { notice: candidate.notice }),
    },
  };
}

// Public from here too (the package's entry exports it with the other booking rules); the
// popup and the frame import it from provider-embeds.ts, so link-mode pages never download it.
export { frameUrl } from './provider-embeds.js';
