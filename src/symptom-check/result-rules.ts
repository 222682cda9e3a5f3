/**
 * What a result screen shows, as rules over the outcome and the clinic's settings: the
 * words for its level, the recommendations it may show, and when the clinic's phone is
 * offered. Pure: the result view only asks.
 */
import { phoneUrl } from '../shared/safe-url.js';
import type { Outcome, OutcomeLevel } from './flow-types.js';
import { needsMedicalCare } from './flow-machine.js';
import type { CheckMessages } from './check-messages.js';

/** Which message says each level before its advice, so the level never rests on colour alone. */
const LEVEL_KEYS = {
  emergency: 'levelEmergency',
  urgent: 'levelUrgent',
  clinician: 'levelClinician',
  massage: 'levelMassage',
} as const satisfies Record<OutcomeLevel, keyof CheckMessages>;

/** A level in words ("See a doctor soon"), in the language of `text`. */
export const levelLabel = (level: OutcomeLevel, text: CheckMessages): string =>
  text[LEVEL_KEYS[level]];

/**
 * The techniques and exercises a result shows: none for a result that sends the visitor to
 * medical care, whatever its data says (the validator refuses such a flow too).
 */
export function shownRecommendations(outcome: Outcome): {
  readonly techniques: readonly string[];
  readonly exercises: readonly string[];
} {
  if (needsMedicalCare(outcome.level)) return { techniques: [], exercises: [] };
  return { techniques: outcome.techniques ?? [], exercises: outcome.exercises ?? [] };
}

/** The clinic's phone, offered on a result: as written, and as a `tel:` link. */
export interface ClinicCall {
  readonly phone: string;
  readonly href: string;
  /** Who answers: the clinic's name; none: the result says "call us". */
  readonly name?: string | undefined;
}

/**
 * The clinic's phone for a result, to talk it through: only for a clinician-level result
 * (the danger levels show the emergency number or advice line instead; a massage result
 * offers booking), and only for a phone that makes a valid `tel:` link.
 */
export function clinicCall(
  level: OutcomeLevel,
  clinic: { readonly phone?: string | undefined; readonly name?: string | undefined } | undefined,
): ClinicCall | undefined {
  const phone = clinic?.phone;
  if (level !== 'clinician' || !phone) return undefined;
  const href = phoneUrl(phone);
  return href ? { phone, href, name: clinic.name || undefined } : undefined;
}
