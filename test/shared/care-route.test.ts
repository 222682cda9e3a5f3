import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  careRoute as routeWithout,
  regionOfLanguage,
  type CareInputs,
} from '../../src/shared/care-route.js';
import { regionOfTimeZone } from '../../src/shared/time-zone-region.js';
import { languagesAround } from '../../src/shared/languages.js';
import { CARE_BY_REGION } from '../../src/shared/care-numbers.js';
import { TIME_ZONES_BY_REGION } from '../../src/shared/time-zone-regions.js';

const REGIONS = Object.keys(CARE_BY_REGION);

/** The route with the time zone table loaded, as the element has it once it needs it. */
const careRoute = (inputs: CareInputs) => routeWithout({ ...inputs, regionOfTimeZone });

describe('careRoute before the time zone table loads', () => {
  it('needs it only when nothing nearer says where the visitor is', () => {
    expect(routeWithout({ languages: ['fr'], timeZone: 'Europe/Paris' })).to.include({
      needsTimeZones: true,
      emergency: undefined,
    });
    // A number the page set is enough for an emergency, but not for the advice line.
    expect(
      routeWithout({ clinic: '911', languages: ['en'], timeZone: 'America/Toronto' }),
    ).to.include({
      needsTimeZones: true,
      emergency: '911',
    });
    expect(routeWithout({ languages: ['en-GB'], timeZone: 'Europe/London' })).to.include({
      needsTimeZones: false,
      emergency: '999',
    });
    expect(routeWithout({ languages: ['fr'] }).needsTimeZones).to.equal(false);
    expect(careRoute({ languages: ['fr'], timeZone: 'Europe/Paris' }).needsTimeZones).to.equal(
      false,
    );
  });
});

