/**
 * The built-in self-care tips, in English (other languages: ./languages/tips.*.ts). Written
 * in our own words from the facts listed in docs/content-sources.md, "Self-care tips", and
 * worded with care: "may", "can help", never more than the sources say. Pure data.
 */
import type { Tip } from './tip-types.js';

/** The built-in tips' ids, in the order the widget shows them. */
export const BUILT_IN_TIP_IDS = [
  'heat-cold',
  'water',
  'stretching',
  'posture',
  'gentle-exercise',
  'regular-sessions',
  'lifting',
  'pain-relief',
] as const;

export type BuiltInTipId = (typeof BUILT_IN_TIP_IDS)[number];

const TIPS: Readonly<Record<BuiltInTipId, Omit<Tip, 'id'>>> = {
  'heat-cold': {
    title: 'Warmth before, cold after',
    text: 'Some warmth before a massage, such as a warm shower or a heat pack, can help your muscles relax. Afterwards, a cold pack may help calm any soreness.',
    when: ['before-session', 'after-session'],
  },
  water: {
    title: 'Drink some water',
    text: 'Have a drink of water before your session and again afterwards. After exercise, a drink of water is a good habit too.',
    when: ['before-session', 'after-session', 'after-exercise'],
  },
  stretching: {
    title: 'Stretch gently afterwards',
    text: 'Gentle stretching after a session can help you keep the ease of movement it gave you. Stop any stretch that hurts.',
    when: ['after-session'],
  },
  posture: {
    title: 'Mind your posture',
    text: 'Notice how you sit, stand and sleep. A desk set up to suit you, with the screen, chair and keyboard at the right height, can ease the strain on your back.',
    when: ['every-day'],
  },
  'gentle-exercise': {
    title: 'Keep moving gently',
    text: 'Gentle, regular activity such as walking, swimming or yoga can help keep your back moving. Start slowly and build up over time.',
    when: ['after-exercise', 'every-day'],
  },
  'regular-sessions': {
    title: 'Come back regularly',
    text: 'Regular sessions tend to help more than a single one. Ask your therapist how often would suit you.',
    when: ['after-session'],
  },
  lifting: {
    title: 'Go easy on lifting in a flare-up',
    text: 'While your pain is flaring up, avoid lifting heavy things, and ask for help with heavy loads.',
    when: ['flare-up'],
  },
  'pain-relief': {
    title: 'Pain relief: follow the pack',
    text: 'If you take pain relief bought without a prescription, use it only as the pack directs. If you are not sure it suits you, ask a pharmacist or your doctor.',
    when: ['flare-up'],
  },
};

/** The built-in tips, in order. */
export const BUILT_IN_TIPS: readonly Tip[] = BUILT_IN_TIP_IDS.map((id) => ({ id, ...TIPS[id] }));

const byId = new Map(BUILT_IN_TIPS.map((tip) => [tip.id, tip]));

/** The built-in tip with this id (the catalog's own object), or undefined. */
export const findTip = (id: string): Tip | undefined => byId.get(id);
