import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isRecord, readJsonConfig } from '../../src/shared/json-config.js';

/** A detached host element with the given children's HTML. */
function host(html = ''): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

/** A host with one direct JSON script child holding `text`. */
function hostWithJson(text: string): HTMLElement {
  const element = document.createElement('div');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  element.append(script);
  return element;
}

describe('readJsonConfig', () => {
  it('reports nothing found when there is no script', () => {
    expect(readJsonConfig(host())).to.deep.equal({ found: false });
    expect(readJsonConfig(host('<p>{"services": {}}</p>'))).to.deep.equal({ found: false });
  });

  it('parses a direct JSON script child', () => {
    const element = hostWithJson('{"services": {"deep-tissue": "dt-60"}, "n": [1, 2]}');
    expect(readJsonConfig(element)).to.deep.equal({
      found: true,
      ok: true,
      value: { services: { 'deep-tissue': 'dt-60' }, n: [1, 2] },
    });
  });

  it('parses JSON written in the HTML', () => {
    const element = host('<script type="application/json">{"a": 1}</script>');
    expect(readJsonConfig(element)).to.deep.equal({ found: true, ok: true, value: { a: 1 } });
  });

  it('parses scalar JSON such as null and numbers', () => {
    expect(readJsonConfig(hostWithJson('null'))).to.deep.equal({
      found: true,
      ok: true,
      value: null,
    });
    expect(readJsonConfig(hostWithJson(' 42 '))).to.deep.equal({
      found: true,
      ok: true,
      value: 42,
    });
  });

  for (const [name, text] of [
    ['broken JSON', '{"services": '],
    ['a trailing comma', '{"a": 1,}'],
    ['single quotes', "{'a': 1}"],
    ['JavaScript', 'window.x = 1'],
    ['an empty script', ''],
  ] as const) {
    it(`reports an error for ${name}`, () => {
      const result = readJsonConfig(hostWithJson(text));
      expect(result).to.include({ found: true, ok: false });
      if (result.found && !result.ok) {
        expect(result.error).to.match(/^its JSON could not be read \(.+\)$/);
      }
    });
  }

  it('ignores scripts of other types', () => {
    const element = host('<script type="text/javascript">{"a": 1}</script>');
    expect(readJsonConfig(element)).to.deep.equal({ found: false });
    expect(readJsonConfig(host('<script>{"a": 1}</script>'))).to.deep.equal({ found: false });
    expect(
      readJsonConfig(host('<script type="application/ld+json">{"a": 1}</script>')),
    ).to.deep.equal({ found: false });
  });

  it('ignores a JSON script nested deeper than a direct child', () => {
    const element = host('<div><script type="application/json">{"a": 1}</script></div>');
    expect(readJsonConfig(element)).to.deep.equal({ found: false });
  });

  it('reads the first direct JSON script when there are several', () => {
    const element = host(
      '<div><script type="application/json">{"nested": true}</script></div>' +
        '<script type="text/javascript">{"wrong": true}</script>' +
        '<script type="application/json">{"first": true}</script>' +
        '<script type="application/json">{"second": true}</script>',
    );
    expect(readJsonConfig(element)).to.deep.equal({
      found: true,
      ok: true,
      value: { first: true },
    });
  });

  it('reads a host that is attached to the document', () => {
    const element = host('<script type="application/json">{"a": 1}</script>');
    document.body.append(element);
    try {
      expect(readJsonConfig(element)).to.deep.equal({ found: true, ok: true, value: { a: 1 } });
    } finally {
      element.remove();
    }
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const result = readJsonConfig(hostWithJson(text));
        expect(result).to.deep.equal({ found: true, ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 300 },
    );
  });

  // Any code point, lone surrogates included. (fast-check's 'binary' unit leaves those out,
  // and its first use took seconds in Chromium, past the test's timeout on a busy machine.)
  const anyCodePoint = fc
    .integer({ min: 0, max: 0x10ffff })
    .map((code) => String.fromCodePoint(code));

  it('never throws for any script text', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint }), (text) => {
        const result = readJsonConfig(hostWithJson(text));
        expect(result.found).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isRecord', () => {
  it('is true for plain objects', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord({ services: {} })).to.equal(true);
    expect(isRecord(Object.create(null))).to.equal(true);
    expect(isRecord(JSON.parse('{"__proto__": 1}'))).to.equal(true);
  });

  const notRecords: ReadonlyArray<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['an array', []],
    ['an array of objects', [{}]],
    ['a string', '{}'],
    ['a number', 1],
    ['a boolean', true],
    ['a function', () => ({})],
  ];
  for (const [name, value] of notRecords) {
    it(`is false for ${name}`, () => {
      expect(isRecord(value)).to.equal(false);
    });
  }

  it('agrees with the definition of a JSON object for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
        expect(isRecord(value)).to.equal(isObject);
      }),
      { numRuns: 300 },
    );
  });
});
