/**
 * Templates, controls and helpers for the technique card and technique list stories. Not a
 * story file: Storybook only reads `*.stories.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KneadBookingButton } from '../src/booking-button/booking-button.js';
import type { KneadTechniqueCard } from '../src/technique-card/technique-card.js';
import type { KneadTechniqueList } from '../src/technique-list/technique-list.js';
import { GOALS, GOAL_LABELS, PRESSURE_LABELS } from '../src/technique-card/technique-types.js';
import {
  BUILT_IN_TECHNIQUE_IDS,
  findTechnique,
} from '../src/technique-card/built-in-techniques.js';
import manifest from '../custom-elements.json';

type Theme = 'light' | 'dark' | 'auto';

/** Args of `<knead-technique-card>`, named as its attributes (as custom-elements.json does). */
export interface TechniqueCardArgs {
  technique?: string;
  name?: string;
  summary?: string;
  /** `''` leaves the attribute off: the technique's own pressure. */
  pressure?: string;
  duration?: string;
  price?: string;
  /** Goal ids; written to the attribute separated by spaces. None: the technique's own. */
  goals?: string[];
  bookable?: boolean;
  highlighted?: boolean;
  'heading-level'?: number;
  theme?: Theme | '';
  /** The action Storybook adds for the event in custom-elements.json. */
  onKneadTechniqueSelect?: (event: Event) => void;
  /** The `@cssprop` tokens, set on the element when given a value. */
  [cssProperty: `--${string}`]: string | undefined;
}

/** Args of `<knead-technique-list>`, named as its attributes. */
export interface TechniqueListArgs {
  techniques?: string;
  filter?: boolean;
  highlight?: string;
  'highlight-first'?: boolean;
  bookable?: boolean;
  'heading-level'?: number;
  label?: string;
  theme?: Theme | '';
  onKneadTechniqueSelect?: (event: Event) => void;
  [cssProperty: `--${string}`]: string | undefined;
}

/** The CSS custom properties among the args that have a value, as a `style` value. */
export function cssProperties(args: object): string | undefined {
  const set = Object.entries(args).filter(
    ([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '',
  );
  return set.length ? set.map(([name, value]) => `${name}: ${value}`).join('; ') : undefined;
}

/** The args without their CSS custom properties, for a story that sets them on a wrapper. */
export function withoutCssProperties<T extends object>(args: T): T {
  return Object.fromEntries(Object.entries(args).filter(([name]) => !name.startsWith('--'))) as T;
}

/** An empty control means "attribute not set". */
const attr = (value: string | number | undefined) =>
  ifDefined(value === '' || value === undefined || value === null ? undefined : String(value));

/** `<knead-technique-card>` with every arg as an attribute, and `content` as light DOM. */
export function techniqueCard(
  args: TechniqueCardArgs,
  content: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<knead-technique-card
    technique=${attr(args.technique)}
    name=${attr(args.name)}
    summary=${attr(args.summary)}
    pressure=${attr(args.pressure)}
    duration=${attr(args.duration)}
    price=${attr(args.price)}
    goals=${attr(args.goals?.length ? args.goals.join(' ') : undefined)}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    ?bookable=${args.bookable ?? false}
    ?highlighted=${args.highlighted ?? false}
    style=${ifDefined(cssProperties(args))}
    @knead-technique-select=${args.onKneadTechniqueSelect}
    >${content}</knead-technique-card
  >`;
}

/** `<knead-technique-list>` with every arg as an attribute, and `content` (a JSON child) inside. */
export function techniqueList(
  args: TechniqueListArgs,
  content: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<knead-technique-list
    techniques=${attr(args.techniques)}
    highlight=${attr(args.highlight)}
    heading-level=${attr(args['heading-level'])}
    label=${attr(args.label)}
    theme=${attr(args.theme)}
    ?filter=${args.filter ?? false}
    ?highlight-first=${args['highlight-first'] ?? false}
    ?bookable=${args.bookable ?? false}
    style=${ifDefined(cssProperties(args))}
    @knead-technique-select=${args.onKneadTechniqueSelect}
    >${content}</knead-technique-list
  >`;
}

/**
 * The clinic the booking stories sit in: Calendly, account harbour-physio. `content` goes
 * inside, after the clinic's own JSON child when a story gives one.
 */
export function clinic(content: TemplateResult): TemplateResult {
  return html`<knead-clinic
    name="Harbour Physio"
    booking-provider="calendly"
    booking-account="harbour-physio"
    phone="+1 555 0100"
    >${content}</knead-clinic
  >`;
}

/** A dark page behind a story, for `theme="dark"`. */
export const darkPage = (storyFn: () => unknown) =>
  html`<div style="background: #111a18; color: #e8efed; padding: 24px; border-radius: 8px">
    ${storyFn()}
  </div>`;

interface ManifestItem {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
}

function declarationOf(tagName: string): ManifestDeclaration {
  const modules = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules;
  for (const module of modules) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tagName);
    if (found) return found;
  }
  throw new Error(`${tagName} is not in custom-elements.json: run npm run analyze`);
}

