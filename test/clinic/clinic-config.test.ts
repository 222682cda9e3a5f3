import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseClinicConfig } from '../../src/clinic/clinic-config.js';

const ID = /^[a-z0-9][a-z0-9_-]{0,99}$/i;
/** A service id: an id, or two joined by one `/` (a Noterro service's id and name). */
const SERVICE = /^[a-z0-9][a-z0-9_-]{0,99}(?:\/[a-z0-9][a-z0-9_-]{0,99})?$/i;

describe('parseClinicConfig', () => {
  it('keeps a valid services map without problems', () => {
    const services = { 'deep-tissue': 'dt-60', sports_massage: 'SM90', '7': 'seven' };
    expect(parseClinicConfig({ services })).to.deep.equal({
      config: { services },
      problems: [],
    });
  });

  it('returns a new services object, not the one it was given', () => {
    const services = { 'deep-tissue': 'dt-60' };
    const { config } = parseClinicConfig({ services });
    expect(config.services).to.not.equal(services);
    expect(config.services).to.deep.equal(services);
  });

  it('accepts an empty object and an empty services map', () => {
    expect(parseClinicConfig({})).to.deep.equal({ config: { services: {} }, problems: [] });
    expect(parseClinicConfig({ services: {} })).to.deep.equal({
      config: { services: {} },
      problems: [],
    });
  });

  it('accepts ids of up to 100 characters and refuses longer ones', () => {
    const long = 'a'.repeat(100);
    expect(parseClinicConfig({ services: { [long]: long } }).config.services).to.deep.equal({
      [long]: long,
    });
    const tooLong = 'a'.repeat(101);
    const { config, problems } = parseClinicConfig({ services: { [tooLong]: 'x', y: tooLong } });
    expect(config.services).to.deep.equal({});
    expect(problems.map((problem) => problem.path)).to.deep.equal([
      `services.${tooLong}`,
      'services.y',
    ]);
  });

  it('accepts a service of an id and a name joined by one slash (Noterro)', () => {
    const services = {
      myofascial: '26506/myofascial-therapy',
      'deep-tissue': 'DT/60_min',
      longest: `${'a'.repeat(100)}/${'b'.repeat(100)}`,
    };
    expect(parseClinicConfig({ services })).to.deep.equal({ config: { services }, problems: [] });
  });

  it('refuses a service with two slashes, or a slash at either end or doubled', () => {
    const bad = {
      two: '26506/myofascial/therapy',
      trailing: '26506/',
      leading: '/myofascial-therapy',
      doubled: '26506//myofascial-therapy',
      alone: '/',
      dots: '26506/../admin',
      spaced: '26506/myofascial therapy',
      'too-long': `26506/${'b'.repeat(101)}`,
      backslash: '26506\\myofascial-therapy',
    };
    const { config, problems } = parseClinicConfig({ services: bad });
    expect(config.services).to.deep.equal({});
    expect(problems.map((problem) => [problem.path, problem.value])).to.deep.equal(
      Object.entries(bad).map(([key, value]) => [`services.${key}`, value]),
    );
    expect(problems[0]!.reason).to.include('one /').and.include('26506/myofascial-therapy');
  });

  it('still refuses a slash in a technique id', () => {
    const { config, problems } = parseClinicConfig({ services: { 'deep/tissue': 'dt-60' } });
    expect(config.services).to.deep.equal({});
    expect(problems.map((problem) => problem.path)).to.deep.equal(['services.deep/tissue']);
  });

  const roots: ReadonlyArray<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ services: {} }]],
    ['a string', '{"services": {}}'],
    ['a number', 42],
    ['a boolean', true],
  ];
  for (const [name, root] of roots) {
    it(`reports a root that is ${name}`, () => {
      const { config, problems } = parseClinicConfig(root);
      expect(config).to.deep.equal({ services: {} });
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ path: '(root)' });
      expect(problems[0]!.value).to.equal(root);
      expect(problems[0]!.reason).to.include('object');
    });
  }

  it('reports each unknown key with its path and value, and still reads services', () => {
    const { config, problems } = parseClinicConfig({
      theme: 'dark',
      services: { swedish: 'sw-60' },
      extra: { nested: 1 },
    });
    expect(config.services).to.deep.equal({ swedish: 'sw-60' });
    expect(problems).to.deep.equal([
      { path: 'theme', value: 'dark', reason: 'unknown setting' },
      { path: 'extra', value: { nested: 1 }, reason: 'unknown setting' },
    ]);
  });

  it('reports a "Services" key in another case as unknown', () => {
    const { config, problems } = parseClinicConfig({ Services: { swedish: 'sw-60' } });
    expect(config.services).to.deep.equal({});
    expect(problems.map((problem) => problem.path)).to.deep.equal(['Services']);
  });

  const notObjects: ReadonlyArray<[string, unknown]> = [
    ['a string', 'swedish'],
    ['an array', [{ swedish: 'sw-60' }]],
    ['null', null],
    ['a number', 5],
    ['false', false],
  ];
  for (const [name, services] of notObjects) {
    it(`reports services that are ${name}`, () => {
      const { config, problems } = parseClinicConfig({ services });
      expect(config.services).to.deep.equal({});
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ path: 'services' });
      expect(problems[0]!.value).to.equal(services);
    });
  }

  it('drops bad entries, reporting each with its path, and keeps the good ones', () => {
    const { config, problems } = parseClinicConfig({
      services: {
        swedish: 'sw-60',
        'deep tissue': 'dt-60',
        '-leading': 'x',
        '': 'empty-key',
        'caf\u00e9': 'cafe',
        number: 60,
        nothing: null,
        nested: { id: 'x' },
        spaced: 'a b',
        empty: '',
        slash: '../admin',
        sports_massage: 'SM90',
      },
    });
    expect(config.services).to.deep.equal({ swedish: 'sw-60', sports_massage: 'SM90' });
    expect(problems.map((problem) => [problem.path, problem.value])).to.deep.equal([
      ['services.deep tissue', 'dt-60'],
      ['services.-leading', 'x'],
      ['services.', 'empty-key'],
      ['services.caf\u00e9', 'cafe'],
      ['services.number', 60],
      ['services.nothing', null],
      ['services.nested', { id: 'x' }],
      ['services.spaced', 'a b'],
      ['services.empty', ''],
      ['services.slash', '../admin'],
    ]);
    for (const problem of problems)
      expect(problem.reason).to.be.a('string').with.length.greaterThan(0);
  });

  it('reports a __proto__ key from JSON without touching prototypes', () => {
    const json: unknown = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "services": {"__proto__": "x", "constructor": "ok"}}',
    );
    const { config, problems } = parseClinicConfig(json);
    expect(problems.map((problem) => problem.path)).to.deep.equal([
      '__proto__',
      'services.__proto__',
    ]);
    expect(Object.keys(config.services)).to.deep.equal(['constructor']);
    expect(config.services['constructor']).to.equal('ok');
    expect(Object.getPrototypeOf(config.services)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  describe('properties', () => {
    it('never throws for any JSON value, and keeps only valid ids', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (json) => {
          const { config, problems } = parseClinicConfig(json);
          for (const [technique, service] of Object.entries(config.services)) {
            expect(technique).to.match(ID);
            expect(service).to.match(SERVICE);
          }
          for (const problem of problems) {
            expect(problem.path).to.be.a('string');
            expect(problem.reason).to.be.a('string').with.length.greaterThan(0);
          }
        }),
        { numRuns: 500 },
      );
    });

    it('never throws for anything at all', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          const { config } = parseClinicConfig(value);
          expect(config.services).to.be.an('object');
        }),
        { numRuns: 300 },
      );
    });

    it('accounts for every services entry: kept or reported under services.<key>', () => {
      const entries = fc.dictionary(
        fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,10}$/)),
        fc.oneof(
          fc.jsonValue(),
          fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,10}$/),
          fc.stringMatching(/^[a-z0-9/]{0,6}\/[a-z0-9/]{0,6}$/),
        ),
      );
      fc.assert(
        fc.property(entries, (services) => {
          const { config, problems } = parseClinicConfig({ services });
          const reported = problems.map((problem) => problem.path);
          for (const [key, value] of Object.entries(services)) {
            const kept = Object.hasOwn(config.services, key);
            const flagged = reported.includes(`services.${key}`);
            expect(kept !== flagged, key).to.equal(true);
            if (kept) expect(config.services[key]).to.equal(value);
          }
          expect(Object.keys(config.services).length + problems.length).to.equal(
            Object.keys(services).length,
          );
        }),
        { numRuns: 500 },
      );
    });

    it('reports every top-level key other than services', () => {
      fc.assert(
        fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (json) => {
          const { problems } = parseClinicConfig(json);
          const unknownKeys = Object.keys(json).filter((key) => key !== 'services');
          const topLevel = problems.filter((problem) => problem.reason === 'unknown setting');
          expect(topLevel.map((problem) => problem.path)).to.deep.equal(unknownKeys);
        }),
        { numRuns: 300 },
      );
    });
  });
});
