import { expect } from '@open-wc/testing';
import '../../src/define.js';
import {
  ROUTES,
  button,
  checkedLabels,
  headingText,
  itemOf,
  labelOf,
} from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import fr from '../../src/symptom-check/languages/fr.js';
import {
  WORDS,
  calling,
  expectedCall,
  mountCheck,
  onEmergencyScreen,
  placeVisitor,
  quietly,
  read,
  settleAll,
} from './support.js';

/**
 * A single-page app moves the check mid-check: to another view, out of the page and back
 * (a route change and a back button), and into another clinic. What the visitor answered
 * stays; the number and the words follow where the check now is. (Moved out of every clinic:
 * test/hostile-lifecycle/clinic-move.test.ts.)
 */

const FRENCH = fr['back-pain-flow'];

describe('an app moving the check mid-check', () => {
  placeVisitor('Etc/UTC', 'en-GB');

  it('moved to a French view, removed and put back: the same question, its answers kept, in French', async () => {
    const { el } = await mountCheck('<div><knead-symptom-check></knead-symptom-check></div>');
    const view = document.createElement('section');
    view.lang = 'fr-CA';
    el.parentElement!.parentElement!.append(view);
    // Through the screening and the first pattern question, then a tick left on "character".
    await answerByCode(el, ROUTES.muscular.slice(0, 3));
    expect(headingText(el)).to.equal(itemOf('character').text);
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    first.click();
    await el.updateComplete;
    const area = ROUTES.muscular[2]!;
    const firstCode = itemOf('character').answerOption![0]!.valueCoding.code;

    await quietly(async () => {
      view.append(el);
      el.remove();
      await settleAll(document.body, 40);
      view.append(el);
      await settleAll(document.body, 80);
    });
    expect(headingText(el)).to.equal(read(FRENCH.items['character']!.text));
    expect(checkedLabels(el)).to.deep.equal([
      read(FRENCH.items['character']!.options![firstCode]!),
    ]);
    // Its answers are the ones given: Back returns to the area question with its answer.
    await quietly(async () => {
      button(el, WORDS.fr.back).click();
      await settleAll(document.body, 20);
    });
    expect(headingText(el)).to.equal(read(FRENCH.items['area']!.text));
    expect(checkedLabels(el)).to.deep.equal([
      read(FRENCH.items['area']!.options![area.codes[0]!] ?? labelOf('area', area.codes[0]!)),
    ]);
  });

  it('on the emergency screen, moved into another clinic: that clinic’s number', async () => {
    const { holder, el } = await onEmergencyScreen(
      '<knead-clinic emergency-number="000"><knead-symptom-check></knead-symptom-check></knead-clinic><knead-clinic emergency-number="111" lang="en-NZ"></knead-clinic>',
    );
    await quietly(async () => {
      holder.querySelectorAll('knead-clinic')[1]!.append(el);
      await settleAll(document.body, 80);
    });
    expect(calling(el).call).to.equal(expectedCall(WORDS.en, '111'));
  });
});
