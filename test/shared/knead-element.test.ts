import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { property } from 'lit/decorators.js';
import { KneadElement } from '../../src/shared/knead-element.js';
import type { JsonProblem } from '../../src/shared/log.js';
import { captureReports } from '../helpers/console.js';
import { browserWorkDuring } from './browser-work.js';

/** A widget with a heading: its level is checked on every update, as a widget's would be. */
class HeadedHost extends KneadElement {
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** The level the last update used. */
  level = 0;

  protected override willUpdate(): void {
    this.level = this.headingLevelOr(2);
  }

  override render() {
    return html`<p>Heading level ${this.level}</p>`;
  }

  say(where: string, value: unknown, problem: string, severity?: 'error' | 'warn'): void {
    this.report(where, value, problem, severity);
  }

  sayProblems(problems: readonly JsonProblem[]): void {
    this.reportProblems(problems);
  }
}
customElements.define('knead-test-headed-host', HeadedHost);

/** A widget without headings: it never declares `headingLevel`. */
class PlainHost extends KneadElement {
  levelOr(fallback: number): number {
    return this.headingLevelOr(fallback);
  }
}
customElements.define('knead-test-plain-host', PlainHost);

async function headed(attributes = ''): Promise<HeadedHost> {
  const box = await fixture(
    `<div><knead-test-headed-host ${attributes}></knead-test-headed-host></div>`,
  );
  const el = box.firstElementChild as HeadedHost;
  await el.updateComplete;
  return el;
}

/** Several updates in a row, as attribute changes and re-renders cause. */
async function rerender(el: HeadedHost, times = 3): Promise<void> {
  for (let round = 0; round < times; round++) {
    el.requestUpdate();
    await el.updateComplete;
  }
}

