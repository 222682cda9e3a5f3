/**
 * The built-in tips in neutral Latin-American Spanish (usted, as the other widgets), with
 * the same care as the English: "puede ayudar", never more than the sources say
 * (docs/content-sources.md, "Self-care tips").
 */
import type { TipTexts } from '../tip-texts.js';

/** The built-in tips' words in Spanish, by tip id. */
export const TIPS_ES: TipTexts = {
  'heat-cold': {
    title: 'Calor antes, frío después',
    text: 'Un poco de calor antes de un masaje, como una ducha caliente o una compresa tibia, puede ayudar a que sus músculos se relajen. Después, una compresa fría puede ayudar a calmar las molestias.',
  },
  water: {
    title: 'Tome agua',
    text: 'Tome un vaso de agua antes de su sesión y otro después. Tomar agua después de hacer ejercicio también es un buen hábito.',
  },
  stretching: {
    title: 'Estírese con suavidad',
    text: 'Estirarse con suavidad después de una sesión puede ayudarle a conservar la soltura que ganó en ella. Deje cualquier estiramiento que le duela.',
  },
  posture: {
    title: 'Cuide su postura',
    text: 'Preste atención a cómo se sienta, cómo está de pie y cómo duerme. Un espacio de trabajo a su medida, con la pantalla, la silla y el teclado a la altura adecuada, puede aliviar la carga sobre su espalda.',
  },
  'gentle-exercise': {
    title: 'Muévase con suavidad',
    text: 'Una actividad suave y regular, como caminar, nadar o hacer yoga, puede ayudar a mantener su espalda en movimiento. Empiece despacio y aumente poco a poco.',
  },
  'regular-sessions': {
    title: 'Vuelva con regularidad',
    text: 'Las sesiones regulares suelen ayudar más que una sola. Pregunte a su terapeuta cada cuánto le conviene volver.',
  },
  lifting: {
    title: 'En una crisis, no cargue peso',
    text: 'Mientras dure una crisis de dolor, evite levantar objetos pesados y pida ayuda para cargarlos.',
  },
  'pain-relief': {
    title: 'Analgésicos: siga el envase',
    text: 'Si toma un analgésico de venta libre, úselo solo como indica el envase. Si tiene dudas, consulte a un farmacéutico o a su médico.',
  },
};
