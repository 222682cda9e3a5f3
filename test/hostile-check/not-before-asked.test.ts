import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import { next } from '../../src/symptom-check/flow-machine.js';
import { parseFlow } from '../../src/symptom-check/flow-validation.js';
import { headingText, part, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { placeVisitor, quietly, settleAll } from './support.js';

/**
 * A clinic writes "massage for neck pain without arm numbness" the way it reads:
 * `all: [area = neck, not: (arm-numbness = yes)]`, and asks about arm numbness after the
 * area, of everyone. The numbness question is a red flag: a visitor with neck pain must be
 * asked it before any result, since "not numb" is not known until they answer. A
 * condition that still depends on a question to come must not end the check early (an
 * emergency sign, which holds at once, still does).
 */

const FLOW: Flow = {
  id: 'neck-first',
  title: 'Neck and back check',
  intro: 'A few questions.',
  item: [
    {
      linkId: 'area',
      text: 'Where is the pain?',
      type: 'choice',
      answerOption: [
        { valueCoding: { code: 'neck', display: 'Neck' } },
        { valueCoding: { code: 'back', display: 'Back' } },
      ],
    },
    { linkId: 'arm-numbness', text: 'Is an arm numb or weak?', type: 'boolean' },
  ],
  outcomes: [
    {
      id: 'numb',
      level: 'emergency',
      when: { question: 'arm-numbness', operator: '=', answerBoolean: true },
      title: 'Get medical help now',
      advice: 'Call the emergency number.',
    },
    {
      id: 'neck-massage',
      level: 'massage',
      when: {
        all: [
          { question: 'area', operator: '=', answerCoding: { code: 'neck' } },
          { not: { question: 'arm-numbness', operator: '=', answerBoolean: true } },
        ],
      },
      title: 'Massage can help',
      advice: 'Book a session.',
      techniques: ['swedish'],
    },
    { id: 'other', level: 'clinician', title: 'See a physiotherapist', advice: 'Call us.' },
  ],
};

describe('a condition on a question still to come', () => {
  placeVisitor('Europe/Paris', 'en-GB');

  it('the flow is valid, and every outcome can be reached', () => {
    const parsed = parseFlow(JSON.parse(JSON.stringify(FLOW)));
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
  });

  it('the engine asks about numbness before the massage result, and ends at once on "yes"', () => {
    const neck = new Map([['area', 'neck']]);
    const step = next(FLOW, neck);
    expect(step.kind === 'question' && step.item.linkId).to.equal('arm-numbness');
    const numb = next(FLOW, new Map<string, string | boolean>([...neck, ['arm-numbness', true]]));
    expect(numb.kind === 'outcome' && numb.outcome.id).to.equal('numb');
    const fine = next(FLOW, new Map<string, string | boolean>([...neck, ['arm-numbness', false]]));
    expect(fine.kind === 'outcome' && fine.outcome.id).to.equal('neck-massage');
  });

  it('a visitor with neck pain is asked about numbness, then sent to medical help, never to booking', async () => {
    const el = document.createElement('knead-symptom-check') as Check;
    el.flow = FLOW;
    el.dataset['hostileCheck'] = '';
    await quietly(async () => {
      document.body.append(el);
      await settleAll(el, 100);
      await answerByCode(el, [{ linkId: 'area', codes: ['neck'] }], FLOW);
    });
    expect(headingText(el)).to.equal(FLOW.item[1]!.text);
    expect(el.shadowRoot!.querySelector('knead-booking-button')).to.equal(null);
    await quietly(() => answerByCode(el, [{ linkId: 'arm-numbness', codes: ['yes'] }], FLOW));
    expect(part(el, 'result')?.classList.contains('emergency')).to.equal(true);
    el.remove();
  });
});