describe('KneadElement', () => {
  it('stamps every element with the package’s version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(KneadElement.version).to.equal(pkg.version);
    expect(HeadedHost.version).to.equal(pkg.version);
  });

  describe('theme', () => {
    it('reflects the property to the attribute and reads the attribute', async () => {
      const el = await headed('theme="dark"');
      expect(el.theme).to.equal('dark');
      el.theme = 'light';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('light');
      el.theme = undefined;
      await el.updateComplete;
      expect(el.hasAttribute('theme')).to.equal(false);
    });

    it('warns once about an unknown theme, naming the attribute and the value', async () => {
      let el!: HeadedHost;
      const { errors, warnings } = await captureReports(async () => {
        el = await headed('theme="purple"');
        await rerender(el);
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.match(/^knead-widgets: <knead-test-headed-host> theme="purple": unknown theme/)
        .and.include('light, dark, auto');

      const later = await captureReports(async () => {
        el.theme = 'sepia' as never;
        await rerender(el);
        el.theme = 'dark';
        await rerender(el);
      });
      expect(later.warnings).to.have.length(1);
      expect(later.warnings[0]).to.include('theme="sepia"');
    });

    it('says nothing about a known theme or none', async () => {
      const { errors, warnings } = await captureReports(async () => {
        for (const theme of ['', 'theme="light"', 'theme="dark"', 'theme="auto"'])
          await rerender(await headed(theme));
      });
      expect([...errors, ...warnings]).to.deep.equal([]);
    });
  });

  describe('headingLevelOr', () => {
    it('returns a heading level from 1 to 6, silently', async () => {
      const { errors, warnings } = await captureReports(async () => {
        for (let level = 1; level <= 6; level++) {
          const el = await headed(`heading-level="${level}"`);
          expect(el.level).to.equal(level);
        }
      });
      expect([...errors, ...warnings]).to.deep.equal([]);
    });

    for (const written of ['0', '7', '2.5', 'seven', '-1', '']) {
      it(`falls back for heading-level="${written}", with one message naming it as written`, async () => {
        const { errors, warnings } = await captureReports(async () => {
          const el = await headed(`heading-level="${written}"`);
          expect(el.level).to.equal(2);
          await rerender(el);
        });
        expect(warnings).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(
          new RegExp(`^knead-widgets: <knead-test-headed-host> heading-level="${written}": `),
        );
        expect(errors[0]).to.include('expected 1 to 6; using 2');
      });
    }

    it('falls back for any number that is not a level from 1 to 6 (property set by script)', async () => {
      const el = await headed();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double(), fc.constant(Number.NaN)),
          async (level) => {
            const { errors } = await captureReports(async () => {
              el.headingLevel = level;
              await el.updateComplete;
            });
            const isLevel = Number.isInteger(level) && level >= 1 && level <= 6;
            expect(el.level).to.equal(isLevel ? level : 2);
            // Each wrong value is reported the first time it is seen, never again.
            expect(errors.length).to.be.at.most(isLevel ? 0 : 1);
          },
        ),
      );
    });

    it('names the value set by script when the page wrote no attribute', async () => {
      const el = await headed();
      const { errors } = await captureReports(async () => {
        el.headingLevel = Number.NaN;
        await rerender(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('heading-level="NaN"');
    });

    it('is the fallback, silently, in a widget that declares no heading level', async () => {
      const el = await fixture<PlainHost>(html`<knead-test-plain-host></knead-test-plain-host>`);
      const { errors, warnings } = await captureReports(() => {
        expect(el.levelOr(4)).to.equal(4);
      });
      expect([...errors, ...warnings]).to.deep.equal([]);
    });
  });

  describe('report', () => {
    it('prints a problem once per element, with the element, place and value', async () => {
      const [first, second] = [await headed(), await headed()];
      const { errors, warnings } = await captureReports(() => {
        for (let round = 0; round < 3; round++) {
          first.say('label', 'x'.repeat(3), 'too short');
          second.say('label', 'xxx', 'too short');
          first.say('label', 'xxx', 'too short', 'warn');
        }
      });
      expect(errors).to.deep.equal([
        'knead-widgets: <knead-test-headed-host> label="xxx": too short [object HTMLElement]',
        'knead-widgets: <knead-test-headed-host> label="xxx": too short [object HTMLElement]',
      ]);
      expect(warnings).to.deep.equal([]);
    });

    it('prints a new problem, a new value or a new place again', async () => {
      const el = await headed();
      const { errors, warnings } = await captureReports(() => {
        el.say('label', 'a', 'too short');
        el.say('label', 'b', 'too short');
        el.say('service', 'a', 'too short');
        el.say('label', 'a', 'unknown', 'warn');
      });
      expect(errors.map((message) => message.split(': ')[1])).to.deep.equal([
        '<knead-test-headed-host> label="a"',
        '<knead-test-headed-host> label="b"',
        '<knead-test-headed-host> service="a"',
      ]);
      expect(warnings).to.have.length(1);
    });
  });

  describe('reportProblems', () => {
    const problems: JsonProblem[] = [
      { path: '(root).name', value: 5, reason: 'expected text' },
      { path: '(root).goals[0]', value: 'flying', reason: 'unknown goal' },
    ];

    it('prints each problem with its JSON path and value', async () => {
      const el = await headed();
      const { errors } = await captureReports(() => el.sayProblems(problems));
      expect(errors.map((message) => message.replace(/ \[object \w+\]$/, ''))).to.deep.equal([
        'knead-widgets: <knead-test-headed-host> JSON (root).name=5: expected text',
        'knead-widgets: <knead-test-headed-host> JSON (root).goals[0]="flying": unknown goal',
      ]);
    });

    // BUG (reported to the lead): reportProblems prints through reportJsonProblems, which
    // calls reportInvalid with no memory, so the same problem of the same element prints again
    // each time (e.g. a ConfigSource re-checking its JSON child when the attribute changes).
    it('prints the same problem of the same element once', async () => {
      const [first, second] = [await headed(), await headed()];
      const { errors } = await captureReports(() => {
        for (let round = 0; round < 3; round++) {
          first.sayProblems(problems);
          second.sayProblems(problems);
        }
      });
      expect(errors).to.have.length(4);
    });
  });

  describe('construction', () => {
    it('does no browser work until the element is connected', async () => {
      let el!: HeadedHost;
      const work = await browserWorkDuring(() => {
        el = document.createElement('knead-test-headed-host') as HeadedHost;
        el.theme = 'purple' as never;
        el.headingLevel = 9;
      });
      expect(work).to.deep.equal([]);
      expect(el.shadowRoot).to.equal(null);
      expect(el.hasUpdated).to.equal(false);

      // Connected, it does its work: the checks run and report.
      const { errors, warnings } = await captureReports(async () => {
        document.body.append(el);
        await el.updateComplete;
      });
      expect(el.shadowRoot!.textContent).to.include('Heading level 2');
      expect(warnings).to.have.length(1);
      expect(errors).to.have.length(1);
      el.remove();
    });
  });
});
