/**
 * Which items of a flow some answers lead to, and which outcomes some answers end in: the
 * search behind the validator's "never asked" and "never the result" problems. Pure.
 *
 * Trying every answer would cost 2^n for a multi-choice question with n options, and
 * multiply over the questions. Instead the search walks the items in order and keeps only
 * what the answers so far mean for what is still to come: each outcome's condition and each
 * `enableWhen` test a later item uses, with the settled answers put in (a residual formula;
 * a test becomes simply true or false once its question is settled). Two answer
 * paths that leave the same residuals have the same future, so the search visits each such
 * state once. A multi-choice question is decided one code at a time, so `any` of 64 codes
 * costs 64 steps, not 2^64. The search stops as soon as every item and outcome has been
 * seen, and skips a state from which nothing still unseen can come (an outcome whose
 * residual is already false, say).
 *
 * When it completes it is exact: it agrees with trying every answer (see the property in
 * test/symptom-check/flow-reachability.test.ts). Telling whether an outcome can ever win is as hard
 * as satisfiability in general, so a flow can need exponentially many states; the search
 * therefore has a budget of steps, and a result that ran out of it says so (`complete`),
 * with only what it found so far: sound, never a guess.
 */
import { fallbackOutcome, severity } from './flow-machine.js';
import type { AnswerTest, Condition, Flow } from './flow-types.js';
import {
  FALSE,
  TRUE,
  Formulas,
  answeredWith,
  unanswered,
  withCode,
  type Decide,
  type Decision,
} from './flow-formulas.js';
import { CHUNK, CHUNK_BITS, SEEDS, find1, mix, type State } from './flow-search-state.js';
import { planItem } from './flow-item-plan.js';

/**
 * The default budget, in steps (one step: a formula node built or looked at, a slot copied or
 * compared): about 100 ms on a slow core, over ten times what a 200-question flow needs.
 */
export const REACHABILITY_BUDGET = 1_000_000;

export interface Reachability {
  /** Indexes of the items that some answers lead to. */
  readonly asked: ReadonlySet<number>;
  /** Indexes of the outcomes that some answers end in. */
  readonly reached: ReadonlySet<number>;
  /**
   * False when the search ran out of its budget before it could tell: `asked` and
   * `reached` then hold only what it had found, and anything else is unknown.
   */
  readonly complete: boolean;
  /** Work done, in budget steps. */
  readonly steps: number;
}

/** How often a run of unasked items notes its state (see skipUnasked). */
const SKIP_NOTE = 8;

/**
 * Finds the items some answers lead to and the outcomes some answers end in, within
 * `budget` steps. The flow must be valid in shape (see flow-validation.ts): every test
 * names an earlier item.
 */