describe('careRoute: which emergency number', () => {
  it('a bare language names no region, so it never picks a number', () => {
    for (const lang of ['fr', 'es', 'en', 'de', 'pt']) {
      const care = careRoute({ languages: [lang] });
      expect(care.emergency, lang).to.equal(undefined);
      expect(care.emergencySource, lang).to.equal(undefined);
    }
  });

  it('falls back to the visitor time zone when the language has no region', () => {
    const cases: [string, string, string][] = [
      ['fr', 'Europe/Paris', '112'],
      ['fr', 'America/Toronto', '911'],
      ['es', 'Europe/Madrid', '112'],
      ['es', 'America/Mexico_City', '911'],
      ['en', 'Europe/London', '999'],
      ['en', 'Australia/Sydney', '000'],
      ['en', 'Pacific/Auckland', '111'],
      ['en', 'America/Los_Angeles', '911'],
    ];
    for (const [lang, timeZone, number] of cases) {
      const care = careRoute({ languages: [lang], timeZone });
      expect(care.emergency, `${lang} in ${timeZone}`).to.equal(number);
      expect(care.emergencySource).to.equal('time-zone');
    }
  });

  it('knows old names of zones that some systems still report', () => {
    expect(regionOfTimeZone('America/Montreal')).to.equal('CA');
    expect(regionOfTimeZone('US/Eastern')).to.equal('US');
    expect(regionOfTimeZone('America/Indianapolis')).to.equal('US');
    expect(regionOfTimeZone('Europe/Belfast')).to.equal('GB');
    expect(regionOfTimeZone('Australia/ACT')).to.equal('AU');
  });

  it('is unknown in a zone shared with no region, or one we have no number for', () => {
    for (const timeZone of [
      'UTC',
      'Etc/GMT+5',
      'Asia/Tokyo',
      'Africa/Lagos',
      'Antarctica/South_Pole',
      'Not/AZone',
      '',
    ]) {
      expect(careRoute({ timeZone }).emergency, timeZone).to.equal(undefined);
    }
  });

  it('takes the region in lang before the time zone', () => {
    const care = careRoute({ languages: ['en-GB'], timeZone: 'America/Toronto' });
    expect(care.emergency).to.equal('999');
    expect(care.emergencySource).to.equal('language');
  });

  it('takes the nearest language that names a region', () => {
    expect(careRoute({ languages: ['fr', 'fr-CA', 'en-GB'] }).emergency).to.equal('911');
  });

  it('lets a language region we have no number for yield to the time zone', () => {
    const care = careRoute({ languages: ['en-IN'], timeZone: 'Europe/London' });
    expect(care.emergency).to.equal('999');
    expect(care.emergencySource).to.equal('time-zone');
    expect(care.region).to.equal('GB');
  });

  it("takes the clinic's number first, and the element's own before that", () => {
    const base = { languages: ['en-GB'], timeZone: 'Europe/London' };
    expect(careRoute({ ...base, clinic: '000' })).to.include({
      emergency: '000',
      emergencySource: 'clinic',
    });
    expect(careRoute({ ...base, clinic: '000', own: '112' })).to.include({
      emergency: '112',
      emergencySource: 'own',
    });
  });

  it('ignores a setting that is not a phone number, and says which', () => {
    const care = careRoute({
      own: 'ask reception',
      clinic: 'javascript:alert(1)',
      languages: ['en-NZ'],
    });
    expect(care.emergency).to.equal('111');
    expect(care.invalid).to.deep.equal([
      { setting: 'own', value: 'ask reception' },
      { setting: 'clinic', value: 'javascript:alert(1)' },
    ]);
  });

  it('survives malformed language tags', () => {
    expect(regionOfLanguage('not a tag!')).to.equal(undefined);
    expect(careRoute({ languages: ['@@', 'x-'], timeZone: 'Europe/Rome' }).emergency).to.equal(
      '112',
    );
  });

  it('never invents a number: any result is a listed one or one the page set', () => {
    const tag = fc.oneof(
      fc.constantFrom('fr', 'es', 'en', 'en-GB', 'fr-CA', 'es-MX', 'en-IN', 'de-CH', 'zz-ZZ', ''),
      fc.string(),
    );
    const zone = fc.oneof(
      fc.constantFrom(...Object.values(TIME_ZONES_BY_REGION).flatMap((zones) => zones.split(' '))),
      fc.constantFrom('UTC', 'Asia/Tokyo', 'Africa/Cairo'),
      fc.string(),
    );
    const listed = new Set(Object.values(CARE_BY_REGION).map((care) => care.emergency));
    fc.assert(
      fc.property(
        fc.array(tag, { maxLength: 4 }),
        fc.option(zone, { nil: undefined }),
        fc.option(fc.constantFrom('000', '15', 'ask us'), { nil: undefined }),
        (languages, timeZone, clinic) => {
          const care = careRoute({ languages, timeZone, clinic });
          if (care.emergency === undefined) return care.emergencySource === undefined;
          return care.emergency === clinic || listed.has(care.emergency);
        },
      ),
    );
  });
});

describe('careRoute: numbers set as properties', () => {
  it('takes a number (as a framework sets it) as its digits', () => {
    expect(careRoute({ clinic: 911 }).emergency).to.equal('911');
    expect(careRoute({ own: 112, clinic: 999 }).emergency).to.equal('112');
  });

  it('refuses anything else that is not text, and says which', () => {
    for (const value of [{}, true, NaN, () => '911', Symbol('x')]) {
      const care = careRoute({ own: value, languages: ['en-AU'] });
      expect(care.emergency).to.equal('000');
      expect(care.invalid).to.have.length(1);
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (own, clinic) => {
        careRoute({ own, clinic, languages: ['fr'], timeZone: 'Europe/Paris', regionOfTimeZone });
      }),
    );
  });
});

