/**
 * The names of the home exercises a result can suggest (facts in
 * ../shared/content/FACTS.md). The exercise timer's routine will carry the full exercises;
 * the symptom check only needs to name them.
 */
export const EXERCISE_NAMES: Readonly<Record<string, string>> = {
  'cat-cow': 'Cat-cow',
  'bird-dog': 'Bird dog',
  bridge: 'Bridge',
  superman: 'Superman',
  'dead-bug': 'Dead bug',
  'pelvic-tilt': 'Pelvic tilt',
};

/** An exercise's name, or its id made readable for a clinic's own exercise. */
export function exerciseName(id: string): string {
  return (
    EXERCISE_NAMES[id] ?? id.replace(/[-_]+/g, ' ').replace(/^./, (first) => first.toUpperCase())
  );
}
