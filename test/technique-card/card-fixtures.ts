/** Cards (and clinics around them) made for a test, as a page would write them. */
import { fixture, type html } from '@open-wc/testing';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import type { Technique } from '../../src/technique-card/technique-types.js';
import { settle } from '../harness/technique-card.js';
import { captureReports } from '../helpers/console.js';
import { withErrors } from '../helpers/console.js';

export type Card = KneadTechniqueCard;
type Template = ReturnType<typeof html>;

/** Attributes as a page writes them: `true` for a boolean attribute that is present. */
export type Attributes = Readonly<Record<string, string | number | boolean>>;

/** A clinic's own technique, with every field set. */
export const HOT_STONE: Technique = {
  id: 'hot-stone',
  name: 'Hot stone massage',
  summary: 'Warm stones and slow strokes.',
  description: 'Smooth, heated stones are placed on the back and used to massage.',
  pressure: 2,
  goals: ['relaxation', 'stress'],
  feelsLike: 'Warm and heavy.',
  cautions: ['Tell your therapist if a stone feels too hot.'],
  duration: { min: 60, max: 60 },
  price: '$110',
};

/** A technique with `text` in every text field (two cautions of it), as a page may give one. */
export const hostileTechnique = (text: string): Technique => ({
  id: 'hostile',
  name: text,
  summary: text,
  description: text,
  pressure: 3,
  pressureLabel: text,
  goals: ['relaxation'],
  feelsLike: text,
  cautions: [text, text],
  duration: { min: 30, max: 60 },
  price: text,
});

/** An element with these attributes and children, not yet on the page. */
export function element(tag: string, attributes: Attributes = {}, ...children: Node[]) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== false) made.setAttribute(name, value === true ? '' : String(value));
  made.append(...children);
  return made;
}

/** Whether a fixture was given as a lit template rather than as attributes. */
export const isTemplate = (given: Attributes | Template): given is Template =>
  'strings' in given && 'values' in given;

/** A card with these attributes (or from this template), rendered and settled. */
export async function cardFixture(card: Attributes | Template): Promise<Card> {
  const made = await fixture<Card>(isTemplate(card) ? card : element('knead-technique-card', card));
  await settle(made);
  return made;
}

/** A card, with every console error it logged while rendering (its booking button's too). */
export async function cardWithErrors(card: Attributes | Template) {
  return withErrors(async () => {
    const made = await cardFixture(card);
    await settle(made, made.bookingButton);
    return made;
  });
}

/** A clinic as a page writes it: its attributes, and the services its JSON child maps. */
export interface ClinicSetup {
  readonly attributes: Attributes;
  readonly services?: Readonly<Record<string, string>>;
}

/** Harbour Physio on Calendly, which books through a provider and an account. */
export const CALENDLY_CLINIC: Attributes = {
  'booking-provider': 'calendly',
  'booking-account': 'harbour-physio',
};

/** A clinic whose booking-url names its booking page. */
export const BOOKING_URL = 'https://book.example.com/massage';

/**
 * A clinic around a card for each of `cards`, with every console error and warning logged
 * until each card's booking button has its settings.
 */
export async function clinicWithCards(
  { attributes, services }: ClinicSetup,
  ...cards: Attributes[]
): Promise<{ clinic: KneadClinic; cards: Card[]; errors: string[]; warnings: string[] }> {
  const json = element('script', { type: 'application/json' });
  json.textContent = JSON.stringify({ services });
  const made = cards.map((card) => element('knead-technique-card', card) as Card);
  let clinic!: KneadClinic;
  const reports = await captureReports(async () => {
    clinic = await fixture<KneadClinic>(
      element('knead-clinic', attributes, ...(services ? [json] : []), ...made),
    );
    await settle(clinic, ...made);
    await settle(...made.map((card) => card.bookingButton));
    await settle(...made.map((card) => card.bookingButton));
  });
  return { clinic, cards: made, ...reports };
}
