/**
 * `<knead-clinic>` as a page writes it, and the wait until its settings have reached the
 * widgets it serves. Plain DOM and lit templates, so the element tests and the story play
 * functions share them.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { nextFrame } from './dom.js';

/** A clinic's attributes, named as the page writes them. */
export interface ClinicArgs {
  name?: string;
  'booking-url'?: string;
  'booking-provider'?: string;
  'booking-account'?: string;
  phone?: string;
  'emergency-number'?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Serve the whole page, not only what is inside. */
  page?: boolean;
  /** Set as the property (the JSON child is the way a page writes it). */
  services?: Readonly<Record<string, string>>;
}

/** An empty value means "attribute not set". */
const attr = (value: string | undefined) => ifDefined(value || undefined);

/** `<knead-clinic>` with `args` as its attributes, around `content`. */
export function clinicMarkup(args: ClinicArgs, content: unknown = ''): TemplateResult {
  return html`<knead-clinic
    name=${attr(args.name)}
    booking-url=${attr(args['booking-url'])}
    booking-provider=${attr(args['booking-provider'])}
    booking-account=${attr(args['booking-account'])}
    phone=${attr(args.phone)}
    emergency-number=${attr(args['emergency-number'])}
    theme=${attr(args.theme)}
    ?page=${args.page ?? false}
    >${content}</knead-clinic
  >`;
}

/**
 * Lets every pending update and context answer below `root` land: clinics update, their
 * widgets hear the new settings and update in turn.
 */
export async function settle(root: ParentNode = document): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll('*')] as { updateComplete?: Promise<unknown> }[];
    await Promise.all(elements.map((element) => element.updateComplete));
    await nextFrame();
  }
}
