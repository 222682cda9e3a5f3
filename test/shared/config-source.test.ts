import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ConfigSource, type CheckedConfig } from '../../src/shared/config-source.js';
import { updateAfterChecks } from '../../src/shared/update-after-checks.js';
import { captureReports } from '../helpers/console.js';
import { browserWorkDuring } from './browser-work.js';

/** A menu: the content of the test widget. Built-in menus are named by the `menu` attribute. */
interface Menu {
  readonly dish: string;
}

const BUILT_IN: Record<string, Menu> = {
  house: { dish: 'House soup' },
  lunch: { dish: 'Lunch salad' },
  dinner: { dish: 'Dinner stew' },
};

/** A clinic's own menu passes when its dish is text; anything else is refused. */
function checkMenu(value: unknown): CheckedConfig<Menu> {
  const dish = (value as Partial<Menu> | null)?.dish;
  return typeof dish === 'string'
    ? { value: { dish }, problems: [] }
    : { problems: [{ path: '(root).dish', value: dish, reason: 'expected text' }] };
}

/** A check the test finishes when it says so, as a validator loaded on demand would. */
function deferredCheck() {
  const waiting: { value: unknown; finish: () => void }[] = [];
  const check = (value: unknown) =>
    new Promise<CheckedConfig<Menu>>((resolve) => {
      waiting.push({ value, finish: () => resolve(checkMenu(value)) });
    });
  return { check, waiting };
}

/** The smallest widget with a config source, wired as the issue asks every widget to be. */
class MenuHost extends LitElement {
  /** A built-in menu's name (the attribute), or a clinic's own menu (the property). */
  @property() menu?: string | object;
  /** How a clinic's own menu is checked; a test may swap it before connecting. */
  check: (value: unknown) => CheckedConfig<Menu> | Promise<CheckedConfig<Menu>> = checkMenu;
  renders = 0;

  readonly source = new ConfigSource<Menu>(this, {
    property: () => this.menu,
    attribute: 'menu',
    builtIn: (name) => BUILT_IN[name ?? 'house'],
    unknown: () => `unknown menu; use one of ${Object.keys(BUILT_IN).join(', ')}`,
    check: (value) => this.check(value),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('menu')) this.source.load();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return updateAfterChecks(
      () => this.source.checking,
      () => super.getUpdateComplete(),
    );
  }

  override render() {
    this.renders++;
    const { state } = this.source;
    if (state.status === 'checking') return html`<p>Checking the menu…</p>`;
    if (state.status === 'failed') return html`<p>No menu today.</p>`;
    return html`<p>${state.value.dish} (from ${state.from})</p>`;
  }
}
customElements.define('knead-test-menu-host', MenuHost);

const TAG = 'knead-test-menu-host';

/** What the widget shows. */
const shown = (el: MenuHost) => el.shadowRoot!.textContent!.trim();

