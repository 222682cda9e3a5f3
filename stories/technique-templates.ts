/**
 * Templates, controls and helpers for the technique card and technique list stories. Not a
 * story file: Storybook only reads `*.stories.ts`.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GOALS, GOAL_LABELS, PRESSURE_LABELS } from '../src/technique-card/technique-types.js';
import { BUILT_IN_TECHNIQUE_IDS } from '../src/technique-card/built-in-techniques.js';
import manifest from '../custom-elements.json';
import { cssProperties } from './templates.js';

/** Shared with other story templates (stories/templates.ts has it). */
export { cssProperties };

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

/** The args without their CSS custom properties, for a story that sets them on a wrapper. */
export function withoutCssProperties<T extends object>(args: T): T {
  return Object.fromEntries(Object.entries(args).filter(([name]) => !name.startsWith('--'))) as T;
}

/** A control's value as an attribute: left off when empty or false, present when true. */
function attributeValue(value: unknown): string | undefined {
  if (value === true) return '';
  if (Array.isArray(value)) return value.length ? value.join(' ') : undefined;
  return value === '' || value === false || value === undefined || value === null
    ? undefined
    : String(value);
}

/**
 * Sets each of `names` on the element as an attribute from the arg of that name (args are
 * named as the attributes are, as custom-elements.json names them), and takes off those an
 * empty control leaves unset.
 */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element');
  }

  render(_args: object, _names: readonly string[]) {
    return noChange;
  }

  override update(part: ElementPart, [args, names]: Parameters<this['render']>) {
    for (const name of names) {
      const value = attributeValue((args as Record<string, unknown>)[name]);
      if (value === undefined) part.element.removeAttribute(name);
      else part.element.setAttribute(name, value);
    }
    return noChange;
  }
}
export const attributes = directive(AttributesDirective);

const CARD_ATTRIBUTES = [
  'technique',
  'name',
  'summary',
  'pressure',
  'duration',
  'price',
  'goals',
  'heading-level',
  'theme',
  'bookable',
  'highlighted',
] as const;

const LIST_ATTRIBUTES = [
  'techniques',
  'highlight',
  'heading-level',
  'label',
  'theme',
  'filter',
  'highlight-first',
  'bookable',
] as const;

/** `<knead-technique-card>` with every arg as an attribute, and `content` as light DOM. */
export const techniqueCard = (
  args: TechniqueCardArgs,
  content: TemplateResult | typeof nothing = nothing,
): TemplateResult =>
  html`<knead-technique-card
    ${attributes(args, CARD_ATTRIBUTES)}
    style=${ifDefined(cssProperties(args))}
    @knead-technique-select=${args.onKneadTechniqueSelect}
    >${content}</knead-technique-card
  >`;

/** `<knead-technique-list>` with every arg as an attribute, and `content` (a JSON child) inside. */
export const techniqueList = (
  args: TechniqueListArgs,
  content: TemplateResult | typeof nothing = nothing,
): TemplateResult =>
  html`<knead-technique-list
    ${attributes(args, LIST_ATTRIBUTES)}
    style=${ifDefined(cssProperties(args))}
    @knead-technique-select=${args.onKneadTechniqueSelect}
    >${content}</knead-technique-list
  >`;

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
