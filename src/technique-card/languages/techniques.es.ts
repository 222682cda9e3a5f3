/**
 * The built-in techniques in neutral Latin-American Spanish ("usted"). The same care as the
 * English: thin evidence stays "puede", "a muchas personas".
 */
import type { TechniqueTexts } from '../technique-texts.js';

/** The general health point, for techniques that use firm pressure or strong stretches. */
const CHECK_FIRST =
  'Si está embarazada, o tiene una afección médica, una lesión reciente o un problema de coagulación de la sangre, consulte primero con un profesional de la salud e infórmele a su terapeuta.';

/** The built-in techniques' texts in Spanish, by technique id. */
export const TECHNIQUES_ES: TechniqueTexts = {
  swedish: {
    name: 'Masaje sueco',
    summary: 'Movimientos largos y fluidos y un amasado suave que ayudan a relajar todo el cuerpo.',
    description:
      'Su terapeuta realiza movimientos largos y deslizantes a lo largo de los músculos, con amasado, pequeños movimientos circulares y una fricción ligera. El ritmo es constante y la presión se mantiene entre ligera y media. Es un masaje suave y general, y una buena opción si nunca ha recibido un masaje.',
    pressureLabel: 'De ligera a media',
    feelsLike:
      'Suave, cálido y rítmico. A la mayoría de las personas les resulta relajante, y algunas casi se quedan dormidas.',
    cautions: [
      'Es la opción menos específica: para un problema concreto, como un dolor de espalda persistente, puede que otra técnica le convenga más, aunque a muchas personas igual les ayuda.',
      'Avísele a su terapeuta si está embarazada, o tiene una afección médica, una lesión reciente o un problema de coagulación de la sangre.',
    ],
  },
  'deep-tissue': {
    name: 'Masaje de tejido profundo',
    summary:
      'Presión lenta y firme que llega a las capas profundas del músculo para trabajar la tensión acumulada durante mucho tiempo y los nudos.',
    description:
      'El terapeuta trabaja despacio, con movimientos firmes y presión directa sobre puntos específicos, para llegar a las capas musculares profundas y a la fascia que las rodea. Por lo general empieza con menos presión para calentar la zona y luego la aumenta a medida que el músculo lo permite. Muchas personas lo eligen para la tensión persistente, los nudos y la rigidez, y notan que se mueven con más facilidad después.',
    pressureLabel: 'De firme a profunda',
    feelsLike:
      'Intenso y focalizado. Algunos momentos pueden ser incómodos, sobre todo en un punto tenso, pero siempre debe ser tolerable.',
    cautions: [
      'Es normal sentir algo de molestia, pero debe ser manejable: debería poder seguir respirando con calma y con el resto del cuerpo relajado. Si deja de ser así, dígaselo a su terapeuta para que reduzca la presión.',
      CHECK_FIRST,
    ],
  },
  'trigger-point': {
    name: 'Terapia de puntos gatillo',
    summary:
      'Presión focalizada y sostenida sobre nudos sensibles, incluidos los que provocan dolor en otras partes del cuerpo.',
    description:
      'Un punto gatillo es un nudo pequeño y sensible: un calambre diminuto en una parte de un músculo. El terapeuta lo localiza y lo presiona con la yema del dedo o con el pulgar, manteniendo una presión constante durante un momento. Algunos nudos causan dolor en otro lugar, lo que se llama dolor referido, así que el punto que se presiona no siempre es donde usted siente la molestia.',
    pressureLabel: 'Focalizada y firme',
    feelsLike:
      'Presión concentrada en un punto pequeño. Puede sentir que un dolor conocido se extiende desde ese punto; por lo general se desvanece mientras se mantiene la presión.',
    cautions: [
      'Presionar un punto gatillo puede intensificar brevemente el dolor que provoca en otras zonas antes de que disminuya.',
      'Dígale a su terapeuta qué tan fuerte lo siente, para que la presión siga siendo firme pero tolerable.',
      CHECK_FIRST,
    ],
  },
  'myofascial-release': {
    name: 'Liberación miofascial',
    summary:
      'Presión y estiramiento lentos y sostenidos de la fascia, el tejido conectivo que envuelve y une sus músculos.',
    description:
      'La fascia es una capa de tejido conectivo entre la piel y los músculos; envuelve y une músculos, tendones y ligamentos. El terapeuta aplica presión y estiramiento lentos y sostenidos en las zonas que se sienten tensas o restringidas. En la forma indirecta, el contacto es ligero y se mantiene durante mucho tiempo; en la forma directa, la presión es fuerte y puede aplicarse con los nudillos, los codos o instrumentos.',
    pressureLabel: 'De ligera a firme',
    feelsLike:
      'Por lo general lento y tranquilo: una presión constante y sostenida, con una sensación de estiramiento gradual. La forma directa se siente mucho más intensa.',
    cautions: [
      'Pregunte qué forma piensa usar su terapeuta: la forma directa es mucho más intensa que la indirecta, que es suave.',
      CHECK_FIRST,
    ],
  },
  sports: {
    name: 'Masaje deportivo',
    summary:
      'Una combinación de técnicas adaptada a su entrenamiento, para ayudar a sus músculos a recuperarse y mantenerse flexibles.',
    description:
      'El terapeuta combina varias técnicas, desde movimientos largos y amasado hasta presión más profunda y estiramientos, y las elige según su deporte, su entrenamiento y las zonas tensas o adoloridas. Muchas personas activas lo usan entre un entrenamiento y otro para aliviar el dolor muscular y mantener su flexibilidad.',
    pressureLabel: 'De media a profunda',
    feelsLike:
      'Enérgico y con propósito, con un trabajo más firme en los músculos que más usa. Espere una combinación de movimientos, presión y estiramientos.',
    cautions: [
      'Infórmele a su terapeuta sobre cualquier distensión o lesión reciente, y sobre cuándo es su próxima competencia o sesión intensa.',
      CHECK_FIRST,
    ],
  },
  thai: {
    name: 'Masaje tailandés',
    summary:
      'Un masaje con ropa, sobre una colchoneta en el piso, que combina digitopresión y estiramientos asistidos.',
    description:
      'Usted no necesita quitarse la ropa y se recuesta sobre una colchoneta acolchada en el piso. El terapeuta presiona a lo largo del cuerpo con compresiones rítmicas y digitopresión, usando las manos, los codos, las rodillas y los pies. También le hace una serie de estiramientos pasivos, para que usted se relaje mientras el terapeuta hace el trabajo.',
    pressureLabel: 'De media a firme',
    feelsLike:
      'Activo y rítmico, un poco como hacer yoga con ayuda. Muchas personas se sienten más sueltas y relajadas después.',
    cautions: [
      'Algunos estiramientos son intensos; avise de inmediato si alguno va demasiado lejos.',
      'Se realiza sobre una colchoneta en el piso, así que use ropa holgada y cómoda, y avísele a la clínica si le cuesta bajar al piso.',
      CHECK_FIRST,
    ],
  },
  'muscle-stripping': {
    name: 'Fricción longitudinal',
    summary:
      'También llamada deslizamiento profundo: presión firme que se desliza lentamente a lo largo de todo un músculo.',
    description:
      'El terapeuta desliza lentamente una presión firme a lo largo de un músculo, siguiendo la dirección de sus fibras. Se usa a menudo en los músculos largos que están junto a la columna y en los músculos anchos de la espalda. El objetivo es ayudar a que las fibras musculares se alarguen, y con frecuencia forma parte de una sesión de tejido profundo.',
    pressureLabel: 'Firme',
    feelsLike:
      'Un deslizamiento lento y firme que se siente recorrer el músculo. Los puntos tensos en el camino pueden sentirse sensibles.',
    cautions: [
      'Puede sentirse intenso en los puntos tensos; dígale a su terapeuta si la presión es demasiada.',
      CHECK_FIRST,
    ],
  },
  'cross-fiber-friction': {
    name: 'Fricción transversa',
    summary:
      'Fricción firme y focalizada en sentido transversal a las fibras del músculo, que suele usarse dentro de una sesión de tejido profundo.',
    description:
      'En lugar de seguir el músculo, el terapeuta trabaja a través de él, en ángulo recto con las fibras, con movimientos pequeños y firmes sobre un mismo punto. Es una técnica común del masaje de tejido profundo, y suele usarse en una zona tensa concreta dentro de una sesión más larga.',
    pressureLabel: 'Firme y focalizada',
    feelsLike:
      'Un frotamiento concentrado de ida y vuelta sobre una zona pequeña. Puede sentirse intenso, pero siempre debe ser tolerable.',
    cautions: [
      'La presión se concentra en una zona pequeña y puede sentirse intensa; dígale a su terapeuta si llega a ser demasiado.',
      CHECK_FIRST,
    ],
  },
  'pin-and-stretch': {
    name: 'Fijación y estiramiento',
    summary: 'El terapeuta mantiene fijo un punto del músculo mientras el músculo se estira.',
    description:
      'El terapeuta presiona un punto del músculo y lo mantiene fijo: esa es la “fijación”. Luego se estira el músculo mientras ese punto sigue sujeto. Es una técnica común del masaje de tejido profundo, que suele usarse como parte de una sesión más larga.',
    pressureLabel: 'Firme',
    feelsLike:
      'Presión firme sobre un punto, seguida de un estiramiento que se siente tirar bajo la mano del terapeuta.',
    cautions: [
      'Dígale a su terapeuta si un estiramiento le causa un dolor agudo o va más allá de lo que le resulta cómodo.',
      CHECK_FIRST,
    ],
  },
};
