import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkUrl,
  phoneUrl,
  hostMatches,
  withUtm,
  type UrlKind,
  type UrlRules,
} from '../../src/shared/safe-url.js';

/** The most permissive rules: every kind, any host. A refusal under these is a real refusal. */
const ANY_KIND: UrlRules = { kinds: ['web', 'tel', 'mailto'] };
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Shows invisible and non-ASCII characters as \uXXXX so test names stay readable. */
function printable(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  const escaped = value.replace(
    /[^\x21-\x7e]/gu,
    (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
  return escaped.length > 70 ? `${escaped.slice(0, 60)}... (${value.length} chars)` : escaped;
}

/** The lower-cased scheme of an accepted URL, e.g. "https". */
function schemeOf(url: string): string {
  return (/^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? '').toLowerCase();
}

/** True when an accepted URL is one the gate promises: https, local http, tel: or mailto:. */
function hasSafeScheme(url: string): boolean {
  const scheme = schemeOf(url);
  if (scheme === 'https') return new URL(url).protocol === 'https:';
  if (scheme === 'http') return LOCAL_HOSTS.includes(new URL(url).hostname);
  return scheme === 'tel' || scheme === 'mailto';
}

interface Refusal {
  readonly input: string;
  readonly why: string;
  readonly rules?: UrlRules;
}

const HOSTILE: readonly Refusal[] = [
  // javascript: in many spellings
  { input: 'javascript:alert(1)', why: 'javascript: scheme' },
  { input: 'JavaScript:alert(1)', why: 'mixed-case javascript:' },
  { input: 'JAVASCRIPT:alert(document.cookie)', why: 'upper-case javascript:' },
  { input: ' javascript:alert(1)', why: 'javascript: after a leading space' },
  { input: '\t\n javascript:alert(1)', why: 'javascript: after leading tabs and newlines' },
  { input: 'java\tscript:alert(1)', why: 'a tab inside the scheme' },
  { input: 'java\nscript:alert(1)', why: 'a newline inside the scheme' },
  { input: 'java\rscript:alert(1)', why: 'a carriage return inside the scheme' },
  { input: '\u0000javascript:alert(1)', why: 'a NUL before the scheme' },
  { input: 'javascript&colon;alert(1)', why: 'an entity-like colon (relative)' },
  { input: '&#106;avascript:alert(1)', why: 'an entity-encoded first letter (relative)' },
  { input: 'javascript://%0aalert(1)', why: 'javascript: dressed as a hierarchical URL' },
  { input: 'javascript:/*https://x.com*/alert(1)', why: 'javascript: hiding an https URL' },
  // other dangerous or unsupported schemes
  { input: 'data:text/html,<script>alert(1)</script>', why: 'data:text/html' },
  { input: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', why: 'base64 data:' },
  { input: 'data:image/svg+xml,<svg/onload=alert(1)>', why: 'data:image/svg+xml' },
  { input: 'vbscript:msgbox(1)', why: 'vbscript:' },
  { input: 'file:///etc/passwd', why: 'file:' },
  { input: 'blob:https://x.com/5a1e0c4e-1111-2222-3333-444455556666', why: 'blob:' },
  { input: 'about:blank', why: 'about:' },
  { input: 'ftp://example.com/file.txt', why: 'ftp:' },
  { input: 'ws://example.com/socket', why: 'ws:' },
  { input: 'wss://example.com/socket', why: 'wss:' },
  { input: 'intent://scan/#Intent;scheme=zxing;end', why: 'intent:' },
  { input: 'chrome://settings', why: 'chrome:' },
  { input: 'view-source:https://example.com', why: 'view-source:' },
  // relative and scheme-relative addresses
  { input: '//evil.com', why: 'protocol-relative' },
  { input: '\\\\evil.com', why: 'backslash protocol-relative' },
  { input: '/book', why: 'an absolute path' },
  { input: 'book.html', why: 'a relative path' },
  { input: '?x=1', why: 'a bare query' },
  { input: '#a', why: 'a bare fragment' },
  // web addresses the WHATWG parser would forgive
  { input: 'https:\\\\evil.com', why: 'backslashes after https:' },
  { input: 'https:/\\evil.com', why: 'a slash and a backslash after https:' },
  { input: 'https://evil.com\\@good.com', why: 'a backslash in the authority' },
  { input: 'https:evil.com', why: 'https: without slashes' },
  { input: 'https:/evil.com', why: 'https: with one slash' },
  // credentials
  { input: 'https://good.com@evil.com', why: 'a host-like user name' },
  { input: 'https://user:pass@x.com', why: 'a user name and password' },
  { input: 'https://user@x.com/', why: 'a user name only' },
  { input: 'https://:secret@x.com/', why: 'a password only' },
  // plain http on a public host
  { input: 'http://example.com', why: 'http on a public host' },
  { input: 'HTTP://EXAMPLE.COM/', why: 'upper-case http on a public host' },
  { input: 'http://localhost.evil.com/', why: 'http on a host starting with localhost' },
  { input: 'http://0.0.0.0/', why: 'http on 0.0.0.0' },
  // spaces and invisible characters
  { input: 'https://exa mple.com', why: 'a space inside the host' },
  { input: 'https://example.com/a b', why: 'a space inside the path' },
  { input: 'https://exa\u200bmple.com', why: 'a zero-width space' },
  { input: 'https://example.com/\u202egnp.exe', why: 'a right-to-left override' },
  { input: 'https://exa\u00a0mple.com', why: 'a non-breaking space' },
  { input: 'https://exa\u00admple.com', why: 'a soft hyphen' },
  { input: 'https://example.com/\u2028', why: 'a line separator' },
  { input: 'https://example.com/\u2029x', why: 'a paragraph separator' },
  { input: 'https://example.com/\u0007', why: 'a bell control character' },
  { input: 'https://example.com/\u007f', why: 'DEL' },
  { input: 'https://example.com/\u0085', why: 'a C1 control (next line)' },
  { input: 'https://example.com/\ufeff', why: 'a byte order mark' },
  { input: 'https://example.com/\u2066x\u2069', why: 'bidi isolates' },
  { input: 'https://example.com/\u200dx', why: 'a zero-width joiner' },
  { input: 'https://example.com/\u3000', why: 'an ideographic space' },
  { input: 'https://example.com/\u000b', why: 'a vertical tab' },
  // size and emptiness
  { input: `https://example.com/${'a'.repeat(2048)}`, why: 'longer than 2048 characters' },
  { input: '', why: 'the empty string' },
  { input: '   ', why: 'only spaces' },
  { input: ' \t\n\r\f ', why: 'only outer whitespace' },
  // tel:
  { input: 'tel:call-me-maybe', why: 'tel: with letters' },
  { input: 'tel:+1555CALLNOW', why: 'tel: with trailing letters' },
  { input: 'tel:', why: 'an empty tel:' },
  { input: 'tel:+1', why: 'tel: with too few digits' },
  { input: 'tel:+15550100', why: 'tel: when tel is not allowed', rules: { kinds: ['web'] } },
  { input: 'tel:+15550100', why: 'tel: under the default rules', rules: {} },
  // mailto:
  { input: 'mailto:desk.clinic.example', why: 'mailto: with no @' },
  { input: 'mailto:', why: 'an empty mailto:' },
  { input: 'mailto:desk@clinic', why: 'mailto: with a dotless domain' },
  { input: 'mailto:?to=desk@clinic.example', why: 'mailto: with only a query' },
  {
    input: 'mailto:desk@clinic.example?subject=<script>alert(1)</script>',
    why: 'mailto: with <script> in the query',
  },
  { input: 'mailto:desk@clinic.example?body="x"', why: 'mailto: with quotes in the query' },
  {
    input: 'mailto:desk@clinic.example',
    why: 'mailto: when mailto is not allowed',
    rules: { kinds: ['web', 'tel'] },
  },
  // broken web addresses
  { input: 'https://', why: 'https:// with no host' },
  { input: 'https://[::1', why: 'an unterminated IPv6 host' },
  { input: 'https://example.com:99999/', why: 'a port out of range' },
  { input: 'https://exa%mple.com/', why: 'a bad percent sign in the host' },
  {
    input: 'https://example.com/',
    why: 'a web address when only tel and mailto are allowed',
    rules: { kinds: ['tel', 'mailto'] },
  },
];

describe('checkUrl', () => {
  describe('refuses hostile or malformed text', () => {
    it('has a corpus of at least 45 entries', () => {
      expect(HOSTILE.length).to.be.at.least(45);
    });

    for (const { input, why, rules } of HOSTILE) {
      it(`refuses ${why}: "${printable(input)}"`, () => {
        const result = checkUrl(input, rules ?? ANY_KIND);
        expect(result, printable(input)).to.have.property('ok', false);
        if (!result.ok) expect(result.reason).to.be.a('string').with.length.greaterThan(0);
      });
    }
  });

  describe('refuses values that are not text', () => {
    const values: ReadonlyArray<[string, unknown]> = [
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['a boolean', true],
      ['an object', {}],
      ['an array', []],
      ['an array holding a URL', ['https://example.com/']],
      ['a URL object', new URL('https://example.com/')],
      ['a String object', new String('https://example.com/')],
      ['a symbol', Symbol('https://example.com/')],
    ];
    for (const [name, value] of values) {
      it(`refuses ${name}`, () => {
        const result = checkUrl(value, ANY_KIND);
        expect(result).to.deep.equal({ ok: false, reason: 'it is not text' });
      });
    }
  });

  describe('gives a reason that names the problem', () => {
    const cases: ReadonlyArray<[string, string, UrlRules]> = [
      ['javascript:alert(1)', 'javascript: scheme is not allowed', ANY_KIND],
      ['/book', 'not an absolute address', ANY_KIND],
      ['https://user:pass@x.com', 'user name or password', ANY_KIND],
      ['http://example.com', 'plain http', ANY_KIND],
      ['https://exa mple.com', 'spaces or invisible characters', ANY_KIND],
      [`https://x.com/${'a'.repeat(2100)}`, 'longer than 2048', ANY_KIND],
      ['https:evil.com', 'must start with https://', ANY_KIND],
      ['https://evil.com/', 'evil.com is not one of calendly.com', { hosts: ['calendly.com'] }],
      ['https://calendly.com:8443/', 'port', { hosts: ['calendly.com'] }],
      ['tel:+15550100', 'tel: scheme is not allowed', {}],
      ['https://x.com/', 'web address is not allowed', { kinds: ['tel'] }],
    ];
    for (const [input, fragment, rules] of cases) {
      it(`explains "${printable(input)}" with "${fragment}"`, () => {
        const result = checkUrl(input, rules);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.reason).to.include(fragment);
      });
    }
  });

  describe('provider host rules', () => {
    const calendly: UrlRules = { hosts: ['calendly.com'] };
    const jane: UrlRules = { hosts: ['*.janeapp.com'] };
    const refused: ReadonlyArray<[string, UrlRules]> = [
      ['https://calendly.com.evil.com/x', calendly],
      ['https://evilcalendly.com/x', calendly],
      ['https://calendly.co/x', calendly],
      ['https://xn--calendly-xxx.com', calendly],
      ['https://calendIy.com/x', calendly],
      ['https://\u0441\u0430lendly.com/x', calendly],
      ['https://calendly.com:8443/x', calendly],
      ['https://calendly.com./x', calendly],
      ['https://www.calendly.com/x', calendly],
      ['https://evil.com/calendly.com', calendly],
      ['https://evil.com/?next=https://calendly.com', calendly],
      ['https://calendly.com@evil.com/x', calendly],
      ['http://calendly.com/x', calendly],
      ['http://localhost/x', calendly],
      ['https://janeapp.com', jane],
      ['https://x.janeapp.com.evil.io', jane],
      ['https://xjaneapp.com', jane],
      ['https://x.janeapp.com./', jane],
      ['https://x.janeapp.com:444/', jane],
      ['https://janeapp.co/', jane],
    ];
    for (const [input, rules] of refused) {
      it(`refuses "${printable(input)}" for hosts ${rules.hosts!.join(', ')}`, () => {
        expect(checkUrl(input, rules)).to.have.property('ok', false);
      });
    }

    it('refuses a Cyrillic look-alike host, saying provider hosts must be plain ASCII', () => {
      const result = checkUrl('https://\u0441\u0430lendly.com/x', calendly);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.include('plain ASCII');
    });

    // The URL parser would map these onto https://calendly.com/x; we refuse rather than repair.
    const repairedByParser = [
      'https://\uff43\uff41\uff4c\uff45\uff4e\uff44\uff4c\uff59.com/x',
      'https://calendly\u3002com/x',
      'https://calendly\ufe0f.com/x',
      'https://calen\u034fdly.com/x',
    ];
    for (const input of repairedByParser) {
      it(`refuses ${JSON.stringify(input)}, which the parser would quietly rewrite`, () => {
        expect(checkUrl(input, calendly).ok).to.equal(false);
      });
    }

    it('refuses an empty user part and extra slashes before the host', () => {
      expect(checkUrl('https://@evil.example/').ok).to.equal(false);
      expect(checkUrl('https:///evil.example/').ok).to.equal(false);
    });

    const accepted: ReadonlyArray<[string, UrlRules, string]> = [
      ['https://harbour.janeapp.com/', jane, 'https://harbour.janeapp.com/'],
      ['https://a.b.janeapp.com/book', jane, 'https://a.b.janeapp.com/book'],
      ['https://Harbour.JaneApp.com', jane, 'https://harbour.janeapp.com/'],
      ['https://calendly.com/x', calendly, 'https://calendly.com/x'],
      ['https://CALENDLY.COM/x', calendly, 'https://calendly.com/x'],
      ['https://calendly.com:443/x', calendly, 'https://calendly.com/x'],
    ];
    for (const [input, rules, url] of accepted) {
      it(`accepts "${input}" for hosts ${rules.hosts!.join(', ')}`, () => {
        expect(checkUrl(input, rules)).to.deep.equal({ ok: true, url, kind: 'web' });
      });
    }
  });

  describe('accepts valid addresses and normalises them', () => {
    const VALID: ReadonlyArray<{
      input: string;
      url: string;
      kind: UrlKind;
      rules?: UrlRules;
    }> = [
      { input: 'https://example.com', url: 'https://example.com/', kind: 'web' },
      {
        input: 'https://example.com/book/now?x=1&y=two#slot-3',
        url: 'https://example.com/book/now?x=1&y=two#slot-3',
        kind: 'web',
      },
      {
        input: 'https://example.com/a%20b?q=%3Cx%3E',
        url: 'https://example.com/a%20b?q=%3Cx%3E',
        kind: 'web',
      },
      {
        input: 'https://b\u00fccher.example/termin',
        url: 'https://xn--bcher-kva.example/termin',
        kind: 'web',
      },
      {
        input: 'https://example.com/caf\u00e9',
        url: 'https://example.com/caf%C3%A9',
        kind: 'web',
      },
      { input: 'https://example.com/a/../b', url: 'https://example.com/b', kind: 'web' },
      { input: 'https://EXAMPLE.com/Path', url: 'https://example.com/Path', kind: 'web' },
      { input: 'HTTPS://Example.COM/', url: 'https://example.com/', kind: 'web' },
      { input: 'https://example.com:8443/x', url: 'https://example.com:8443/x', kind: 'web' },
      { input: 'https://example.com:443/x', url: 'https://example.com/x', kind: 'web' },
      { input: 'http://localhost:5173/x', url: 'http://localhost:5173/x', kind: 'web' },
      { input: 'http://LOCALHOST/', url: 'http://localhost/', kind: 'web' },
      { input: 'http://127.0.0.1/x', url: 'http://127.0.0.1/x', kind: 'web' },
      { input: 'http://[::1]/', url: 'http://[::1]/', kind: 'web' },
      { input: '  https://x.com  ', url: 'https://x.com/', kind: 'web' },
      { input: '\n\thttps://x.com/a\r\n', url: 'https://x.com/a', kind: 'web' },
      {
        input: 'tel:+15550100',
        url: 'tel:+15550100',
        kind: 'tel',
        rules: { kinds: ['tel'] },
      },
      {
        input: 'tel:+44(20)7946-0000',
        url: 'tel:+44(20)7946-0000',
        kind: 'tel',
        rules: { kinds: ['web', 'tel'] },
      },
      {
        input: 'tel:5550100;ext=12',
        url: 'tel:5550100;ext=12',
        kind: 'tel',
        rules: { kinds: ['tel'] },
      },
      {
        input: 'mailto:desk@clinic.example',
        url: 'mailto:desk@clinic.example',
        kind: 'mailto',
        rules: { kinds: ['mailto'] },
      },
      {
        input: 'mailto:desk@clinic.example?subject=Booking',
        url: 'mailto:desk@clinic.example?subject=Booking',
        kind: 'mailto',
        rules: { kinds: ['web', 'mailto'] },
      },
      {
        input: ' mailto:front.desk+web@clinic.example ',
        url: 'mailto:front.desk+web@clinic.example',
        kind: 'mailto',
        rules: { kinds: ['mailto'] },
      },
    ];

    it('has a corpus of at least 15 entries', () => {
      expect(VALID.length).to.be.at.least(15);
    });

    for (const { input, url, kind, rules } of VALID) {
      it(`accepts "${printable(input)}" as ${kind} ${url}`, () => {
        expect(checkUrl(input, rules ?? {})).to.deep.equal({ ok: true, url, kind });
      });
    }

    it('accepts a web address under the default rules (web only)', () => {
      expect(checkUrl('https://example.com/')).to.deep.equal({
        ok: true,
        url: 'https://example.com/',
        kind: 'web',
      });
    });

    it('accepts an address of exactly 2048 characters', () => {
      const base = 'https://example.com/';
      const input = base + 'a'.repeat(2048 - base.length);
      expect(input).to.have.length(2048);
      expect(checkUrl(input)).to.deep.equal({ ok: true, url: input, kind: 'web' });
      expect(checkUrl(`${input}a`).ok).to.equal(false);
    });
  });

  describe('properties', () => {
    const rulesArb: fc.Arbitrary<UrlRules> = fc.record(
      {
        kinds: fc.subarray<UrlKind>(['web', 'tel', 'mailto']),
        hosts: fc.array(
          fc.oneof(
            fc.constantFrom('calendly.com', '*.janeapp.com', 'example.com', '*.com', '*.'),
            fc.string(),
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    );

    const DANGEROUS_PIECES = [
      'javascript:',
      'JaVaScRiPt:',
      'data:text/html,',
      'vbscript:',
      'https:',
      'http:',
      '//',
      '\\',
      '\\\\',
      '@',
      ':',
      '%0a',
      '%00',
      '\u0000',
      '\t',
      '\n',
      ' ',
      '\u202e',
      '\u200b',
      'localhost',
      '127.0.0.1',
      '[::1]',
      'evil.com',
      'calendly.com',
      '.',
      '?',
      '#',
      'tel:',
      'mailto:',
      'a@b.co',
      '+1555',
      '<script>',
      '"',
      'user:pass@',
      ':8080',
    ];
    const dangerousMix = fc
      .array(fc.constantFrom(...DANGEROUS_PIECES), { minLength: 1, maxLength: 8 })
      .map((pieces) => pieces.join(''));
    const schemePrefixed = fc
      .tuple(
        fc.constantFrom(
          'javascript:',
          ' javascript:',
          'java\tscript:',
          'data:',
          'vbscript:',
          'file:',
          'https:',
          'http:',
          'https://',
          'http://',
          'tel:',
          'mailto:',
          '//',
        ),
        fc.string({ unit: 'binary', maxLength: 40 }),
      )
      .map(([prefix, rest]) => prefix + rest);
    const webUrls = fc.webUrl({
      validSchemes: ['https', 'http'],
      withQueryParameters: true,
      withFragments: true,
      authoritySettings: { withIPv4: true, withIPv6: true, withPort: true, withUserInfo: true },
    });
    const anyText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      webUrls,
      schemePrefixed,
      dangerousMix,
    );

    it('never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), anyText), rulesArb, (input, rules) => {
          const result = checkUrl(input, rules);
          expect(result.ok).to.be.a('boolean');
          if (result.ok) expect(result.url).to.be.a('string').with.length.greaterThan(0);
          else expect(result.reason).to.be.a('string').with.length.greaterThan(0);
        }),
        { numRuns: 1000 },
      );
    });

    it('never throws for arbitrary binary or grapheme strings under the default rules', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
          (input) => {
            expect(checkUrl(input).ok).to.be.a('boolean');
          },
        ),
        { numRuns: 500 },
      );
    });

    it('only ever accepts https, http on localhost, tel: or mailto:', () => {
      fc.assert(
        fc.property(anyText, (input) => {
          const result = checkUrl(input, ANY_KIND);
          if (result.ok) {
            expect(hasSafeScheme(result.url), result.url).to.equal(true);
            expect(result.kind).to.equal(
              schemeOf(result.url) === 'tel'
                ? 'tel'
                : schemeOf(result.url) === 'mailto'
                  ? 'mailto'
                  : 'web',
            );
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('never accepts anything starting with a javascript: prefix', () => {
      fc.assert(
        fc.property(
          fc.mixedCase(fc.constant('javascript:')),
          fc.string({ unit: 'binary', maxLength: 40 }),
          (prefix, rest) => {
            expect(checkUrl(prefix + rest, ANY_KIND).ok).to.equal(false);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('accepts generated https URLs without user info (the generator is not vacuous)', () => {
      fc.assert(
        fc.property(
          fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
          (input) => {
            expect(checkUrl(input).ok, input).to.equal(true);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('only accepts a web URL whose host matches the host rules, without a port', () => {
      const hostsArb = fc.subarray(
        ['calendly.com', '*.janeapp.com', 'app.acuityscheduling.com', '*.as.me'],
        { minLength: 1 },
      );
      const hostArb = fc.oneof(
        fc.constantFrom(
          'calendly.com',
          'CALENDLY.com',
          'calendly.com.',
          'calendly.com.evil.com',
          'evilcalendly.com',
          'janeapp.com',
          'harbour.janeapp.com',
          'a.b.janeapp.com',
          'x.janeapp.com.evil.io',
          'xjaneapp.com',
          'app.acuityscheduling.com',
          'harbour.as.me',
          'as.me',
          '\u0441\u0430lendly.com',
          'localhost',
        ),
        fc.domain(),
      );
      const urlArb = fc
        .tuple(
          fc.constantFrom('https://', 'http://', 'HTTPS://'),
          fc.constantFrom('', 'user@', 'a:b@'),
          hostArb,
          fc.constantFrom('', ':443', ':8443', ':80'),
          fc.constantFrom('', '/', '/x', '/x?y=1#z'),
        )
        .map((parts) => parts.join(''));
      let accepted = 0;
      fc.assert(
        fc.property(urlArb, hostsArb, (input, hosts) => {
          const result = checkUrl(input, { hosts });
          if (result.ok) {
            accepted += 1;
            const url = new URL(result.url);
            expect(hostMatches(url.hostname, hosts), result.url).to.equal(true);
            expect(url.port).to.equal('');
            expect(url.protocol).to.equal('https:');
          }
        }),
        { numRuns: 1000 },
      );
      expect(accepted, 'some generated URLs should be accepted').to.be.greaterThan(0);
    });

    it('is idempotent: an accepted URL is accepted again, unchanged', () => {
      const unicodePath = fc
        .tuple(
          fc.constantFrom(
            'https://example.com/',
            'http://localhost:5173/',
            'https://b\u00fccher.de/',
          ),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
        )
        .map(([base, rest]) => base + rest);
      fc.assert(
        fc.property(fc.oneof(anyText, unicodePath), rulesArb, (input, rules) => {
          const first = checkUrl(input, rules);
          if (first.ok) {
            expect(checkUrl(first.url, rules), first.url).to.deep.equal(first);
          }
        }),
        { numRuns: 1000 },
      );
    });

    // The 2048-character limit holds for the normalised URL: non-ASCII text is
    // percent-encoded (one "é" becomes "%C3%A9"), so a short input can grow past it.
    it('keeps accepted URLs within the length limit, so checking again accepts them', () => {
      expect(checkUrl(`https://x.com/${'\u00e9'.repeat(1000)}`).ok).to.equal(false);
      const fits = checkUrl(`https://x.com/${'\u00e9'.repeat(300)}`);
      expect(fits.ok).to.equal(true);
      if (fits.ok) {
        expect(fits.url.length).to.be.at.most(2048);
        expect(checkUrl(fits.url)).to.deep.equal(fits);
      }
    });

    it('never accepts a URL carrying credentials', () => {
      fc.assert(
        fc.property(anyText, rulesArb, (input, rules) => {
          const result = checkUrl(input, rules);
          if (result.ok && result.kind === 'web') {
            const url = new URL(result.url);
            expect(url.username, result.url).to.equal('');
            expect(url.password, result.url).to.equal('');
          }
        }),
        { numRuns: 1000 },
      );
    });
  });
});

// Everything after the address is checked, not only up to a second "?".
describe('checkUrl mailto: query after a second "?"', () => {
  it('refuses <script> that follows a second "?"', () => {
    const input = 'mailto:desk@clinic.example?subject=x?<script>alert(1)</script>';
    expect(checkUrl(input, { kinds: ['mailto'] }).ok).to.equal(false);
  });
});

describe('hostMatches', () => {
  const cases: ReadonlyArray<[string, readonly string[], boolean]> = [
    ['calendly.com', ['calendly.com'], true],
    ['CALENDLY.COM', ['calendly.com'], true],
    ['calendly.com.evil.com', ['calendly.com'], false],
    ['evilcalendly.com', ['calendly.com'], false],
    ['www.calendly.com', ['calendly.com'], false],
    ['calendly.com.', ['calendly.com'], false],
    ['harbour.janeapp.com', ['*.janeapp.com'], true],
    ['a.b.janeapp.com', ['*.janeapp.com'], true],
    ['Harbour.JaneApp.com', ['*.janeapp.com'], true],
    ['janeapp.com', ['*.janeapp.com'], false],
    ['.janeapp.com', ['*.janeapp.com'], false],
    ['xjaneapp.com', ['*.janeapp.com'], false],
    ['x.janeapp.com.evil.io', ['*.janeapp.com'], false],
    ['harbour.as.me', ['app.acuityscheduling.com', '*.as.me'], true],
    ['app.acuityscheduling.com', ['app.acuityscheduling.com', '*.as.me'], true],
    ['calendly.com', [], false],
    ['', ['calendly.com'], false],
  ];
  for (const [hostname, hosts, expected] of cases) {
    it(`${expected ? 'matches' : 'does not match'} "${hostname}" against [${hosts.join(', ')}]`, () => {
      expect(hostMatches(hostname, hosts)).to.equal(expected);
    });
  }

  it('only matches a wildcard for a host ending in a dot and the domain', () => {
    fc.assert(
      fc.property(fc.domain(), fc.domain(), (hostname, domain) => {
        const matched = hostMatches(hostname, [`*.${domain}`]);
        const expected = hostname.toLowerCase().endsWith(`.${domain}`);
        expect(matched).to.equal(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('matches every subdomain of a wildcard domain', () => {
    fc.assert(
      fc.property(fc.domain(), fc.domain(), (sub, domain) => {
        expect(hostMatches(`${sub}.${domain}`, [`*.${domain}`])).to.equal(true);
        expect(hostMatches(domain, [`*.${domain}`])).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('withUtm', () => {
  it('adds utm_source, utm_medium and utm_campaign in order', () => {
    expect(
      withUtm('https://x.com/book', { source: 'site', medium: 'button', campaign: 'spring' }),
    ).to.equal('https://x.com/book?utm_source=site&utm_medium=button&utm_campaign=spring');
  });

  it('skips empty and missing values', () => {
    const url = new URL(
      withUtm('https://x.com/book', { source: 'site', medium: '', campaign: undefined }),
    );
    expect(url.searchParams.get('utm_source')).to.equal('site');
    expect(url.searchParams.has('utm_medium')).to.equal(false);
    expect(url.searchParams.has('utm_campaign')).to.equal(false);
  });

  it('returns the URL unchanged, byte for byte, when every value is empty', () => {
    expect(withUtm('https://x.com', {})).to.equal('https://x.com');
    expect(withUtm('https://x.com', { source: '', medium: undefined })).to.equal('https://x.com');
  });

  it('leaves tel: and mailto: links untouched', () => {
    const utm = { source: 'site', medium: 'button', campaign: 'spring' };
    expect(withUtm('tel:+15550100', utm)).to.equal('tel:+15550100');
    expect(withUtm('mailto:desk@clinic.example?subject=Booking', utm)).to.equal(
      'mailto:desk@clinic.example?subject=Booking',
    );
  });

  it('overwrites an existing utm_source and keeps other parameters', () => {
    const url = new URL(withUtm('https://x.com/?utm_source=old&a=1', { source: 'new' }));
    expect(url.searchParams.getAll('utm_source')).to.deep.equal(['new']);
    expect(url.searchParams.get('a')).to.equal('1');
  });

  it('keeps the fragment after the query', () => {
    expect(withUtm('https://x.com/p#slot', { source: 's' })).to.equal(
      'https://x.com/p?utm_source=s#slot',
    );
  });

  it('encodes values so they cannot break out of the query', () => {
    const campaign = 'spring sale & more#x=<y>';
    const url = new URL(withUtm('https://x.com/', { campaign }));
    expect(url.searchParams.get('utm_campaign')).to.equal(campaign);
    expect(url.hash).to.equal('');
  });

  it('keeps an accepted https URL accepted, with the given values readable', () => {
    const value = fc.option(fc.string({ unit: 'grapheme', maxLength: 30 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
        fc.record({ source: value, medium: value, campaign: value }),
        (input, utm) => {
          const checked = checkUrl(input);
          if (!checked.ok) return;
          const result = withUtm(checked.url, utm);
          const again = checkUrl(result);
          expect(again.ok, result).to.equal(true);
          const params = new URL(result).searchParams;
          for (const key of ['source', 'medium', 'campaign'] as const) {
            const given = utm[key];
            if (given) expect(params.get(`utm_${key}`)).to.equal(given);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('phoneUrl', () => {
  it('drops the formatting people write around phone numbers', () => {
    expect(phoneUrl('+1 (604) 555-0142')).to.equal('tel:+16045550142');
    expect(phoneUrl('020 7946 0000')).to.equal('tel:02079460000');
  });

  it('takes two-digit emergency numbers (15 is the SAMU in France), not one digit', () => {
    expect(phoneUrl('15')).to.equal('tel:15');
    expect(phoneUrl('112')).to.equal('tel:112');
    expect(phoneUrl('1')).to.equal(undefined);
    expect(phoneUrl('+1')).to.equal(undefined);
  });

  it('gives no link for text that is not a phone number', () => {
    expect(phoneUrl('ask at reception')).to.equal(undefined);
    expect(phoneUrl('javascript:alert(1)')).to.equal(undefined);
    expect(phoneUrl('')).to.equal(undefined);
  });
});

describe('checkUrl with a base (links to the page’s own site)', () => {
  const base = 'https://harbourphysio.example/treatments/back.html';

  it('resolves relative addresses against the base, then accepts them', () => {
    expect(checkUrl('/home-exercises', { base })).to.deep.equal({
      ok: true,
      url: 'https://harbourphysio.example/home-exercises',
      kind: 'web',
    });
    expect(checkUrl('routine.html#start', { base })).to.deep.include({
      ok: true,
      url: 'https://harbourphysio.example/treatments/routine.html#start',
    });
  });

  it('still refuses relative addresses without a base', () => {
    expect(checkUrl('/home-exercises').ok).to.equal(false);
  });

  it('checks what the address resolves to, like any other', () => {
    // Resolved against a plain-http page, the link is plain http: refused.
    expect(checkUrl('/x', { base: 'http://harbourphysio.example/' }).ok).to.equal(false);
    // A //host address leaves the site; it is checked against the host rules.
    expect(checkUrl('//evil.example/x', { base, hosts: ['harbourphysio.example'] }).ok).to.equal(
      false,
    );
    expect(checkUrl('/x', { base: 'not a url' }).ok).to.equal(false);
  });

  it('never lets a scheme through that it would refuse anyway', () => {
    for (const input of ['javascript:alert(1)', 'data:text/html,x', 'JaVaScRiPt:alert(1)'])
      expect(checkUrl(input, { base }).ok, input).to.equal(false);
  });
});
