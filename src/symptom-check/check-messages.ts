/**
 * What the symptom check says around its flow, in English: buttons, progress, the notes on
 * the start screen, the calls for medical care, the result's headings and error states.
 * Other languages: ./languages/. The flow's own questions and results are the flow's text
 * (the built-in one in other languages: the `back-pain-flow` texts).
 *
 * Sentences that hold a number or a name are functions of it, each a whole sentence, so a
 * language puts the number where its grammar wants it ("appelez le 911", "llame al 911").
 * Where a number is a link, the view passes a marker in its place and puts the link there
 * (see `withLink` in screen-parts.ts). Where no emergency number is known, a sentence of
 * its own says "your local emergency number": never a guessed number.
 */
export const CHECK_MESSAGES = {
  // The element's own states.
  loading: 'Loading the check…',
  failed:
    'Sorry, this symptom check could not be loaded. If you are in pain or worried, please contact a doctor or the clinic.',

  // The start screen.
  notDiagnosis: 'This is not a diagnosis.',
  whatItIs:
    'It does not replace a doctor or physiotherapist; it helps you decide what to do next. Your answers stay on this page: nothing is sent or saved.',
  introEmergency: (number: string) =>
    `If you have sudden severe pain, or feel very unwell, do not use this check: call ${number} now.`,
  introEmergencyLocal:
    'If you have sudden severe pain, or feel very unwell, do not use this check: call your local emergency number now.',
  start: 'Start the check',

  // Question screens.
  progress: (current: number, total: number) => `Question ${current} of ${total}`,
  yes: 'Yes',
  no: 'No',
  chooseOne: 'Choose an answer to go on.',
  chooseSome: 'Choose at least one answer to go on.',
  next: 'Next',
  back: 'Back',
  restart: 'Start again',

  // Result screens: the level in words, so it never rests on colour alone.
  result: 'Result',
  levelEmergency: 'Emergency',
  levelUrgent: 'See a doctor soon',
  levelClinician: 'See a clinician first',
  levelMassage: 'Massage can help',

  // Calls for medical care. Emergency: call the number now. Urgent: the advice line or a
  // doctor today; the emergency number only if it gets worse.
  callNumber: (number: string) => `Call ${number}`,
  callLocalNow: 'Call your local emergency number now.',
  adviceLineAbout: (number: string, service: string) =>
    `Calling ${number} (${service}) puts you through to a nurse or health adviser who can help you decide where to go and how soon.`,
  contactDoctorToday: 'Contact your doctor or an urgent care service today.',
  worseCall: (number: string) =>
    `If it gets worse, or you notice any emergency sign, call ${number} now.`,
  worseCallLocal:
    'If it gets worse, or you notice any emergency sign, call your local emergency number now.',

  // The clinic's phone on a clinician-level result.
  questionsCallClinic: (clinic: string, phone: string) => `Questions? Call ${clinic} on ${phone}.`,
  questionsCallUs: (phone: string) => `Questions? Call us on ${phone}.`,

  // What a result recommends.
  techniquesMassage: 'Techniques that may help',
  techniquesCleared: 'Gentle techniques, once a clinician has cleared you',
  exercisesHeading: 'Gentle exercises for home',
  selfCareHeading: 'Looking after yourself around a session',
  /** The exercises' names, already listed as the language lists them (`listIn`). */
  exerciseList: (names: string) => `${names}.`,
  exercisesLink: 'Start the guided exercises',
  bookMassage: 'Book a massage',
};

/** The symptom check's messages: English's keys, each a text or a function like English's. */
export type CheckMessages = typeof CHECK_MESSAGES;
