import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../../src/shared/define.js';
import { VERSION } from '../../src/shared/version.js';

function captureWarnings(run: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define', () => {
  it('registers a new tag', () => {
    class First extends LitElement {
      static readonly version = '1.0.0';
    }
    define('knead-test-first', First);
    expect(customElements.get('knead-test-first')).to.equal(First);
  });

  it('warns once, naming both versions, when another copy already defined the tag', () => {
    class Old extends LitElement {
      static readonly version = '0.9.0';
    }
    class New extends LitElement {
      static readonly version = '1.2.3';
    }
    define('knead-test-twice', Old);
    const warnings = captureWarnings(() => define('knead-test-twice', New));
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0]))
      .to.include('0.9.0')
      .and.include('1.2.3')
      .and.include('knead-test-twice');
    expect(customElements.get('knead-test-twice')).to.equal(Old);
  });

  it('is silent when the same class is defined again', () => {
    class Same extends LitElement {
      static readonly version = VERSION;
    }
    define('knead-test-same', Same);
    expect(captureWarnings(() => define('knead-test-same', Same))).to.have.length(0);
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