export function findReachable(flow: Flow, budget = REACHABILITY_BUDGET): Reachability {
  const items = flow.item;
  const itemIndex = new Map(items.map((item, index) => [item.linkId, index]));
  const f = new Formulas(itemIndex);
  const asked = new Set<number>();
  const reached = new Set<number>();
  const fallback = flow.outcomes.indexOf(fallbackOutcome(flow));

  // Slots: one per outcome with a condition, and one per distinct enableWhen test, shared
  // by the items that use it and dropped once the last of them is passed. For each item,
  // the slots that look at it and the codes they name.
  const start: number[] = [];
  const looks = items.map(() => ({ slots: new Set<number>(), codes: new Set<string>() }));
  const note = (test: AnswerTest, slot: number) => {
    const look = looks[itemIndex.get(test.question) ?? -1];
    if (!look) return;
    look.slots.add(slot);
    if (test.answerCoding) look.codes.add(test.answerCoding.code);
  };
  const visit = (condition: Condition, slot: number): void => {
    if ('all' in condition) condition.all.forEach((part) => visit(part, slot));
    else if ('any' in condition) condition.any.forEach((part) => visit(part, slot));
    else if ('not' in condition) visit(condition.not, slot);
    else note(condition, slot);
  };
  const outcomeSlots: { readonly outcome: number; readonly slot: number }[] = [];
  flow.outcomes.forEach((outcome, index) => {
    if (!outcome.when) return;
    const slot = start.length;
    outcomeSlots.push({ outcome: index, slot });
    visit(outcome.when, slot);
    start.push(f.condition(outcome.when));
  });
  const slotOfTest = new Map<number, number>();
  const lastUser: number[] = [];
  const enableTests = items.map((item, at) =>
    (item.enableWhen ?? []).map((test) => {
      const leaf = f.leaf(test);
      let slot = slotOfTest.get(leaf);
      if (slot === undefined) {
        slot = start.length;
        slotOfTest.set(leaf, slot);
        note(test, slot);
        start.push(leaf);
      }
      lastUser[slot] = at;
      return slot;
    }),
  );
  /** The enableWhen slots each item is the last to use. */
  const expiring = items.map(() => [] as number[]);
  lastUser.forEach((at, slot) => expiring[at]!.push(slot));
  const plans = items.map((item, at) => planItem(item, [...looks[at]!.slots], looks[at]!.codes));
  let decisions = 0;
  const decision = (at: number, how: Decide): Decision => ({ id: decisions++, at, how });
  /** Per item: unasked, each whole answer, multi-choice started, each named code no/yes. */
  const decisionsOf = plans.map((plan, at) => ({
    skip: decision(at, unanswered),
    answers: plan.answers.map((value) => decision(at, (test) => answeredWith(test, value))),
    started: decision(at, (test) => {
      const tested = test.answerCoding?.code;
      if (test.operator !== 'exists' && tested !== undefined && plan.others.has(tested))
        return undefined;
      return answeredWith(test, []);
    }),
    codes: plan.codes.map((name) =>
      [false, true].map((chosen) => decision(at, (test) => withCode(test, name, chosen))),
    ),
  }));

  let steps = 0;
  const spent = () => steps + f.steps;
  const result = (complete: boolean): Reachability => ({
    asked,
    reached,
    complete,
    steps: spent(),
  });

  /** A new state to build from `state`, sharing its chunks until it changes them. */
  const copy = (state: State, at: number, code: number, chosen: boolean): State => {
    steps += 1 + state.chunks.length;
    const { chunks, hash } = state;
    return { at, code, chosen, chunks: [...chunks], own: [], hash: [hash[0], hash[1]] };
  };
  const get = (state: State, slot: number): number =>
    state.chunks[slot >> CHUNK_BITS]![slot & (CHUNK - 1)]!;
  /** Sets a slot of a state being built, keeping its hash right. */
  const put = (state: State, slot: number, formula: number): void => {
    const chunk = slot >> CHUNK_BITS;
    const old = state.chunks[chunk]![slot & (CHUNK - 1)]!;
    if (old === formula) return;
    steps++;
    if (!state.own.includes(chunk)) {
      steps += CHUNK;
      state.chunks[chunk] = state.chunks[chunk]!.slice();
      state.own.push(chunk);
    }
    state.chunks[chunk]![slot & (CHUNK - 1)] = formula;
    const from = start[slot]!;
    if (old !== from) {
      state.hash[0] ^= mix(slot, old, SEEDS[0]);
      state.hash[1] ^= mix(slot, old, SEEDS[1]);
    }
    if (formula !== from) {
      state.hash[0] ^= mix(slot, formula, SEEDS[0]);
      state.hash[1] ^= mix(slot, formula, SEEDS[1]);
    }
  };
  /** Whether two states hold the same residuals (shared chunks are equal at once). */
  const same = (a: State, b: State): boolean =>
    a.chunks.every((chunk, index) => {
      const other = b.chunks[index]!;
      steps++;
      if (chunk === other) return true;
      steps += CHUNK;
      return chunk.every((formula, slot) => formula === other[slot]);
    });

  /** Whether an item's enableWhen holds, or (`could`) may still hold, in this state. */
  const enabled = (state: State, at: number, could: boolean): boolean => {
    const slots = enableTests[at]!;
    if (!slots.length) return true;
    steps += slots.length;
    const holds = (slot: number) => {
      const formula = get(state, slot);
      return could ? formula !== FALSE : formula === TRUE;
    };
    return items[at]!.enableBehavior === 'any' ? slots.some(holds) : slots.every(holds);
  };

  /**
   * Before the next question (or at the end): the winner among the outcomes the answers so
   * far decide, if any (a residual of TRUE: it no longer waits for any question still
   * open, as the engine's `conditionDecided` has it); most severe, first listed.
   */
  const winner = (state: State): number | undefined => {
    let best: number | undefined;
    const level = (index: number) => severity(flow.outcomes[index]!.level);
    for (const { outcome, slot } of outcomeSlots) {
      steps++;
      if (get(state, slot) !== TRUE) continue;
      if (best === undefined || level(outcome) > level(best)) best = outcome;
    }
    return best;
  };

  // What is still unseen: lists that drop what has been seen since they were last read.
  let openOutcomes = outcomeSlots;
  let openItems = items.map((_, at) => at);
  let known = { asked: 0, reached: 0 };
  /** Whether something not yet seen could still come from this state (sound, not exact). */
  const somethingOpen = (state: State): boolean => {
    if (fallback >= 0 && !reached.has(fallback)) return true;
    if (known.asked !== asked.size || known.reached !== reached.size) {
      known = { asked: asked.size, reached: reached.size };
      openOutcomes = openOutcomes.filter(({ outcome }) => !reached.has(outcome));
      openItems = openItems.filter((at) => !asked.has(at));
      steps += outcomeSlots.length + items.length;
    }
    steps += openOutcomes.length;
    if (openOutcomes.some(({ slot }) => get(state, slot) !== FALSE)) return true;
    const from = state.code < 0 ? state.at : state.at + 1;
    for (let index = find1(openItems, from); index < openItems.length; index++) {
      steps++;
      if (enabled(state, openItems[index]!, true)) return true;
    }
    return false;
  };

  // States seen, by hash; equal hashes are compared whole, so the search stays exact.
  const visited = new Map<number, State[]>();
  const seen = (state: State): boolean => {
    const { at, code, chosen, hash } = state;
    // 53 bits: 32 of one hash (with the position) and 21 of the other.
    const key =
      (hash[0] ^ mix(at, code * 2 + (chosen ? 1 : 0), 3)) * 0x200000 + (hash[1] & 0x1fffff);
    const known = visited.get(key);
    steps++;
    // Once seen, a state is never changed again: its children copy what they change.
    state.own.length = 0;
    if (!known) {
      visited.set(key, [state]);
      return false;
    }
    for (const other of known)
      if (other.at === at && other.code === code && other.chosen === chosen && same(other, state))
        return true;
    known.push(state);
    return false;
  };

  /** The state with the tests on one item decided, in place. */
  const decide = (state: State, decision: Decision): State => {
    for (const slot of plans[decision.at]!.slots)
      put(state, slot, f.substitute(get(state, slot), decision));
    return state;
  };

  /** Item `at` is passed: the enableWhen slots no later item uses go back to the start. */
  const pass = (state: State, at: number): State => {
    for (const slot of expiring[at]!) put(state, slot, start[slot]!);
    return state;
  };

  /**
   * From the state before item `state.at`, past every item its answers leave unasked (their
   * enableWhen already decided, false) to the next one asked, or the end. Undefined when
   * the way leads into a state seen before: every few items the state is noted, so runs
   * that merge (every "no" in a chain of follow-ups, say) are walked once.
   */
  const skipUnasked = (state: State): State | undefined => {
    let next: State | undefined;
    for (let at = state.at; at < items.length; at++) {
      if (enabled(next ?? state, at, false)) return next ? { ...next, at } : state;
      if (next && at % SKIP_NOTE === 0) {
        const noted = copy(next, at, -1, false);
        next.own.length = 0; // it shares its chunks with `noted` now
        if (seen(noted)) return undefined;
      }
      next ??= copy(state, at, -1, false);
      pass(decide(next, decisionsOf[at]!.skip), at);
    }
    return { ...(next ?? state), at: items.length };
  };

  const chunks = Array.from({ length: Math.ceil(start.length / CHUNK) }, (_, index) =>
    start.slice(index * CHUNK, (index + 1) * CHUNK),
  );
  const initial: State = { at: 0, code: -1, chosen: false, chunks, own: [], hash: [0, 0] };

  const stack: State[] = [initial];
  const targets = items.length + flow.outcomes.length;
  /**
   * After an item's answer: the state before the next item. Whether an outcome ends the
   * check there is seen once the items it leaves unasked are passed (they may decide one).
   */
  const settle = (state: State, into: State[]) => {
    into.push(pass(copy(state, state.at + 1, -1, false), state.at));
  };

  while (stack.length) {
    if (spent() > budget) return result(false);
    if (asked.size + reached.size === targets) break;
    let state = stack.pop()!;
    if (seen(state)) continue;
    if (state.code < 0) {
      const landed = skipUnasked(state);
      if (!landed) continue;
      if (landed !== state && landed.at < items.length && seen(landed)) continue;
      const ends = winner(landed);
      if (ends !== undefined || landed.at === items.length) {
        const outcome = ends ?? fallback;
        if (outcome >= 0) reached.add(outcome);
        continue;
      }
      state = landed;
    }
    if (!somethingOpen(state)) continue;

    const { at, code } = state;
    const plan = plans[at]!;
    const children: State[] = [];
    if (code < 0) {
      asked.add(at);
      for (const answer of decisionsOf[at]!.answers)
        settle(decide(copy(state, at, -1, false), answer), children);
      // Non-exclusive options: answered, no exclusive option chosen, named codes open.
      if (plan.others.size)
        children.push(decide(copy(state, at, 0, plan.otherUnnamed), decisionsOf[at]!.started));
    } else if (code === plan.codes.length) {
      // Every named code decided; an answer needs at least one option.
      if (state.chosen) settle(state, children);
    } else {
      for (const chosen of [false, true]) {
        const next = copy(state, at, code + 1, state.chosen || chosen);
        children.push(decide(next, decisionsOf[at]!.codes[code]![chosen ? 1 : 0]!));
      }
    }
    // The first child is tried first: depth first, so whole answer paths come quickly.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return result(true);
}
