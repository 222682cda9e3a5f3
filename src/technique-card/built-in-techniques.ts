/**
 * The built-in technique catalog, in the project's own words (where each fact comes from:
 * docs/content-sources.md, "Techniques"). Claims the sources could not support are left
 * out; thin evidence is worded with care ("may", "many people find").
 */
import type { Technique } from './technique-types.js';

/** The general health point, for techniques that use firm pressure or strong stretches. */
const CHECK_FIRST =
  'If you are pregnant, or have a medical condition, a recent injury or a blood-clotting problem, check with a clinician first and tell your therapist.';

const CATALOG = [
  {
    id: 'swedish',
    name: 'Swedish massage',
    summary: 'Long, flowing strokes and gentle kneading that help the whole body unwind.',
    description:
      'Your therapist uses long, gliding strokes along the muscles, with kneading, small circular movements and light friction. The rhythm is steady and the pressure stays light to medium. It is a gentle, all-round massage and a good choice if you are new to massage.',
    pressure: 2,
    pressureLabel: 'Light to medium',
    goals: ['relaxation', 'stress', 'stiffness'],
    feelsLike:
      'Smooth, warm and rhythmic. Most people find it calming, and some nearly fall asleep.',
    cautions: [
      'It is the least targeted option: for a specific problem such as ongoing back pain, another technique may suit you better, though many people still find it helps.',
      'Tell your therapist if you are pregnant, or have a medical condition, a recent injury or a blood-clotting problem.',
    ],
    duration: { min: 30, max: 90 },
  },
  {
    id: 'deep-tissue',
    name: 'Deep tissue massage',
    summary:
      'Slow, firm pressure that reaches the deeper layers of muscle to work on long-held tension and knots.',
    description:
      'The therapist works slowly, with firm strokes and direct pressure on specific spots, to reach the deeper muscle layers and the fascia around them. They usually start lighter to warm the area, then build up as the muscle allows. Many people choose it for stubborn tension, knots and stiffness, and find they move more easily afterwards.',
    pressure: 5,
    pressureLabel: 'Firm to deep',
    goals: ['chronic-tension', 'knots', 'stiffness', 'mobility'],
    feelsLike:
      'Strong and focused. Some moments can be uncomfortable, especially over a tight spot, but it should always stay bearable.',
    cautions: [
      'Some discomfort is normal, but it should stay within what you can manage: you should be able to keep breathing steadily with the rest of your body relaxed. If you cannot, tell your therapist so they can ease off.',
      CHECK_FIRST,
    ],
    duration: { min: 60, max: 90 },
  },
  {
    id: 'trigger-point',
    name: 'Trigger point therapy',
    summary:
      'Focused, held pressure on tender knots, including knots that send pain to other places.',
    description:
      'A trigger point is a small, tender knot: a tiny cramp in one part of a muscle. The therapist finds it and presses on it with a fingertip or thumb, holding steady pressure for a short while. Some knots cause pain somewhere else, called referred pain, so the spot being pressed is not always where you feel the ache.',
    pressure: 4,
    pressureLabel: 'Focused and firm',
    goals: ['chronic-tension', 'knots'],
    feelsLike:
      'Concentrated pressure on one small spot. You may feel a familiar ache spread out from it, which usually fades as the pressure is held.',
    cautions: [
      'Pressing a trigger point can briefly make the pain it sends elsewhere stronger before it eases.',
      'Let your therapist know how strong it feels, so the pressure stays firm but bearable.',
      CHECK_FIRST,
    ],
    duration: { min: 30, max: 60 },
  },
  {
    id: 'myofascial-release',
    name: 'Myofascial release',
    summary:
      'Slow, sustained pressure and stretching of the fascia, the connective tissue that wraps and links your muscles.',
    description:
      'Fascia is a layer of connective tissue between the skin and the muscles; it wraps and joins muscles, tendons and ligaments. The therapist applies slow, sustained pressure and stretch to areas that feel tight or restricted. In the indirect form the touch is light and held for a long time; in the direct form the pressure is strong and may be given with knuckles, elbows or tools.',
    pressure: 2,
    pressureLabel: 'Light to firm',
    goals: ['chronic-tension', 'stiffness', 'mobility'],
    feelsLike:
      'Usually slow and quiet: steady, held pressure with a gradual stretching feeling. The direct form feels much stronger.',
    cautions: [
      'Ask which form your therapist plans to use: the direct form is far stronger than the gentle indirect one.',
      CHECK_FIRST,
    ],
    duration: { min: 45, max: 90 },
  },
  {
    id: 'sports',
    name: 'Sports massage',
    summary:
      'A mix of techniques tailored to your training, to help your muscles recover and stay flexible.',
    description:
      'The therapist draws on several techniques, from long strokes and kneading to deeper pressure and stretching, and picks them around your sport, your training and any tight or sore areas. Many active people use it between sessions to ease soreness and keep their flexibility.',
    pressure: 4,
    pressureLabel: 'Medium to deep',
    goals: ['stiffness', 'flexibility', 'sports-recovery'],
    feelsLike:
      'Brisk and purposeful, with firmer work on the muscles you use most. Expect a mix of strokes, pressure and stretches.',
    cautions: [
      'Tell your therapist about any recent strain or injury, and when your next event or hard session is.',
      CHECK_FIRST,
    ],
    duration: { min: 30, max: 90 },
  },
  {
    id: 'thai',
    name: 'Thai massage',
    summary:
      'A fully clothed massage on a floor mat that combines acupressure with assisted stretches.',
    description:
      'You stay fully clothed and lie on a padded mat on the floor. The therapist presses along the body with rhythmic compressions and acupressure, using their hands, elbows, knees and feet. They also move you through a series of passive stretches, so you relax while they do the work.',
    pressure: 4,
    pressureLabel: 'Medium to firm',
    goals: ['relaxation', 'stiffness', 'flexibility'],
    feelsLike:
      'Active and rhythmic, a little like yoga with a helper. Many people feel loose and relaxed afterwards.',
    cautions: [
      'Some stretches are strong; say so straight away if one goes too far.',
      'It takes place on a mat on the floor, so wear loose, comfortable clothes and tell the clinic if getting down to the floor is hard for you.',
      CHECK_FIRST,
    ],
    duration: { min: 60, max: 120 },
  },
  {
    id: 'muscle-stripping',
    name: 'Muscle stripping',
    summary:
      'Also called longitudinal friction: firm pressure glided slowly along the length of a muscle.',
    description:
      'The therapist glides firm pressure slowly along a muscle, following the direction of its fibres. It is often used on the long muscles beside the spine and the broad muscles of the back. The aim is to help the muscle fibres lengthen, and it is often one part of a deep tissue session.',
    pressure: 4,
    pressureLabel: 'Firm',
    goals: ['chronic-tension', 'stiffness', 'flexibility'],
    feelsLike:
      'A slow, firm glide that you can feel travel along the muscle. Tight spots along the way may feel tender.',
    cautions: [
      'It can feel intense over tight spots; tell your therapist if the pressure is too much.',
      CHECK_FIRST,
    ],
    duration: { min: 30, max: 60 },
  },
  {
    id: 'cross-fiber-friction',
    name: 'Cross-fiber friction',
    summary:
      'Firm, focused friction across the direction of the muscle fibres, often used within a deep tissue session.',
    description:
      'Instead of following the muscle, the therapist works across it, at right angles to the fibres, with small, firm strokes on one spot. It is a common deep tissue technique, and a therapist often uses it on a particular tight area within a longer session.',
    pressure: 4,
    pressureLabel: 'Firm and focused',
    goals: ['knots', 'stiffness'],
    feelsLike:
      'A concentrated back-and-forth rubbing on one small area. It can feel intense, but it should stay bearable.',
    cautions: [
      'The pressure is focused on one small area and can feel intense; tell your therapist if it becomes too much.',
      CHECK_FIRST,
    ],
    duration: { min: 30, max: 60 },
  },
  {
    id: 'pin-and-stretch',
    name: 'Pin and stretch',
    summary: 'The therapist holds one point of a muscle in place while the muscle is stretched.',
    description:
      'The therapist presses on one point of a muscle and holds it there, which is the "pin". The muscle is then stretched while that point stays held. It is a common deep tissue technique, often used as one part of a longer session.',
    pressure: 4,
    pressureLabel: 'Firm',
    goals: ['stiffness', 'mobility'],
    feelsLike:
      "Firm pressure on one point, followed by a stretch you can feel pulling under the therapist's hand.",
    cautions: [
      'Tell your therapist if a stretch feels sharp or goes further than is comfortable.',
      CHECK_FIRST,
    ],
    duration: { min: 30, max: 60 },
  },
] as const satisfies readonly Technique[];

/** The built-in techniques, in catalog order (their texts in other languages: ./languages/). */
export const BUILT_IN_TECHNIQUES: readonly Technique[] = CATALOG;

/** The id of a built-in technique. */
export type BuiltInTechniqueId = (typeof CATALOG)[number]['id'];

const BY_ID = new Map(BUILT_IN_TECHNIQUES.map((technique) => [technique.id, technique]));

/** Ids of the built-in techniques, in catalog order. */
export const BUILT_IN_TECHNIQUE_IDS: readonly string[] = BUILT_IN_TECHNIQUES.map(
  (technique) => technique.id,
);

/** A built-in technique by id. */
export function findTechnique(id: string): Technique | undefined {
  return BY_ID.get(id);
}