/**
 * Storybook keeps one argType per name, so a part or slot named like an attribute (the
 * card's `name`, `summary` and `goals` parts; its `actions` part and slot) replaces the
 * attribute's row in the docs table, and with it the control. These rows, from
 * custom-elements.json, give each attribute its row back and list the part or slot under a
 * key of its own; the default slot (which Storybook leaves out) gets a row too.
 */
function distinctRows(tagName: string) {
  const declaration = declarationOf(tagName);
  const groups = [
    { category: 'attributes', items: declaration.attributes ?? [] },
    { category: 'slots', items: declaration.slots ?? [] },
    { category: 'css shadow parts', items: declaration.cssParts ?? [] },
  ];
  const uses = new Map<string, number>();
  for (const { items } of groups)
    for (const { name } of items) uses.set(name, (uses.get(name) ?? 0) + 1);
  const rows: Record<string, object> = {};
  for (const { category, items } of groups) {
    for (const item of items) {
      if (item.name !== '' && uses.get(item.name) === 1) continue;
      const key =
        item.name === ''
          ? 'default-slot'
          : rows[item.name]
            ? `${item.name}-${category.split(' ').pop()}`
            : item.name;
      rows[key] = {
        name: item.name || '(default)',
        description: item.description,
        ...(category === 'attributes' ? {} : { control: false }),
        table: {
          category,
          type: { summary: item.type?.text },
          defaultValue: { summary: item.default },
        },
      };
    }
  }
  return rows;
}

const text = { control: 'text' } as const;
const theme = {
  control: { type: 'inline-radio', labels: { '': '(page)' } },
  options: ['', 'light', 'dark', 'auto'],
} as const;
const headingLevel = { control: { type: 'number', min: 1, max: 6, step: 1 } } as const;

const cardRows = distinctRows('knead-technique-card');

/** Controls for the card's attributes; descriptions and types come from the manifest. */
export const techniqueCardArgTypes = {
  ...cardRows,
  technique: {
    control: { type: 'select', labels: { '': '(none)' } },
    options: ['', ...BUILT_IN_TECHNIQUE_IDS],
  },
  name: { ...cardRows['name'], ...text },
  summary: { ...cardRows['summary'], ...text },
  pressure: {
    control: {
      type: 'select',
      labels: {
        '': '(technique’s own)',
        ...Object.fromEntries(
          Object.entries(PRESSURE_LABELS).map(([level, label]) => [level, `${level}: ${label}`]),
        ),
      },
    },
    options: ['', '1', '2', '3', '4', '5'],
  },
  duration: text,
  price: text,
  goals: {
    ...cardRows['goals'],
    control: { type: 'check', labels: GOAL_LABELS },
    options: [...GOALS],
  },
  bookable: { control: 'boolean' },
  highlighted: { control: 'boolean' },
  'heading-level': headingLevel,
  theme,
  // Properties without an attribute: documented, not controls.
  data: { control: false },
  content: { control: false },
  bookingButton: { control: false },
} as const;

/** Controls for the list's attributes. */
export const techniqueListArgTypes = {
  ...distinctRows('knead-technique-list'),
  techniques: text,
  filter: { control: 'boolean' },
  highlight: text,
  'highlight-first': { control: 'boolean' },
  bookable: { control: 'boolean' },
  'heading-level': headingLevel,
  label: text,
  theme,
  data: { control: false },
  items: { control: false },
  cards: { control: false },
} as const;

/** A built-in technique by id, or a clear failure naming the id (the catalog may still grow). */
export function builtIn(id: string) {
  const technique = findTechnique(id);
  if (!technique)
    throw new Error(`"${id}" is not in the built-in catalog (built-in-techniques.ts)`);
  return technique;
}

/** Text content with its whitespace collapsed. */
export const textOf = (node: Node | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The first technique card in a story (or one matching `selector`), once it has rendered. */
export async function renderedCard(
  root: ParentNode,
  selector = 'knead-technique-card',
): Promise<{ element: KneadTechniqueCard; shadow: ShadowRoot }> {
  const element = root.querySelector<KneadTechniqueCard>(selector);
  if (!element) throw new Error(`no ${selector} in the story`);
  await element.updateComplete;
  // A clinic's settings arrive through context; give it one more update.
  await element.updateComplete;
  return { element, shadow: element.shadowRoot! };
}

/** The first technique list in a story, once it and its cards have rendered. */
export async function renderedList(
  root: ParentNode,
): Promise<{ element: KneadTechniqueList; shadow: ShadowRoot; cards: KneadTechniqueCard[] }> {
  const element = root.querySelector<KneadTechniqueList>('knead-technique-list');
  if (!element) throw new Error('no knead-technique-list in the story');
  await element.updateComplete;
  const cards = element.cards;
  await Promise.all(cards.map((card) => card.updateComplete));
  await Promise.all(cards.map((card) => card.updateComplete));
  return { element, shadow: element.shadowRoot!, cards };
}

/** The booking button a card shows, once it has its settings; fails when there is none. */
export async function bookingButtonOf(card: KneadTechniqueCard): Promise<KneadBookingButton> {
  await card.updateComplete;
  const button = card.bookingButton;
  if (!button) throw new Error(`the ${card.technique ?? card.name} card has no booking button`);
  await customElements.whenDefined('knead-booking-button');
  await button.updateComplete;
  await button.updateComplete;
  return button;
}
