/**
 * What a symptom-check flow is, as data. Questions use a small subset of the FHIR R4
 * Questionnaire item shape (`linkId`, `text`, `type`, `answerOption`, `enableWhen`,
 * `enableBehavior`), so a clinician can read and review a flow as a questionnaire; outcomes
 * add what the visitor is told at the end.
 */

/** Item types: yes/no, one choice, any number of choices, or text with a Continue button. */
export type ItemType = 'boolean' | 'choice' | 'multi-choice' | 'display';
export const ITEM_TYPES: readonly ItemType[] = ['boolean', 'choice', 'multi-choice', 'display'];

export interface Coding {
  readonly code: string;
  readonly display: string;
}

export interface AnswerOption {
  readonly valueCoding: Coding;
  /** "None of these": chosen alone, it clears the others (and they clear it). */
  readonly exclusive?: boolean | undefined;
}

export type Operator = 'exists' | '=' | '!=';
export const OPERATORS: readonly Operator[] = ['exists', '=', '!='];

/**
 * A test on one earlier answer, as FHIR's `enableWhen`: `exists` (answered or not, per
 * `answerBoolean`), `=` / `!=` a boolean or a coding. For a multi-choice question `=` means
 * "the code is among the chosen ones".
 */
export interface AnswerTest {
  readonly question: string;
  readonly operator: Operator;
  readonly answerBoolean?: boolean | undefined;
  readonly answerCoding?: { readonly code: string } | undefined;
}

/** An outcome's condition: answer tests combined with all / any / not. */
export type Condition =
  | AnswerTest
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export interface FlowItem {
  readonly linkId: string;
  /** The question, as a heading. */
  readonly text: string;
  /** A line under the question: what to count, why it is asked. */
  readonly helpText?: string | undefined;
  readonly type: ItemType;
  readonly answerOption?: readonly AnswerOption[] | undefined;
  readonly enableWhen?: readonly AnswerTest[] | undefined;
  /** How several `enableWhen` tests combine; FHIR requires it when there is more than one. */
  readonly enableBehavior?: 'all' | 'any' | undefined;
}

/** How urgent an outcome is, from most to least. */
export type OutcomeLevel = 'emergency' | 'urgent' | 'clinician' | 'massage';
export const OUTCOME_LEVELS: readonly OutcomeLevel[] = [
  'emergency',
  'urgent',
  'clinician',
  'massage',
];

export interface Outcome {
  readonly id: string;
  readonly level: OutcomeLevel;
  /**
   * When it applies. The flow's one outcome without a condition is the fallback: what the
   * visitor is told when the questions run out and nothing else matched.
   */
  readonly when?: Condition | undefined;
  readonly title: string;
  readonly advice: string;
  /** Technique ids to show (only for `clinician` and `massage`). */
  readonly techniques?: readonly string[] | undefined;
  /** Exercise ids to suggest (only for `clinician` and `massage`). */
  readonly exercises?: readonly string[] | undefined;
}

export interface Flow {
  readonly id: string;
  readonly title: string;
  /** What the check is for, shown before the first question. */
  readonly intro: string;
  readonly item: readonly FlowItem[];
  readonly outcomes: readonly Outcome[];
}

/** An answer: yes/no, one code, or the chosen codes; `true` acknowledges a display item. */
export type AnswerValue = boolean | string | readonly string[];

/** The answers so far, in the order given. */
export type Answers = ReadonlyMap<string, AnswerValue>;
