/**
 * Every HTML example in README.md, rendered as a clinic would paste it, and held to what the
 * text around it promises. Examples are found by their content, not their position; a new
 * example with no expectation here fails the suite, so every example gets a test.
 */
import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadTechniqueList } from '../../src/technique-list/technique-list.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import { BUILT_IN_TECHNIQUE_IDS } from '../../src/technique-card/built-in-techniques.js';
import { BACK_BASICS, EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { captureConsole } from '../helpers/console.js';
import { part, parts, textOf } from '../harness/dom.js';
import { accessibleName } from '../booking-button/accessible-name.js';
import BOOKING_FR from '../../src/booking-button/languages/fr.js';
import { TECHNIQUES_FR } from '../../src/technique-card/languages/techniques.fr.js';
import { findTip } from '../../src/self-care-tips/built-in-tips.js';

/** The ```html blocks of the README, in order. */
async function readmeExamples(): Promise<string[]> {
  const response = await fetch('/README.md');
  expect(response.ok, 'the test server serves README.md').to.equal(true);
  const readme = await response.text();
  return [...readme.matchAll(/^```html\n([\s\S]*?)^```\s*$/gm)].map((match) => match[1]!);
}

/** What the README promises about one example, and how to tell it apart from the rest. */
interface Expectation {
  readonly name: string;
  /** True for the one README example this is about. */
  readonly matches: (html: string) => boolean;
  /** The example has its own `<knead-clinic page>`: it runs last, so the page clinic cannot outlive it. */
  readonly pageClinic?: boolean;
  /**
   * The example's elements are alternatives ("this, or that"), not one page: each is checked
   * with axe on its own (two timers of one routine on a page would share a landmark name).
   */
  readonly alternatives?: boolean;
  readonly check: (container: HTMLElement) => Promise<void>;
}

/** Every element in `root`, through shadow roots (a list's cards, a card's button). */
function deepElements(root: Element | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? deepElements(element.shadowRoot) : []),
  ]);
}

/** Waits until every widget in `root`, nested ones included, has rendered and settled. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const element of deepElements(root)) {
      await (element as { updateComplete?: Promise<unknown> }).updateComplete;
    }
    await nextFrame();
  }
}

/** The `<knead-clinic page>` of the first example, as attributes, for the examples after it. */
function readmeClinic(examples: readonly string[]): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = examples.find((html) => /<knead-clinic\s[^>]*\bpage\b/.test(html)) ?? '';
  const clinic = template.content.querySelector('knead-clinic');
  expect(clinic, 'the README pastes a <knead-clinic page> first').to.not.equal(null);
  const copy = document.createElement('knead-clinic');
  for (const { name, value } of clinic!.attributes) {
    if (name !== 'page') copy.setAttribute(name, value);
  }
  return copy;
}

const hasPageClinic = (html: string) => /<knead-clinic\s[^>]*\bpage\b/.test(html);

/** What knead-widgets says in the console (errors and warnings) while `run` runs. */
async function widgetMessages(run: () => Promise<unknown>): Promise<string[]> {
  const messages: string[] = [];
  const warnings = await captureConsole('warn', async () => {
    messages.push(...(await captureConsole('error', run)));
  });
  return [...messages, ...warnings].filter((message) => message.includes('knead-widgets'));
}

/**
 * Renders one example in a fresh container. The CDN `<script src>` is left out (the elements are defined already, from
 * src/define.ts). An example with its own page clinic stands alone; the others, which the
 * README pastes below that clinic, get the same clinic's settings around them.
 */
async function render(html: string, clinic: HTMLElement): Promise<HTMLElement> {
  const template = document.createElement('template');
  template.innerHTML = html;
  // The CDN files are not reachable from the tests; the widgets are defined from src/.
  template.content
    .querySelectorAll('script[src], link[rel="stylesheet"]')
    .forEach((element) => element.remove());
  const container = hasPageClinic(html)
    ? document.createElement('div')
    : (clinic.cloneNode() as HTMLElement);
  container.dataset['readmeExample'] = '';
  container.append(template.content);
  document.body.append(container);
  await settle(container);
  return container;
}

