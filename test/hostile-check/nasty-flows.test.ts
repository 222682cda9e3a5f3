import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { FLOW_LIMITS } from '../../src/symptom-check/flow-checker.js';
import { part, textOf, type Check } from '../harness/symptom-check.js';
import { pressMain } from '../symptom-check/walk-by-code.js';
import { clinicFlow, enableWhenChain } from '../helpers/large-flows.js';
import { HOSTILE_STRINGS, letHostileCodeRun } from '../helpers/hostile.js';
import { LONG_WORD } from '../helpers/layout.js';
import { problemsDuring } from '../hostile-languages/probes.js';
import { WORDS, placeVisitor, read, settleAll } from './support.js';

/**
 * A clinic's own flow that is huge or nasty: 200 questions with markup and 80-character
 * words in every text, a chain of 300, a flow that refers to itself, a flow object that is
 * a cycle or throws on every read. The check either runs it or refuses it whole with one
 * console message per problem; it never throws, never leaves an unhandled rejection, never
 * runs the markup, and the visitor always sees a screen: the flow, or the note that it
 * could not be loaded.
 */

type Json = Record<string, unknown>;
const TEXT_FIELDS = new Set(['title', 'intro', 'text', 'helpText', 'display', 'advice']);

/** Every text of a flow with markup and a long word before it. */
function nastied(json: unknown, at = 0): unknown {
  if (Array.isArray(json)) return json.map((each, index) => nastied(each, at + index));
  if (typeof json !== 'object' || json === null) return json;
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [
      key,
      TEXT_FIELDS.has(key) && typeof value === 'string'
        ? `${HOSTILE_STRINGS[at % 2]} ${LONG_WORD} ${value}`
        : nastied(value, at + 1),
    ]),
  );
}

async function checkWith(
  setUp: (el: Check) => void,
): Promise<{ el: Check; problems: string[]; warnings: string[] }> {
  const el = document.createElement('knead-symptom-check') as Check;
  el.dataset['hostileCheck'] = '';
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const problems = await problemsDuring(async () => {
      setUp(el);
      document.body.append(el);
      await settleAll(el, 100);
    });
    return { el, problems, warnings };
  } finally {
    console.warn = warn;
  }
}

const jsonChild = (flow: unknown) => (el: Check) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(flow);
  el.append(script);
};

/**
 * Answers each screen until a result shows: the first answer of one-answer screens ("yes"
 * on a yes/no one), the last of several-answer ones ("None of these"). Returns the count.
 */
async function answersToTheEnd(el: Check, most: number): Promise<number> {
  for (let screens = 0; screens < most; screens++) {
    if (part(el, 'result')) return screens;
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    const input = inputs[0]?.type === 'checkbox' ? inputs.at(-1) : inputs[0];
    if (input && !input.checked) input.click();
    await el.updateComplete;
    await pressMain(el);
  }
  throw new Error(`no result after ${most} screens`);
}

const failedNote = (el: Check) => textOf(part(el, 'message'));

describe('a clinic’s huge or nasty flow', () => {
  placeVisitor('Europe/Paris', 'fr');

  it('200 questions with markup and 80-character words in every text: it runs to a result, inert', async function () {
    this.timeout(30_000);
    const { el, problems } = await checkWith(jsonChild(nastied(clinicFlow(200))));
    expect(problems).to.deep.equal([]);
    expect(textOf(part(el, 'heading'))).to.include(LONG_WORD);
    const walked = await problemsDuring(async () => {
      await pressMain(el);
      const screens = await answersToTheEnd(el, FLOW_LIMITS.items + 1);
      expect(screens).to.be.above(2);
    });
    expect(walked).to.deep.equal([]);
    expect(textOf(part(el, 'result'))).to.include(LONG_WORD);
    await letHostileCodeRun();
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect(window.__pwned).to.equal(undefined);
  });

  it('a chain of 300 questions, each after "yes" to the one before: 300 screens, then the result', async function () {
    this.timeout(60_000);
    const chain = enableWhenChain(FLOW_LIMITS.items);
    const { el, problems } = await checkWith((check) => (check.flow = chain as never));
    expect(problems).to.deep.equal([]);
    await pressMain(el);
    expect(await answersToTheEnd(el, FLOW_LIMITS.items + 1)).to.equal(FLOW_LIMITS.items);
    expect(part(el, 'result')?.classList.contains('massage')).to.equal(true);
  });

  it('one question over the limit: refused whole, one message naming the limit', async () => {
    const { el, problems } = await checkWith(jsonChild(enableWhenChain(FLOW_LIMITS.items + 1)));
    expect(failedNote(el)).to.equal(read(WORDS.fr.failed));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include(`at most ${FLOW_LIMITS.items}`);
  });

  it('enableWhen on itself and on a later question (a cycle): refused, naming each path', async () => {
    const flow = enableWhenChain(3) as { item: Json[] };
    flow.item[0]!['enableWhen'] = [{ question: 'q0', operator: 'exists' }];
    flow.item[1]!['enableWhen'] = [{ question: 'q2', operator: 'exists' }];
    const { el, problems } = await checkWith(jsonChild(flow));
    expect(failedNote(el)).to.equal(read(WORDS.fr.failed));
    expect(problems.some((line) => line.includes('item[0].enableWhen[0]'))).to.equal(true);
    expect(problems.some((line) => line.includes('item[1].enableWhen[0]'))).to.equal(true);
  });

  it('a flow object that contains itself: refused, no throw', async () => {
    const flow = enableWhenChain(2) as Json & { item: Json[] };
    flow['outcomes'] = [flow];
    flow.item[1]!['answerOption'] = flow.item;
    const { el, problems } = await checkWith((check) => (check.flow = flow as never));
    expect(failedNote(el)).to.equal(read(WORDS.fr.failed));
    expect(problems.length).to.be.within(1, FLOW_LIMITS.problems + 1);
    expect(problems.every((line) => line.startsWith('console.error'))).to.equal(true);
  });

  it('a flow object that throws on every read: refused with one message, no throw', async () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no reading me');
        },
        ownKeys: () => {
          throw new Error('no listing me');
        },
        has: () => {
          throw new Error('no asking me');
        },
      },
    );
    const { el, problems } = await checkWith((check) => (check.flow = hostile as never));
    expect(failedNote(el)).to.equal(read(WORDS.fr.failed));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include('could not be checked');
  });
});
