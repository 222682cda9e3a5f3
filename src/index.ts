/**
 * The library's classes, events and types. Importing this registers nothing: import
 * `knead-widgets/define` (or a widget's own define entry) to register the tags.
 */
export { KneadClinic } from './clinic/clinic.js';
export { clinicContext, type ClinicSettings } from './clinic/clinic-context.js';
export {
  careRoute,
  regionOfLanguage,
  type CareInputs,
  type CareRoute,
} from './shared/care-route.js';
export { CARE_BY_REGION, type AdviceLine, type RegionCare } from './shared/care-numbers.js';
export { regionOfTimeZone } from './shared/time-zone-region.js';
export { KneadBookingButton, type BookingMode } from './booking-button/booking-button.js';
export {
  PROVIDERS,
  PROVIDER_IDS,
  findProvider,
  type BookingProvider,
  type ProviderId,
} from './booking-button/built-in-providers.js';
export {
  resolveBooking,
  frameUrl,
  type BookingSettings,
  type BookingTarget,
  type BookingResolution,
} from './booking-button/booking-target.js';
export { KneadBookingFrame } from './booking-frame/booking-frame.js';
export {
  FRAMING,
  readEmbedMessage,
  type EmbedMessage,
  type ProviderFraming,
} from './booking-button/provider-embeds.js';
export { KneadTechniqueCard } from './technique-card/technique-card.js';
export { KneadTechniqueList } from './technique-list/technique-list.js';
export {
  GOALS,
  GOAL_LABELS,
  PRESSURE_LABELS,
  type Goal,
  type PressureLevel,
  type SessionLength,
  type Technique,
  type SchemaProblem,
} from './technique-card/technique-types.js';
export {
  BUILT_IN_TECHNIQUES,
  BUILT_IN_TECHNIQUE_IDS,
  findTechnique,
} from './technique-card/built-in-techniques.js';
export { parseTechnique } from './technique-card/technique-schema.js';
export { parseTechniqueList } from './technique-list/technique-list-config.js';
export {
  filterTechniques,
  highlightedFirst,
  matchesFilter,
  type TechniqueFilter,
} from './technique-list/technique-filter.js';
export { KneadSymptomCheck } from './symptom-check/symptom-check.js';
export type {
  AnswerOption,
  AnswerTest,
  AnswerValue,
  Answers,
  Condition,
  Flow,
  FlowItem,
  ItemType,
  Outcome,
  OutcomeLevel,
} from './symptom-check/flow-types.js';
export { next, answer, back, progress, type Step } from './symptom-check/flow-machine.js';
export { parseFlow, type FlowParse } from './symptom-check/flow-validation.js';
export { BUILT_IN_FLOWS, findFlow } from './symptom-check/built-in-flows.js';
export { KneadExerciseTimer, type TimerAdapters } from './exercise-timer/exercise-timer.js';
export type { Exercise, Routine, Sides } from './exercise-timer/routine-types.js';
export {
  parseRoutine,
  parseExercise,
  type RoutineParse,
} from './exercise-timer/routine-validation.js';
export {
  BACK_BASICS,
  EXERCISES,
  ROUTINES,
  findExercise,
  findRoutine,
} from './exercise-timer/built-in-exercises.js';
export {
  buildSchedule,
  type Phase,
  type PhaseKind,
  type Schedule,
  type Side,
} from './exercise-timer/schedule.js';
/** The timer's pure state machine: `timerRun.start(schedule, run, now)` and the rest. */
export * as timerRun from './exercise-timer/timer-machine.js';
export type { Run, RunStatus, TimerState } from './exercise-timer/timer-machine.js';
export type { Clock } from './exercise-timer/clock.js';
export type { Sound, Beep } from './exercise-timer/sound.js';
export type { Voice } from './exercise-timer/voice.js';
export type { ScreenLock } from './exercise-timer/wake-lock.js';
export { KneadSelfCareTips } from './self-care-tips/self-care-tips.js';
export { MOMENTS, MAX_TIPS, type Moment, type Tip } from './self-care-tips/tip-types.js';
export { BUILT_IN_TIPS, BUILT_IN_TIP_IDS, findTip } from './self-care-tips/built-in-tips.js';
export { parseTipList, type TipListParse } from './self-care-tips/tip-schema.js';
export { pickTips, tipsFor } from './self-care-tips/tip-choice.js';
export * from './booking-button/booking-events.js';
export * from './technique-card/technique-events.js';
export * from './symptom-check/symptom-check-events.js';
export * from './exercise-timer/exercise-events.js';
export {
  checkUrl,
  withUtm,
  type UrlKind,
  type UrlRules,
  type UrlCheck,
  type Utm,
} from './shared/safe-url.js';
export { define } from './shared/define.js';
export {
  registerLanguage,
  type LanguageTables,
  type Message,
  type MessageTable,
} from './shared/messages.js';
export { VERSION } from './shared/version.js';