/** `rgb(r, g, b)` as its WCAG relative luminance. */
function luminance(colour: string): number {
  const channels = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const EXPECTATIONS: readonly Expectation[] = [
  {
    name: 'the technique list shows the whole catalog with filters and highlights deep-tissue; the cards show the built-in trigger point with booking and "Hot stone massage"',
    matches: (html) => html.includes('<knead-technique-list'),
    async check(container) {
      const list = container.querySelector<KneadTechniqueList>('knead-technique-list')!;
      expect(list.cards.map((card) => card.technique)).to.deep.equal([...BUILT_IN_TECHNIQUE_IDS]);
      expect(part(list, 'filters')?.getAttribute('aria-label')).to.equal('Filter techniques');
      expect(parts(list, 'chip').length).to.be.greaterThan(0);
      const highlighted = list.cards.filter((card) => card.highlighted);
      expect(highlighted.map((card) => card.technique)).to.deep.equal(['deep-tissue']);
      expect(textOf(part(highlighted[0]!, 'badge'))).to.equal('Recommended');

      const [trigger, own] = [
        ...container.querySelectorAll<KneadTechniqueCard>(':scope > knead-technique-card'),
      ];
      expect(textOf(part(trigger!, 'name'))).to.equal('Trigger point therapy');
      const book = trigger!.bookingButton!;
      expect(book.bookingUrl, 'booked with the clinic').to.match(/^https:\/\/calendly\.com\//);
      expect(accessibleName(part(book, 'button')!)).to.match(/^Book Trigger point therapy/);

      expect(textOf(part(own!, 'name'))).to.equal('Hot stone massage');
      const facts = textOf(part(own!, 'facts'));
      expect(facts).to.include('Light').and.include('75 min').and.include('$130');
      const description = own!.querySelector('[slot="description"]')!;
      expect(description.assignedSlot, 'the description is shown in the card').to.not.equal(null);
    },
  },
  {
    name: 'the booking frame names Calendly, its cookies and privacy policy, loads nothing, and offers a new tab',
    matches: (html) => html.includes('<knead-booking-frame'),
    async check(container) {
      const frame = container.querySelector('knead-booking-frame')!;
      const placeholder = textOf(part(frame, 'placeholder'));
      expect(placeholder).to.include('Calendly').and.include('cookies');
      expect(textOf(part(frame, 'show'))).to.equal('Show the booking calendar');
      expect(frame.shadowRoot!.querySelector('iframe'), 'nothing loaded').to.equal(null);
      expect(part<HTMLAnchorElement>(frame, 'new-tab')!.href).to.equal(
        'https://calendly.com/harbour-physio/60min',
      );
    },
  },
  {
    name: 'the self-care tips show the after-session tips, and the clinic’s own list',
    matches: (html) => html.includes('<knead-self-care-tips'),
    async check(container) {
      const [after, own] = [...container.querySelectorAll('knead-self-care-tips')];
      const titles = (el: Element) => parts(el, 'title').map(textOf);
      expect(titles(after!)).to.deep.equal(
        ['heat-cold', 'water', 'stretching', 'regular-sessions'].map((id) => findTip(id)!.title),
      );
      for (const tip of parts(after!, 'tip'))
        expect(textOf(tip.querySelector('[part~="moments"]'))).to.include('After a session');
      expect(textOf(part(after!, 'general'))).to.include('general advice');
      expect(titles(own!)).to.deep.equal([findTip('water')!.title, 'A warm bath in the evening']);
      expect(textOf(parts(own!, 'moments')[1])).to.equal('Every day');
    },
  },
  {
    name: 'a data-layer clinic pushes the booking click, with the provider only',
    matches: (html) => html.includes('data-layer'),
    async check(container) {
      const dataLayer = window as { dataLayer?: unknown[] };
      delete dataLayer.dataLayer;
      const button = container.querySelector<KneadBookingButton>('knead-booking-button')!;
      await button.updateComplete;
      // The test page stays where it is: the click is cancelled after the clinic heard it.
      document.addEventListener('click', (event) => event.preventDefault(), { once: true });
      part(button, 'button')!.click();
      expect(dataLayer.dataLayer).to.deep.equal([
        { event: 'knead_booking_click', provider: 'calendly' },
      ]);
      delete dataLayer.dataLayer;
    },
  },
  {
    name: 'the symptom check shows its intro, with Start',
    matches: (html) => html.includes('<knead-symptom-check'),
    async check(container) {
      const check = container.querySelector('knead-symptom-check')!;
      const intro = part(check, 'intro');
      expect(textOf(intro)).to.include(BACK_PAIN_FLOW.intro);
      const buttons = [...check.shadowRoot!.querySelectorAll('button')].map(textOf);
      expect(buttons).to.deep.equal(['Start the check']);
    },
  },
  {
    name: 'the timers show Back basics, a subset of it in the order given, and the JSON-child routine',
    matches: (html) => html.includes('<knead-exercise-timer'),
    alternatives: true,
    async check(container) {
      const timers = [...container.querySelectorAll('knead-exercise-timer')];
      expect(timers).to.have.length(3);
      const names = (timer: Element) =>
        [...timer.shadowRoot!.querySelectorAll('[part~="overview"] .name')].map(textOf);
      const heading = (timer: Element) => textOf(part(timer, 'heading'));
      expect(heading(timers[0]!)).to.equal(BACK_BASICS.name);
      expect(names(timers[0]!)).to.deep.equal(BACK_BASICS.exercises.map((e) => e.name));
      expect(names(timers[1]!)).to.deep.equal([EXERCISES.bridge.name, EXERCISES['cat-cow'].name]);
      // Named for what it runs, so the page's two Back basics timers differ.
      expect(heading(timers[1]!)).to.equal('Bridge and Cat-cow');
      expect(heading(timers[2]!)).to.equal('After your session');
      expect(names(timers[2]!)).to.deep.equal([
        EXERCISES['cat-cow'].name,
        EXERCISES.bridge.name,
        'Knee hug',
      ]);
      expect(textOf(timers[2]!.shadowRoot!.querySelector('[part~="overview"]'))).to.include(
        '5 reps',
      );
    },
  },
  {
    name: 'the brand colour given with light-dark() follows the scheme: purple with white text in light, lavender with dark text in dark, both readable',
    matches: (html) => html.includes('light-dark('),
    async check(container) {
      const clinic = container.querySelector('knead-clinic')!;
      const button = clinic.querySelector<KneadBookingButton>('knead-booking-button')!;
      const colours = () => {
        const style = getComputedStyle(part(button, 'button')!);
        return { background: style.backgroundColor, text: style.color };
      };
      const LIGHT = { background: 'rgb(107, 46, 138)', text: 'rgb(255, 255, 255)' };
      const DARK = { background: 'rgb(217, 179, 240)', text: 'rgb(43, 15, 58)' };

      // theme="auto" follows the visitor's setting.
      const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
      expect(colours(), 'theme="auto"').to.deep.equal(prefersDark ? DARK : LIGHT);

      clinic.setAttribute('theme', 'light');
      await settle(container);
      expect(colours(), "the clinic's light theme").to.deep.equal(LIGHT);
      const seen = [colours()];

      clinic.setAttribute('theme', 'dark');
      await settle(container);
      expect(colours(), "the clinic's dark theme").to.deep.equal(DARK);
      seen.push(colours());

      clinic.setAttribute('theme', 'light');
      button.theme = 'dark';
      await settle(container);
      expect(colours(), 'the button\'s own theme="dark"').to.deep.equal(DARK);
      expect(getComputedStyle(part(button, 'button')!).colorScheme, 'its scheme').to.equal('dark');

      // Text on the accent at 4.5:1 or more, as the README asks, in both schemes.
      for (const { background, text } of seen) {
        expect(contrast(background, text), `${text} on ${background}`).to.be.at.least(4.5);
      }
    },
  },
  {
    name: 'in a French section the button and the card speak French, the rest of the page English',
    matches: (html) => html.includes('<section lang="fr-CA">'),
    async check(container) {
      const button = container.querySelector<KneadBookingButton>('knead-booking-button')!;
      expect(textOf(part(button, 'button'))).to.equal(BOOKING_FR.booking.book);
      const card = container.querySelector<KneadTechniqueCard>('knead-technique-card')!;
      expect(textOf(part(card, 'name'))).to.equal(TECHNIQUES_FR.swedish!.name);
      expect(document.documentElement.lang || 'en', 'the page around it').to.not.match(/^fr/);
    },
  },
  {
    name: 'the popup button opens the Calendly page for 60min in a dialog, not a new tab',
    matches: (html) => html.includes('<knead-booking-button') && html.includes('mode="popup"'),
    pageClinic: true,
    async check(container) {
      const el = container.querySelector<KneadBookingButton>('knead-booking-button')!;
      const trigger = part(el, 'button')!;
      expect(trigger.localName, 'a button, not a new-tab link').to.equal('button');
      expect(trigger.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(accessibleName(trigger)).to.equal('Book a massage');
      const opened = oneEvent(el, 'knead-booking-open');
      trigger.click();
      await opened;
      const dialog = el
        .shadowRoot!.querySelector('knead-booking-dialog')!
        .shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(textOf(dialog.querySelector('h2'))).to.equal('Book with Harbour Physio');
      const frame = new URL(dialog.querySelector('iframe')!.src);
      expect(frame.origin + frame.pathname).to.equal('https://calendly.com/harbour-physio/60min');
      expect(frame.searchParams.get('embed_domain')).to.equal(location.host);
      const closed = oneEvent(el, 'knead-booking-close');
      el.closePopup();
      await closed;
    },
  },
];

describe('README examples', function () {
  // Axe over a whole technique list takes a few seconds on a busy machine.
  this.timeout(60000);

  let examples: string[] = [];
  let clinic: HTMLElement;

  before(async () => {
    examples = await readmeExamples();
    clinic = readmeClinic(examples);
  });

  afterEach(() => {
    document.querySelectorAll('[data-readme-example]').forEach((container) => container.remove());
    localStorage.clear();
  });

  it('has a test for every HTML example, and an example for every test', () => {
    expect(examples.length, 'the README has HTML examples').to.be.greaterThan(0);
    examples.forEach((html, index) => {
      const found = EXPECTATIONS.filter((expectation) => expectation.matches(html));
      expect(
        found.length,
        `README html block ${index + 1} needs exactly one expectation in test/readme/readme-examples.test.ts:\n${html}`,
      ).to.equal(1);
      expect(!!found[0]!.pageClinic, `${found[0]!.name}: has a page clinic`).to.equal(
        hasPageClinic(html),
      );
    });
    for (const expectation of EXPECTATIONS) {
      const found = examples.filter((html) => expectation.matches(html));
      expect(found.length, `one README example for "${expectation.name}"`).to.equal(1);
    }
  });

  // Examples with their own page clinic go last, so a page clinic never outlives its test.
  const ordered = [...EXPECTATIONS].sort((a, b) => Number(!!a.pageClinic) - Number(!!b.pageClinic));
  for (const expectation of ordered) {
    it(expectation.name, async () => {
      const html = examples.find((each) => expectation.matches(each));
      expect(html, 'its README example').to.be.a('string');
      const messages = await widgetMessages(async () => {
        const container = await render(html!, clinic);
        for (const scope of expectation.alternatives ? [...container.children] : [container]) {
          await expect(scope).to.be.accessible();
        }
        await expectation.check(container);
      });
      expect(messages, 'knead-widgets console errors and warnings').to.deep.equal([]);
    });
  }
});
