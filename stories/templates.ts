/**
 * Templates and helpers shared by the stories. Not a story file: Storybook only reads
 * `*.stories.ts`.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KneadBookingButton } from '../src/booking-button/booking-button.js';
import { PROVIDER_IDS } from '../src/booking-button/built-in-providers.js';

/** Args of `<knead-booking-button>`, named as its attributes (as custom-elements.json does). */
export interface BookingButtonArgs {
  provider?: string;
  account?: string;
  service?: string;
  href?: string;
  mode?: 'new-tab' | 'same-tab' | 'popup';
  label?: string;
  variant?: 'primary' | 'secondary' | 'link';
  disabled?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  'utm-source'?: string;
  'utm-medium'?: string;
  'utm-campaign'?: string;
  /** Actions Storybook adds for the events in custom-elements.json. */
  onKneadBookingClick?: (event: Event) => void;
  onKneadBookingOpen?: (event: Event) => void;
  onKneadBookingClose?: (event: Event) => void;
  onKneadBookingComplete?: (event: Event) => void;
  /** The `@cssprop` tokens, set on the element when given a value. */
  [cssProperty: `--${string}`]: string | undefined;
}

/** The CSS custom properties among the args that have a value, as a `style` value. */
export function cssProperties(args: object): string | undefined {
  const set = Object.entries(args).filter(
    ([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '',
  );
  return set.length ? set.map(([name, value]) => `${name}: ${value}`).join('; ') : undefined;
}

/** An attribute's value from a control: an empty control means "attribute not set". */
export const attr = (value: string | number | undefined) =>
  ifDefined(value === '' || value === undefined || value === null ? undefined : String(value));

/** `<knead-booking-button>` with every arg as an attribute, and `content` as light DOM. */
export function bookingButton(
  args: BookingButtonArgs,
  content: TemplateResult | string | typeof nothing = nothing,
): TemplateResult {
  return html`<knead-booking-button
    provider=${attr(args.provider)}
    account=${attr(args.account)}
    service=${attr(args.service)}
    href=${attr(args.href)}
    mode=${attr(args.mode)}
    label=${attr(args.label)}
    variant=${attr(args.variant)}
    theme=${attr(args.theme)}
    utm-source=${attr(args['utm-source'])}
    utm-medium=${attr(args['utm-medium'])}
    utm-campaign=${attr(args['utm-campaign'])}
    ?disabled=${args.disabled ?? false}
    style=${ifDefined(cssProperties(args))}
    @knead-booking-click=${args.onKneadBookingClick}
    @knead-booking-open=${args.onKneadBookingOpen}
    @knead-booking-close=${args.onKneadBookingClose}
    @knead-booking-complete=${args.onKneadBookingComplete}
    >${content}</knead-booking-button
  >`;
}

const text = { control: 'text' } as const;

/** Controls for the button's attributes; descriptions and types come from the manifest. */
export const bookingButtonArgTypes = {
  provider: {
    control: { type: 'select', labels: { '': '(none)' } },
    options: ['', ...PROVIDER_IDS],
  },
  account: text,
  service: text,
  href: text,
  mode: { control: 'inline-radio', options: ['new-tab', 'same-tab', 'popup'] },
  label: text,
  variant: { control: 'inline-radio', options: ['primary', 'secondary', 'link'] },
  disabled: { control: 'boolean' },
  theme: {
    control: { type: 'inline-radio', labels: { '': '(page)' } },
    options: ['', 'light', 'dark', 'auto'],
  },
  'utm-source': text,
  'utm-medium': text,
  'utm-campaign': text,
  // A read-only property: documented, not a control.
  bookingUrl: { control: false },
} as const;

/** The first element matching `selector` in a story, once it has rendered. */
export async function rendered<T extends ReactiveElement>(
  root: ParentNode,
  selector: string,
): Promise<{ element: T; shadow: ShadowRoot }> {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} in the story`);
  await element.updateComplete;
  // A clinic's settings arrive through context; give it one more update.
  await element.updateComplete;
  return { element, shadow: element.shadowRoot! };
}

/** The first booking button in a story (or one matching `selector`), once it has rendered. */
export const renderedButton = (root: ParentNode, selector = 'knead-booking-button') =>
  rendered<KneadBookingButton>(root, selector);
