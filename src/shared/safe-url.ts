/**
 * The one gate every URL passes before a widget links to it or frames it. Pure: no DOM,
 * no network. It refuses rather than repairs, so a clinic sees the problem instead of a
 * quietly rewritten link.
 */

/** What a URL is for: a web page, a phone call or an e-mail. */
export type UrlKind = 'web' | 'tel' | 'mailto';

export interface UrlRules {
  /** Kinds accepted; web only unless told otherwise. */
  readonly kinds?: readonly UrlKind[];
  /**
   * Hostnames a web URL must be on. `*.example.com` accepts any subdomain of example.com
   * (not example.com itself). Omitted: any public host.
   */
  readonly hosts?: readonly string[];
  /**
   * Resolve a relative address (`/home-exercises`) against this URL before checking it:
   * for links to the page's own site. Omitted: relative addresses are refused.
   */
  readonly base?: string;
}

export type UrlCheck =
  | { readonly ok: true; readonly url: string; readonly kind: UrlKind }
  | { readonly ok: false; readonly reason: string };

const MAX_LENGTH = 2048;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
// C0 controls, DEL, C1 controls, every Unicode space, zero-width, joiner and bidi marks,
// variation selectors and tag characters: nothing a reader can see.
const INVISIBLE_OR_SPACE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching these is the point
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u034f\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\u3000\ufe00-\ufe0f\ufeff\u{e0000}-\u{e007f}]/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Two digits at least: some emergency numbers are that short (15, SAMU in France).
const PHONE = /^tel:\+?[0-9][0-9().-]{1,30}(;ext=[0-9]{1,8})?$/i;
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

const refuse = (reason: string): UrlCheck => ({ ok: false, reason });

/** True when `hostname` is one of `hosts`, honouring `*.` wildcards. */
export function hostMatches(hostname: string, hosts: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return hosts.some((allowed) =>
    allowed.startsWith('*.')
      ? host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1
      : host === allowed,
  );
}

function checkWeb(raw: string, rules: UrlRules): UrlCheck {
  // The WHATWG parser forgives `https:evil.com` and `https:\\evil.com`; we do not.
  if (!/^https?:\/\//i.test(raw) || raw.includes('\\')) {
    return refuse('a web address must start with https://');
  }
  // The host as written: the parser would drop an empty `@` or extra slashes, and map
  // full-width or dotted look-alikes onto ASCII. We refuse what it would quietly repair.
  const authority = /^https?:\/\/([^/?#]*)/i.exec(raw)?.[1] ?? '';
  if (!authority) return refuse('it has no host');
  if (authority.includes('@')) return refuse('it carries a user name or password');
  if (rules.hosts && /[^\x21-\x7e]/.test(authority)) {
    return refuse('a provider host must be written in plain ASCII');
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('it is not a valid web address');
  }
  if (!url.hostname) return refuse('it has no host');
  if (url.href.length > MAX_LENGTH) return refuse(`it is longer than ${MAX_LENGTH} characters`);
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return refuse('plain http is only allowed for localhost; use https');
  }
  if (rules.hosts) {
    if (!hostMatches(url.hostname, rules.hosts)) {
      return refuse(`its host ${url.hostname} is not one of ${rules.hosts.join(', ')}`);
    }
    if (url.port) return refuse('it names a port on a provider host');
  }
  return { ok: true, url: url.href, kind: 'web' };
}

function resolve(relative: string, base: string): string | undefined {
  try {
    return new URL(relative, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Checks `input` against the rules and returns the normalised URL or the reason it was
 * refused. Never throws, whatever it is given.
 */
export function checkUrl(input: unknown, rules: UrlRules = {}): UrlCheck {
  if (typeof input !== 'string') return refuse('it is not text');
  // Attribute values often carry stray outer spaces; inner ones are a trick or a typo.
  const raw = input.replace(/^[ \n\t\r\f]+|[ \n\t\r\f]+$/g, '');
  if (!raw) return refuse('it is empty');
  if (raw.length > MAX_LENGTH) return refuse(`it is longer than ${MAX_LENGTH} characters`);
  if (INVISIBLE_OR_SPACE.test(raw)) return refuse('it contains spaces or invisible characters');
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (!scheme) {
    // Resolved, it is checked like any absolute address (so `//host` must still pass).
    const resolved = rules.base ? resolve(raw, rules.base) : undefined;
    return resolved
      ? checkUrl(resolved, { ...rules, base: undefined })
      : refuse('it is not an absolute address (relative and //host addresses are refused)');
  }

  const kinds = rules.kinds ?? ['web'];
  if (scheme === 'https' || scheme === 'http') {
    return kinds.includes('web')
      ? checkWeb(raw, rules)
      : refuse('a web address is not allowed here');
  }
  if (scheme === 'tel' && kinds.includes('tel')) {
    return PHONE.test(raw)
      ? { ok: true, url: raw, kind: 'tel' }
      : refuse('it is not a valid phone link');
  }
  if (scheme === 'mailto' && kinds.includes('mailto')) {
    const rest = raw.slice('mailto:'.length);
    const queryStart = rest.indexOf('?');
    const address = queryStart < 0 ? rest : rest.slice(0, queryStart);
    const valid = EMAIL.test(address) && !/[<>"]/.test(rest);
    return valid ? { ok: true, url: raw, kind: 'mailto' } : refuse('it is not a valid e-mail link');
  }
  return refuse(`the ${scheme}: scheme is not allowed`);
}

/**
 * The `tel:` link for a phone number as people write it ("+1 (604) 555-0142"), or
 * undefined when what is left after dropping the formatting is not a valid phone link.
 */
export function phoneUrl(phone: string): string | undefined {
  const checked = checkUrl(`tel:${phone.replace(/[\s().-]/g, '')}`, { kinds: ['tel'] });
  return checked.ok ? checked.url : undefined;
}

/** UTM campaign parameters a clinic adds to outgoing booking links. */
export interface Utm {
  readonly source?: string | undefined;
  readonly medium?: string | undefined;
  readonly campaign?: string | undefined;
}

/** Adds the given UTM parameters to a web URL; other kinds are returned unchanged. */
export function withUtm(url: string, utm: Utm): string {
  const entries = Object.entries(utm).filter((entry): entry is [string, string] => !!entry[1]);
  if (!entries.length || !URL.canParse(url) || !/^https?:/i.test(url)) return url;
  const result = new URL(url);
  for (const [key, value] of entries) result.searchParams.set(`utm_${key}`, value);
  return result.href;
}
