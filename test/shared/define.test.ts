import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define, type VersionedElement } from '../../src/shared/define.js';
import { VERSION } from '../../src/shared/version.js';
import { captureConsole } from '../helpers/console.js';

/** A fresh element class stamped with `version`, as another copy of the library would have. */
function copyOf(version: string): VersionedElement {
  return class extends LitElement {
    static readonly version = version;
  };
}

/** The six tags a second copy of the whole library would try to define again. */
function sixTags(prefix: string): string[] {
  return [
    'clinic',
    'booking-button',
    'technique-card',
    'technique-list',
    'symptom-check',
    'exercise-timer',
  ].map((name) => `${prefix}-${name}`);
}

describe('define', () => {
  it('registers a new tag', () => {
    const First = copyOf('1.0.0');
    define('knead-test-first', First);
    expect(customElements.get('knead-test-first') === First).to.equal(true);
  });

  it('warns once, naming both versions, when another copy already defined the tag', async () => {
    const Old = copyOf('0.9.0');
    const New = copyOf('1.2.3');
    define('knead-test-twice', Old);
    const warnings = await captureConsole('warn', () => define('knead-test-twice', New));
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.match(/^knead-widgets: /)
      .and.include('0.9.0')
      .and.include('1.2.3')
      .and.include('knead-test-twice');
    expect(customElements.get('knead-test-twice') === Old).to.equal(true);
  });

  it('is silent when the same class is defined again', async () => {
    const Same = copyOf(VERSION);
    define('knead-test-same', Same);
    expect(await captureConsole('warn', () => define('knead-test-same', Same))).to.deep.equal([]);
  });

  it('is silent when a second copy of the same version defines its tags again', async () => {
    const tags = sixTags('knead-test-same-version');
    for (const tag of tags) define(tag, copyOf('0.1.0'));
    const warnings = await captureConsole('warn', () => {
      for (const tag of tags) define(tag, copyOf('0.1.0'));
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns once per page, not once per tag, when another version defines six tags', async () => {
    const tags = sixTags('knead-test-two-versions');
    const first = tags.map((tag) => {
      const ctor = copyOf('3.0.0');
      define(tag, ctor);
      return ctor;
    });
    const warnings = await captureConsole('warn', () => {
      for (const tag of tags) define(tag, copyOf('3.1.0'));
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('3.0.0').and.include('3.1.0');
    // The first copy keeps every tag.
    expect(tags.every((tag, i) => customElements.get(tag) === first[i])).to.equal(true);
  });

  it('shares its record with another copy of the library on the page', async () => {
    // A second module instance of define.ts, as a CDN file and an npm build would each have.
    const other = (await import(
      new URL('../../src/shared/define.ts?copy=2', import.meta.url).href
    )) as { define: typeof define };
    expect(other.define === define).to.equal(false);
    const tags = sixTags('knead-test-two-copies');
    for (const tag of tags) define(tag, copyOf('4.0.0'));
    const warnings = await captureConsole('warn', () => {
      for (const tag of tags.slice(0, 3)) other.define(tag, copyOf('4.2.0'));
      for (const tag of tags.slice(3)) define(tag, copyOf('4.2.0'));
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('4.0.0').and.include('4.2.0');
  });

  it('names each tag that code other than knead-widgets already holds', async () => {
    class Foreign extends LitElement {}
    define('knead-test-foreign-a', Foreign as unknown as VersionedElement);
    customElements.define('knead-test-foreign-b', class extends LitElement {});
    const warnings = await captureConsole('warn', () => {
      define('knead-test-foreign-a', copyOf('5.0.0'));
      define('knead-test-foreign-b', copyOf('5.0.0'));
      define('knead-test-foreign-b', copyOf('5.0.0'));
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('<knead-test-foreign-a>').and.include('5.0.0');
    expect(warnings[1]).to.include('<knead-test-foreign-b>');
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
