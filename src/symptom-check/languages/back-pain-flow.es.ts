/**
 * The built-in back-pain check in Spanish: "usted", neutral Latin-American Spanish. The
 * emergency and urgent signs keep the English meaning exactly; each is set against its
 * English, with a back-translation, in docs/medical-wording.md. No phone number here: the
 * widget adds the clinic's emergency number where the advice says to call it.
 */
import type { FlowTexts } from '../flow-texts.js';

const CHOOSE_ALL = 'Elija todas las que correspondan.';

export const BACK_PAIN_FLOW_ES: FlowTexts = {
  title: 'Cuestionario sobre el dolor de espalda',
  intro:
    'Unas pocas preguntas breves sobre su dolor de espalda. Primero revisamos si hay señales de que necesita ver a un médico; luego vemos si su dolor parece venir de los músculos, o más bien de un disco o un nervio, y qué podría ayudarle.',
  items: {
    emergency: {
      text: '¿Alguna de estas situaciones corresponde a su caso en este momento?',
      helpText: CHOOSE_ALL,
      options: {
        'bladder-bowel':
          'Perdí el control de la orina o de las heces, o no siento cuándo tengo ganas de orinar o de defecar',
        'saddle-numbness':
          'Tengo adormecimiento (entumecimiento) alrededor de los genitales, las nalgas o la parte interna de los muslos',
        'both-legs': 'Siento las dos piernas débiles o adormecidas',
        urination: 'Desde hace poco me cuesta empezar a orinar o cortar el chorro de orina',
        'sexual-function':
          'Desde hace poco siento adormecimiento durante las relaciones sexuales, o tengo problemas de erección o de eyaculación',
        'chest-pain':
          'Tengo dolor en el pecho, o un dolor que se extiende al brazo o a la mandíbula',
        'serious-accident':
          'El dolor empezó después de un accidente grave, como un choque de auto o una caída fuerte',
        none: 'Ninguna de estas situaciones',
      },
    },
    urgent: {
      text: '¿Alguna de estas situaciones corresponde a su caso?',
      helpText: CHOOSE_ALL,
      options: {
        fever: 'Tengo fiebre, o me siento mal en general',
        'weight-loss': 'Bajé de peso sin proponérmelo',
        cancer: 'Tengo o he tenido cáncer',
        'night-pain': 'El dolor es peor en la noche, o el reposo no lo alivia en absoluto',
        infection:
          'Tengo o tuve hace poco una infección, o mi sistema inmunológico está debilitado',
        steroids:
          'Tomo desde hace mucho tiempo, o tomé durante mucho tiempo, medicamentos con esteroides (como la cortisona)',
        osteoporosis:
          'Tengo osteoporosis (huesos frágiles) y el dolor empezó después de una caída o un golpe',
        age: 'Este dolor de espalda es nuevo, y tengo menos de 20 años o más de 50',
        lump: 'Tengo un bulto o una hinchazón en la espalda, o mi espalda cambió de forma',
        'upper-back': 'El dolor está en la parte alta de la espalda, entre los omóplatos',
        'cough-strain': 'El dolor empeora cuando toso, estornudo o defeco',
        none: 'Ninguna de estas situaciones',
      },
    },
    area: {
      text: '¿Dónde le duele más?',
      options: {
        'lower-back': 'En la parte baja de la espalda',
        'mid-upper-back': 'En la parte media o alta de la espalda',
        'neck-shoulders': 'En el cuello y los hombros',
        several: 'En más de uno de estos lugares',
      },
    },
    character: {
      text: '¿Cómo es el dolor la mayor parte del tiempo?',
      options: {
        ache: 'Un dolor sordo, rigidez o tensión',
        sharp: 'Agudo, punzante (como una descarga) o con ardor',
        unsure: 'Una mezcla de los dos, o no sabría decir',
      },
    },
    'below-knee': { text: '¿El dolor baja por una pierna, más abajo de la rodilla?' },
    'leg-symptoms': { text: '¿Tiene adormecimiento, hormigueo o debilidad en una pierna?' },
    'worse-with': {
      text: '¿Qué empeora el dolor?',
      helpText: CHOOSE_ALL,
      options: {
        moving: 'Moverme, y se calma cuando descanso',
        sitting: 'Pasar mucho tiempo en posición sentada',
        bending: 'Inclinarme hacia adelante o levantar cosas',
        none: 'Nada en particular, o no lo sé con certeza',
      },
    },
    onset: {
      text: '¿Cómo empezó el dolor?',
      options: {
        overuse: 'Después de más actividad de lo habitual: deporte, cargar peso, jardinería',
        posture: 'Poco a poco, con muchas horas frente a un escritorio o en la misma posición',
        strain: 'De repente, con un giro o un esfuerzo brusco',
        unknown: 'Sin ninguna razón que se me ocurra',
      },
    },
    duration: {
      text: '¿Desde hace cuánto tiempo tiene este dolor?',
      options: {
        days: 'Menos de una semana',
        weeks: 'De una a seis semanas',
        months: 'Más de seis semanas',
      },
    },
  },
  outcomes: {
    emergency: {
      title: 'Busque ayuda médica ahora mismo',
      advice:
        'Lo que usted describe puede ser señal de un problema grave, como una presión sobre los nervios en la base de la columna, que necesita tratamiento en pocas horas. Llame ahora mismo al número de emergencias, o vaya directamente a la sala de emergencias. No espere a ver si se le pasa, y no reserve una cita de masaje.',
    },
    urgent: {
      title: 'Consulte primero a un médico, hoy mismo si puede',
      advice:
        'Junto con el dolor de espalda, lo que usted nos indicó es motivo para hacerse revisar por un médico antes de cualquier masaje. Comuníquese hoy con su médico o con una clínica que atienda sin cita, o en cuanto pueda. Si empeora rápidamente, o si aparece cualquier señal de emergencia, llame al número de emergencias.',
    },
    'disc-nerve': {
      title:
        'Podría tratarse de un disco o un nervio: consulte primero a un profesional de la salud',
      advice:
        'Algo de lo que usted describe, como un dolor punzante o que baja por una pierna, o el hormigueo o la debilidad, puede venir de un disco o un nervio irritado. Por favor, pida una evaluación a un fisioterapeuta o a un médico antes de reservar un masaje. Cuando le den el visto bueno, unas técnicas suaves pueden ayudar, y su terapeuta puede trabajar siguiendo sus indicaciones.',
    },
    muscular: {
      title: 'Parece un dolor muscular, y el masaje puede ayudar',
      advice:
        'Un dolor sordo o una rigidez que apareció con un esfuerzo, con el uso excesivo o con muchas horas en la misma posición suele venir de músculos tensos y sobrecargados. El masaje puede aliviar esa tensión, y unos ejercicios suaves ayudan a mantenerla alejada. Si el dolor cambia, baja por una pierna o no ha mejorado después de unas semanas, consulte a un profesional de la salud.',
    },
    unclear: {
      title: 'No está claro de dónde viene su dolor',
      advice:
        'Sus respuestas no apuntan claramente a un dolor muscular. Un fisioterapeuta o un médico puede hacerle un examen y encontrar la causa. También puede comunicarse con nosotros: podemos conversarlo y decirle si un masaje es una buena idea.',
    },
  },
};