/** A JSON child as a CMS would paste it. */
function jsonChild(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** Puts the widget in a fresh place on the page. */
const connect = async (el: MenuHost) => (await fixture(html`<div></div>`)).append(el);

/**
 * A connected widget whose property data waits for a check the test finishes, after the
 * widget's own first update (showing "checking").
 */
async function checkingHost(dish: string) {
  const { check, waiting } = deferredCheck();
  const el = document.createElement(TAG) as MenuHost;
  el.check = check;
  el.menu = { dish };
  await connect(el);
  await nextFrame();
  return { el, waiting };
}

interface Sources {
  /** A clinic's own menu set as the property, by script. */
  readonly data?: Menu | undefined;
  /** An inline JSON child's menu. */
  readonly json?: Menu | undefined;
  /** The built-in menu the attribute names. */
  readonly name?: string | undefined;
}

/** A connected widget with the sources given, set up before connection as a page would. */
async function menuHost(sources: Sources, check = checkMenu): Promise<MenuHost> {
  const el = document.createElement(TAG) as MenuHost;
  el.check = check;
  if (sources.name !== undefined) el.setAttribute('menu', sources.name);
  if (sources.json) el.append(jsonChild(JSON.stringify(sources.json)));
  if (sources.data) el.menu = sources.data;
  await connect(el);
  await el.updateComplete;
  return el;
}

/** The menu the precedence picks: property data, then the JSON child, then the named one. */
function expected({ data, json, name }: Sources): string {
  if (data) return `${data.dish} (from property)`;
  if (json) return `${json.dish} (from json)`;
  return `${BUILT_IN[name ?? 'house']!.dish} (from built-in)`;
}

const menus = fc.record({ dish: fc.string({ maxLength: 12 }).map((words) => `Dish ${words}`) });
const sources = fc.record(
  {
    data: menus,
    json: menus,
    name: fc.constantFrom('house', 'lunch', 'dinner'),
  },
  { requiredKeys: [] },
);

describe('ConfigSource', () => {
  describe('precedence: property data, then the JSON child, then the built-in name', () => {
    it('holds for every combination of sources present', async () => {
      await fc.assert(
        fc.asyncProperty(sources, async (given) => {
          const { errors, warnings } = await captureReports(async () => {
            const el = await menuHost(given);
            expect(shown(el)).to.equal(expected(given));
          });
          expect([...errors, ...warnings]).to.deep.equal([]);
        }),
        { numRuns: 40 },
      );
    });

    it('holds as the page changes the property and the attribute after connection', async () => {
      type Change = { data: Menu } | { name: string } | 'unset';
      const change: fc.Arbitrary<Change> = fc.oneof(
        menus.map((data) => ({ data })),
        fc.constantFrom('house', 'lunch', 'dinner').map((name) => ({ name })),
        fc.constant('unset' as const),
      );
      await fc.assert(
        fc.asyncProperty(
          sources,
          fc.array(change, { minLength: 1, maxLength: 5 }),
          async (given, changes) => {
            const el = await menuHost(given);
            let now: Sources = given;
            for (const next of changes) {
              if (next === 'unset') {
                el.menu = undefined;
                now = { json: now.json };
              } else if ('data' in next) {
                el.menu = next.data;
                now = { ...now, data: next.data };
              } else {
                el.setAttribute('menu', next.name);
                now = { json: now.json, name: next.name };
              }
              await el.updateComplete;
              expect(shown(el)).to.equal(expected(now));
            }
          },
        ),
        { numRuns: 30 },
      );
    });
  });

  describe('a JSON child that cannot be read', () => {
    it('fails, reported once, and never falls back to the built-in name', async () => {
      let el!: MenuHost;
      const { errors, warnings } = await captureReports(async () => {
        el = document.createElement(TAG) as MenuHost;
        el.setAttribute('menu', 'lunch');
        el.append(jsonChild('{ "dish": "Soup", }'));
        await connect(el);
        await el.updateComplete;
        expect(el.source.state).to.deep.equal({ status: 'failed' });
        expect(shown(el)).to.equal('No menu today.');
        el.setAttribute('menu', 'dinner');
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(shown(el)).to.equal('No menu today.');
      expect(warnings).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(
        /^knead-widgets: <knead-test-menu-host> script\[type="application\/json"\]="": its JSON could not be read/,
      );
    });

    it('gives way to data set as the property', async () => {
      const { errors } = await captureReports(async () => {
        const el = document.createElement(TAG) as MenuHost;
        el.append(jsonChild('not json'));
        await connect(el);
        await el.updateComplete;
        el.menu = { dish: 'Own soup' };
        await el.updateComplete;
        expect(shown(el)).to.equal('Own soup (from property)');
      });
      expect(errors).to.have.length(1);
    });
  });

  describe('a refused check', () => {
    for (const where of ['property', 'json'] as const) {
      it(`fails for the ${where === 'json' ? 'JSON child' : 'property'}, with one message naming the path`, async () => {
        let el!: MenuHost;
        const bad = { dish: 42 } as unknown as Menu;
        const { errors, warnings } = await captureReports(async () => {
          el = await menuHost(where === 'json' ? { json: bad } : { data: bad });
        });
        expect(el.source.state).to.deep.equal({ status: 'failed' });
        expect(el.source.value).to.equal(undefined);
        expect(shown(el)).to.equal('No menu today.');
        expect(warnings).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(
          /^knead-widgets: <knead-test-menu-host> JSON \(root\)\.dish=42: expected text/,
        );
      });
    }

    it('reports the JSON child’s problems once, however often the host loads', async () => {
      const { errors } = await captureReports(async () => {
        const el = await menuHost({ json: { dish: 42 } as unknown as Menu, name: 'lunch' });
        el.setAttribute('menu', 'dinner');
        await el.updateComplete;
        el.setAttribute('menu', 'house');
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
    });
  });

  describe('an asynchronous check', () => {
    it('shows "checking" until the check finishes, then the host renders the value', async () => {
      const { el, waiting } = await checkingHost('Slow soup');
      expect(el.source.state).to.deep.equal({ status: 'checking' });
      expect(el.source.checking).to.be.instanceOf(Promise);
      expect(shown(el)).to.equal('Checking the menu…');
      const rendersBefore = el.renders;

      waiting[0]!.finish();
      await el.source.checking;
      expect(el.source.checking).to.equal(undefined);
      expect(el.source.value).to.deep.equal({ dish: 'Slow soup' });
      await el.updateComplete;
      expect(el.renders).to.equal(rendersBefore + 1);
      expect(shown(el)).to.equal('Slow soup (from property)');
    });

    it('`updateComplete` waits for the check', async () => {
      const { el, waiting } = await checkingHost('Slow soup');
      let complete = false;
      const done = el.updateComplete.then(() => (complete = true));
      await nextFrame();
      expect(complete).to.equal(false);
      waiting[0]!.finish();
      await done;
      expect(shown(el)).to.equal('Slow soup (from property)');
    });

    for (const order of ['older first', 'newer first'] as const) {
      it(`lets a property set while a check is in progress win (${order} to finish)`, async () => {
        const { el, waiting } = await checkingHost('Old soup');
        el.menu = { dish: 'New soup' };
        await nextFrame();
        expect(waiting.map((w) => w.value)).to.deep.equal([
          { dish: 'Old soup' },
          { dish: 'New soup' },
        ]);
        const [older, newer] = waiting;
        for (const finishing of order === 'older first' ? [older, newer] : [newer, older]) {
          finishing!.finish();
          await new Promise((resolve) => setTimeout(resolve));
        }
        await el.updateComplete;
        expect(shown(el)).to.equal('New soup (from property)');
        expect(el.source.value).to.deep.equal({ dish: 'New soup' });
      });
    }

    it('fails, with one console message, when the check itself cannot run', async () => {
      const el = document.createElement(TAG) as MenuHost;
      el.check = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      el.menu = { dish: 'Soup' };
      const { errors } = await captureReports(async () => {
        await connect(el);
        await el.updateComplete;
      });
      expect(el.source.state).to.deep.equal({ status: 'failed' });
      expect(shown(el)).to.equal('No menu today.');
      expect(errors).to.have.length(1);
      expect(errors[0])
        .to.match(/^knead-widgets: <knead-test-menu-host> JSON/)
        .and.include('Failed to fetch dynamically imported module');
    });

    it('lets a built-in name given while a check is in progress win', async () => {
      const { el, waiting } = await checkingHost('Old soup');
      el.setAttribute('menu', 'dinner');
      await el.updateComplete;
      waiting[0]!.finish();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(shown(el)).to.equal('Dinner stew (from built-in)');
    });
  });

  describe('the JSON child', () => {
    it('is not read before the first connection', async () => {
      let el!: MenuHost;
      const work = await browserWorkDuring(() => {
        el = document.createElement(TAG) as MenuHost;
        el.append(jsonChild('not json'));
      });
      expect(work).to.deep.equal([]);
      expect(el.source.state).to.deep.equal({ status: 'checking' });
      // Rewritten before the page connects it (as a CMS may): the rewritten text counts.
      el.firstElementChild!.textContent = '{ "dish": "Late soup" }';
      await connect(el);
      await el.updateComplete;
      expect(shown(el)).to.equal('Late soup (from json)');
    });

    it('is read once, at the first connection, not again when the element moves', async () => {
      const el = await menuHost({ json: { dish: 'First soup' } });
      el.firstElementChild!.textContent = '{ "dish": "Second soup" }';
      const elsewhere = await fixture(html`<section></section>`);
      elsewhere.append(el);
      el.setAttribute('menu', 'lunch');
      await el.updateComplete;
      expect(shown(el)).to.equal('First soup (from json)');

      el.firstElementChild!.remove();
      el.remove();
      elsewhere.append(el);
      el.setAttribute('menu', 'dinner');
      await el.updateComplete;
      expect(shown(el)).to.equal('First soup (from json)');
    });
  });

  describe('an unknown built-in name', () => {
    it('fails, with one message naming the attribute, the value and the choices', async () => {
      let el!: MenuHost;
      const { errors, warnings } = await captureReports(async () => {
        el = await menuHost({ name: 'brunch' });
        el.requestUpdate();
        await el.updateComplete;
        el.setAttribute('menu', 'supper');
        await el.updateComplete;
        el.setAttribute('menu', 'brunch');
        await el.updateComplete;
      });
      expect(shown(el)).to.equal('No menu today.');
      expect(warnings).to.deep.equal([]);
      expect(errors.map((message) => message.replace(/ \[object \w+\]$/, ''))).to.deep.equal([
        'knead-widgets: <knead-test-menu-host> menu="brunch": unknown menu; use one of house, lunch, dinner',
        'knead-widgets: <knead-test-menu-host> menu="supper": unknown menu; use one of house, lunch, dinner',
      ]);
    });

    it('is silent once a known name replaces it', async () => {
      const { errors } = await captureReports(async () => {
        const el = await menuHost({ name: 'brunch' });
        el.setAttribute('menu', 'lunch');
        await el.updateComplete;
        expect(shown(el)).to.equal('Lunch salad (from built-in)');
      });
      expect(errors).to.have.length(1);
    });
  });
});
