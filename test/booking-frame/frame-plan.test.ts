import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { planFrame } from '../../src/booking-frame/frame-plan.js';
import { PROVIDER_IDS } from '../../src/booking-button/built-in-providers.js';
import { FRAMING } from '../../src/booking-button/provider-embeds.js';
import { UTM_LIMIT } from '../../src/booking-button/booking-settings.js';

describe('planFrame', () => {
  it('frames the providers that allow it, and no other', () => {
    for (const provider of PROVIDER_IDS) {
      const { framed } = planFrame({ provider, href: undefined, account: '12345' }, undefined);
      expect(!!framed, provider).to.equal(Object.hasOwn(FRAMING, provider));
    }
  });

  it('says once, naming the provider, why a page is not framed', () => {
    const { framed, notices } = planFrame({ provider: 'jane', account: 'harbour' }, undefined);
    expect(framed).to.equal(undefined);
    expect(notices).to.have.length(1);
    expect(notices[0]!.slice(0, 2)).to.deep.equal(['provider', 'jane']);
    expect(notices[0]![2]).to.include('new tab');
  });

  it('names the href of a page on no provider', () => {
    const { notices } = planFrame({ href: 'https://book.example.com/x' }, undefined);
    expect(notices.map((notice) => notice.slice(0, 2))).to.deep.equal([
      ['href', 'https://book.example.com/x'],
    ]);
  });

  it('leaves refused settings to the booking button: no notice of its own', () => {
    for (const settings of [{}, { provider: 'nope' }, { href: 'javascript:alert(1)' }]) {
      const { framed, notices } = planFrame(settings, undefined);
      expect(framed).to.equal(undefined);
      expect(notices).to.deep.equal([]);
    }
  });

  it('uses the clinic’s provider and account when it has none', () => {
    const { framed } = planFrame(
      { service: '60min' },
      { bookingProvider: 'calendly', bookingAccount: 'harbour' },
    );
    expect(framed?.url).to.equal('https://calendly.com/harbour/60min');
  });

  it('ignores a UTM value over the limit, with a warning, and keeps the rest', () => {
    const { framed, notices } = planFrame(
      {
        provider: 'calendly',
        account: 'harbour',
        utm: { source: 'x'.repeat(UTM_LIMIT + 1), medium: 'site' },
      },
      undefined,
    );
    const url = new URL(framed!.url);
    expect(url.searchParams.get('utm_source')).to.equal(null);
    expect(url.searchParams.get('utm_medium')).to.equal('site');
    expect(notices.map((notice) => notice[0])).to.deep.equal(['utm-source']);
  });

  it('never throws, and frames only https pages on a framing provider’s hosts', () => {
    const text = fc.option(fc.string({ maxLength: 300 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({ provider: text, account: text, service: text, href: text }),
        (settings) => {
          const { framed } = planFrame(settings, undefined);
          if (!framed) return;
          expect(new URL(framed.url).protocol).to.equal('https:');
          expect(Object.hasOwn(FRAMING, framed.provider!.id)).to.equal(true);
        },
      ),
    );
  });
});
