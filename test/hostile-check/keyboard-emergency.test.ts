import { expect } from '@open-wc/testing';
import '../../src/define.js';
import fr from '../../src/symptom-check/languages/fr.js';
import {
  button,
  checkedLabels,
  deepActiveElement,
  headingText,
  optionInput,
  part,
  type Check,
} from '../harness/symptom-check.js';
import {
  activate,
  describeFocus,
  expectFocusOutside,
  pressKey,
  tabTo,
  tick,
} from '../symptom-check/keyboard.js';
import { SPACE } from '../helpers/keys.js';
import {
  WORDS,
  calling,
  emergencyOf,
  expectedCall,
  mountCheck,
  placeVisitor,
  read,
} from './support.js';

/**
 * A keyboard visitor on a French Canadian page reaches the emergency screen, tabs through
 * everything on it, and goes Back. On the emergency screen the call comes first and nothing
 * to book or try is there; Back offers the same screening answers again, and Next with them
 * ends at the emergency screen again, never at anything else.
 */

const FR = fr.check;
const FLOW = fr['back-pain-flow'];
const screening = FLOW.items['emergency']!;
const SIGN = read(screening.options!['bladder-bowel']!);
const NONE = read(screening.options!['none']!);

/**
 * Every control Tab reaches on the screen, in order, from its heading to `last` (focus stays
 * there: Firefox tabs from the end of the page into the browser's own controls).
 */
async function tabStops(el: Check, last: Element): Promise<string[]> {
  const stops: string[] = [];
  for (let tabs = 0; tabs < 12; tabs++) {
    await pressKey(el, 'Tab');
    const active = deepActiveElement();
    if (!active || !el.shadowRoot!.contains(active)) break;
    stops.push(describeFocus());
    if (active === last) break;
  }
  return stops;
}

describe('keyboard only, to the emergency screen and back (fr-CA)', () => {
  placeVisitor('Etc/UTC', 'fr-CA');

  it('the call first, no booking; Back keeps the sign; Next ends at the emergency screen again', async () => {
    const { el } = await mountCheck('<knead-symptom-check></knead-symptom-check>');
    expectFocusOutside(el);
    await activate(el, FR.start);
    expect(headingText(el)).to.equal(read(screening.text));
    await tick(el, SIGN);
    await activate(el, FR.next);

    const result = part(el, 'result')!;
    expect(result.classList.contains('emergency')).to.equal(true);
    expect(deepActiveElement() === part(el, 'heading'), describeFocus()).to.equal(true);
    expect(calling(el).call).to.equal(expectedCall(WORDS.fr, emergencyOf('CA')));
    const stops = await tabStops(el, button(el, FR.restart));
    expect(stops).to.deep.equal([
      `<a part="call"> ${expectedCall(WORDS.fr, emergencyOf('CA'))}`,
      `<button part="button"> ${FR.back}`,
      `<button part="button"> ${FR.restart}`,
    ]);
    expect(el.shadowRoot!.querySelector('knead-booking-button, knead-technique-card')).to.equal(
      null,
    );
    await expect(el).to.be.accessible();

    // Back: the screening question, the sign still ticked, focus on its heading.
    await tabTo(el, [button(el, FR.back)], 'Back');
    await pressKey(el, 'Enter');
    expect(headingText(el)).to.equal(read(screening.text));
    expect(deepActiveElement() === part(el, 'heading'), describeFocus()).to.equal(true);
    expect(checkedLabels(el)).to.deep.equal([SIGN]);
    // Next with the same answers: the emergency screen again.
    await activate(el, FR.next);
    expect(part(el, 'result')?.classList.contains('emergency')).to.equal(true);
    expect(el.shadowRoot!.querySelector('knead-booking-button')).to.equal(null);

    // A visitor who ticked by mistake can untick it: "none" clears the sign, and the check
    // goes on to the next screening question, not to a result.
    await activate(el, FR.back);
    await tabTo(el, [optionInput(el, NONE)], NONE);
    await pressKey(el, SPACE);
    expect(checkedLabels(el)).to.deep.equal([NONE]);
    await activate(el, FR.next);
    expect(headingText(el)).to.equal(read(FLOW.items['urgent']!.text));
    expect(part(el, 'result')).to.equal(null);
  });
});
