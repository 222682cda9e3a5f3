import { expect } from '@open-wc/testing';
import { parseRoutine, TEXT_LIMITS } from '../../src/exercise-timer/routine-validation.js';
import { findExercise } from '../../src/exercise-timer/built-in-exercises.js';
import { MINIMAL, okRoutine, paths, routineWith } from './routine-checks.js';

const PAGE = 'https://clinic.example/home-exercises/';
const withImage = (fields: Record<string, unknown>) =>
  parseRoutine(routineWith({ ...MINIMAL, ...fields }), findExercise, PAGE);

describe('a clinic’s own picture of an exercise', () => {
  it('takes an https picture and its description', () => {
    const parsed = withImage({
      image: 'https://cdn.clinic.example/wall-sit.png',
      imageAlt: 'Back against the wall, thighs level with the floor.',
    });
    const [exercise] = okRoutine(parsed).exercises;
    expect(exercise).to.deep.include({
      image: 'https://cdn.clinic.example/wall-sit.png',
      imageAlt: 'Back against the wall, thighs level with the floor.',
    });
    expect(parsed.problems).to.deep.equal([]);
  });

  it('resolves an address on the clinic’s own site against the page', () => {
    const [exercise] = okRoutine(withImage({ image: '/img/wall-sit.svg' })).exercises;
    expect(exercise!.image).to.equal('https://clinic.example/img/wall-sit.svg');
    expect(exercise!.imageAlt, 'no description: decorative').to.equal(undefined);
  });

  it('refuses an unsafe or plain-http picture, names it, and keeps the exercise without it', () => {
    for (const image of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'http://images.example/a.png',
      'https:evil.example/a.png',
      42,
      '',
    ]) {
      const parsed = withImage({ image, imageAlt: 'A wall sit' });
      const [exercise] = okRoutine(parsed).exercises;
      expect(exercise!.image, String(image)).to.equal(undefined);
      expect(exercise!.imageAlt, 'a description of nothing goes too').to.equal(undefined);
      expect(paths(parsed.problems), String(image)).to.deep.equal(['exercises[0].image']);
      expect(parsed.problems[0]!.value).to.equal(image);
      expect(parsed.problems[0]!.reason).to.match(/^refused: /);
    }
  });

  it('without the page’s address, a relative picture is refused', () => {
    const parsed = parseRoutine(routineWith({ ...MINIMAL, image: 'wall-sit.png' }), findExercise);
    expect(okRoutine(parsed).exercises[0]!.image).to.equal(undefined);
    expect(paths(parsed.problems)).to.deep.equal(['exercises[0].image']);
  });

  it('bounds the description; one too long refuses the exercise like any other text', () => {
    const parsed = withImage({
      image: 'https://cdn.clinic.example/a.png',
      imageAlt: 'x'.repeat(TEXT_LIMITS.imageAlt + 1),
    });
    expect(parsed.ok).to.equal(false);
    expect(paths(parsed.problems)).to.deep.equal(['exercises[0].imageAlt']);
  });

  it('a built-in exercise may take the clinic’s picture instead of its figure', () => {
    const parsed = parseRoutine(
      routineWith({ id: 'bridge', image: 'https://cdn.clinic.example/bridge.jpg' }),
      findExercise,
      PAGE,
    );
    const [bridge] = okRoutine(parsed).exercises;
    expect(bridge).to.deep.include({
      id: 'bridge',
      image: 'https://cdn.clinic.example/bridge.jpg',
    });
    expect(bridge!.steps).to.deep.equal(findExercise('bridge')!.steps);
  });
});
