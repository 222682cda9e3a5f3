import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import { headingText, part, textOf, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { WORDS, calling, expectedCall, placeVisitor, quietly, settleAll } from './support.js';

/**
 * A framework sets the `flow` property again on every render of the page around the check
 * (React or Vue with the flow written inline: an equal object, but a new one each time; a
 * cookie banner closing is enough to re-render). A visitor on the emergency screen must stay
 * on it: an equal flow is the same flow, not a new one that starts the check again. A flow
 * that really differs still starts it again.
 */

const flowOf = (title: string): Flow => ({
  id: 'clinic-neck',
  title,
  intro: 'A few questions about your neck.',
  item: [
    {
      linkId: 'signs',
      text: 'Do any of these apply?',
      type: 'multi-choice',
      answerOption: [
        { valueCoding: { code: 'chest', display: 'Chest pain' } },
        { valueCoding: { code: 'none', display: 'None of these' }, exclusive: true },
      ],
    },
    { linkId: 'stiff', text: 'Is your neck stiff?', type: 'boolean' },
  ],
  outcomes: [
    {
      id: 'call',
      level: 'emergency',
      when: { question: 'signs', operator: '=', answerCoding: { code: 'chest' } },
      title: 'Get medical help now',
      advice: 'Call the emergency number.',
    },
    { id: 'other', level: 'massage', title: 'Massage can help', advice: 'Book a session.' },
  ],
});

describe('the flow property set again by a framework', () => {
  placeVisitor('Etc/UTC', 'en-GB');

  it('an equal flow, set again and again on the emergency screen: the screen stays', async () => {
    const el = document.createElement('knead-symptom-check') as Check;
    el.dataset['hostileCheck'] = '';
    el.flow = flowOf('Neck check');
    const shown: string[] = [];
    await quietly(async () => {
      document.body.append(el);
      await settleAll(el, 100);
      await answerByCode(el, [{ linkId: 'signs', codes: ['chest'] }], flowOf('Neck check'));
    });
    expect(headingText(el)).to.equal('Get medical help now');
    const watch = new MutationObserver(() => shown.push(textOf(el.shadowRoot)));
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await quietly(async () => {
      for (let render = 0; render < 5; render++) {
        el.flow = flowOf('Neck check');
        await settleAll(el, 20);
      }
    });
    watch.disconnect();
    expect(headingText(el)).to.equal('Get medical help now');
    expect(calling(el).call).to.equal(expectedCall(WORDS.en, '999'));
    expect(
      shown.filter((text) => !text.includes('Get medical help now')),
      'no other screen meanwhile',
    ).to.deep.equal([]);

    // A flow that differs is a new flow: the check starts again, on it.
    await quietly(async () => {
      el.flow = flowOf('Neck and shoulder check');
      await settleAll(el, 40);
    });
    expect(part(el, 'intro')).not.to.equal(null);
    expect(headingText(el)).to.equal('Neck and shoulder check');
    el.remove();
  });
});