describe('careRoute: the advice line for urgent results', () => {
  it("is left out beside another region's emergency number, never mixing two countries", () => {
    // An Australian clinic's 000 read in London: not NHS 111 with "call 000".
    expect(careRoute({ clinic: '000', timeZone: 'Europe/London' }).advice).to.equal(undefined);
    expect(careRoute({ clinic: '15', languages: ['fr-CA'] }).advice).to.equal(undefined);
    // The clinic's number is the region's own: the line stays.
    expect(careRoute({ clinic: '999', timeZone: 'Europe/London' }).advice?.name).to.equal(
      'NHS 111',
    );
  });

  it('is 811 in Canada, NHS 111 in the UK, healthdirect in Australia, Healthline in New Zealand', () => {
    expect(careRoute({ languages: ['fr-CA'] }).advice?.number).to.equal('811');
    expect(careRoute({ timeZone: 'Europe/London' }).advice?.name).to.equal('NHS 111');
    expect(careRoute({ timeZone: 'Australia/Perth' }).advice?.number).to.equal('1800 022 222');
    expect(careRoute({ languages: ['en-NZ'] }).advice?.number).to.equal('0800 611 116');
  });

  it('is none where the region has no nationwide line, or is unknown', () => {
    expect(careRoute({ languages: ['en-US'] }).advice).to.equal(undefined);
    expect(careRoute({ timeZone: 'Europe/Paris' }).advice).to.equal(undefined);
    expect(careRoute({ languages: ['fr'], timeZone: 'UTC' }).advice).to.equal(undefined);
  });

  it('is none in Nunavut, where 811 is not confirmed', () => {
    expect(careRoute({ languages: ['en-CA'], timeZone: 'America/Iqaluit' }).advice).to.equal(
      undefined,
    );
    expect(
      careRoute({ languages: ['en-CA'], timeZone: 'America/Toronto' }).advice?.number,
    ).to.equal('811');
  });

  it("follows the visitor's region even when the clinic sets its own emergency number", () => {
    const care = careRoute({ clinic: '911', languages: ['en'], timeZone: 'America/Vancouver' });
    expect(care.emergency).to.equal('911');
    expect(care.advice?.number).to.equal('811');
  });
});

describe('the tables', () => {
  it('every region with a number has its time zones, and no zone belongs to two regions', () => {
    expect(Object.keys(TIME_ZONES_BY_REGION).sort()).to.deep.equal([...REGIONS].sort());
    const seen = new Map<string, string>();
    for (const [region, zones] of Object.entries(TIME_ZONES_BY_REGION)) {
      for (const zone of zones.split(' ')) {
        expect(seen.get(zone), `${zone} in ${region} and ${seen.get(zone)}`).to.equal(undefined);
        seen.set(zone, region);
        expect(regionOfTimeZone(zone)).to.equal(region);
      }
    }
  });

  it('every number is dialable digits', () => {
    for (const [region, care] of Object.entries(CARE_BY_REGION)) {
      expect(care.emergency, region).to.match(/^\d{3}$/);
      if (care.advice) expect(care.advice.number, region).to.match(/^\d[\d ]+\d$/);
    }
  });
});

describe('the languages around an element (what careRoute is given)', () => {
  /** Builds `<html lang>` … markup in a fresh document, returns the element with id="el". */
  function inDocument(markup: string, pageLang?: string): Element {
    const doc = document.implementation.createHTMLDocument('');
    if (pageLang) doc.documentElement.setAttribute('lang', pageLang);
    doc.body.innerHTML = markup;
    return doc.getElementById('el')!;
  }

  it('lists its own lang, its clinic, the nearest ancestor and the page, nearest first', () => {
    const el = inDocument('<div lang="fr-CA"><div><p id="el" lang="en-GB"></p></div></div>', 'es');
    expect(languagesAround(el, 'en-AU')).to.deep.equal(['en-GB', 'en-AU', 'fr-CA', 'es']);
  });

  it('skips empty tags, and stops at the nearest ancestor with lang', () => {
    const el = inDocument('<div lang="de"><div lang=""><p id="el"></p></div></div>');
    expect(languagesAround(el, '')).to.deep.equal([]);
  });

  it("crosses an app's shadow root to the page's language", () => {
    const host = inDocument('<div lang="en-NZ"><div id="el"></div></div>');
    const inner = host.ownerDocument.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(languagesAround(inner)).to.deep.equal(['en-NZ']);
  });
});
