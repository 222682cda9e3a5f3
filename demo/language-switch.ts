/**
 * The demo clinic page in English, French or Spanish: a bilingual clinic's site, as many
 * Canadian clinics run. The switch sets `<html lang>` (the widgets follow it by themselves,
 * which is what the demo shows) and swaps the page's own words, which are the clinic's text,
 * not the library's: elements marked `data-i18n` (text) or `data-i18n-label` (a booking
 * button's `label`). `?lang=fr` opens the page in French; the links work without script.
 */
type Language = 'en' | 'fr' | 'es';

const TAGS: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA', es: 'es-CA' };

const PAGE: Record<Exclude<Language, 'en'>, Record<string, string>> = {
  fr: {
    title: 'Harbour Physio & Massage · démo knead-widgets',
    'nav-treatments': 'Soins',
    'nav-check': 'Mal de dos',
    'nav-techniques': 'Techniques',
    'nav-exercises': 'Exercices',
    'nav-visit': 'Nous trouver',
    'book-online': 'Réserver en ligne',
    'hero-title': 'Des soins manuels pour les dos douloureux et les vies bien remplies',
    'hero-text':
      'Massothérapeutes et physiothérapeutes réunis dans un studio paisible au bord de l’eau. Dites-nous où vous avez mal et nous préparerons une séance pour vous.',
    'first-visit': 'Réserver une première visite',
    'call-us': 'Ou appelez le +1 (604) 555-0142',
    'treatments-title': 'Soins',
    'relaxation-title': 'Massage de détente',
    'relaxation-text':
      'Des mouvements lents et fluides, une pression légère à moyenne. Une première étape en douceur si le massage est nouveau pour vous.',
    'relaxation-book': 'Réserver un massage de détente',
    'deep-title': 'Massage des tissus profonds',
    'deep-text':
      'Un travail ferme et ciblé sur les tensions installées. Votre thérapeute vérifie avec vous que cela reste supportable.',
    'deep-book': 'Réserver un massage des tissus profonds',
    'physio-title': 'Évaluation en physiothérapie',
    'physio-text':
      'Pour une douleur qui descend, qui picote ou qui revient sans cesse : d’abord une évaluation, puis un plan.',
    'physio-book': 'Réserver une évaluation en physiothérapie',
    'book-title': 'Prendre rendez-vous en ligne',
    'book-text':
      'Voyez les plages libres et réservez sans quitter cette page. Le calendrier est celui de Calendly : rien de leur part ne se charge avant que vous le demandiez.',
    'check-title': 'Mal au dos ? Voyez ce qui pourrait vous aider',
    'check-text':
      'Répondez à quelques questions, en toute confidentialité, dans votre navigateur. Nous vous dirons s’il vaut mieux voir d’abord un médecin et, si le massage vous convient, quelles techniques et quels exercices à la maison peuvent aider.',
    'exercises-title': 'Exercices à la maison pour votre dos',
    'exercises-text':
      'Six exercices doux que nos physiothérapeutes proposent souvent. La minuterie vous guide pour chacun ; activez les bips ou les consignes vocales si vous préférez ne pas regarder l’écran.',
    'tips-title': 'Entre les séances',
    'tips-text': 'Quelques habitudes simples que bien de nos clients trouvent utiles.',
    'techniques-title': 'Les techniques de massage que nous pratiquons',
    'techniques-text':
      'Vous ne savez pas quoi demander ? Filtrez selon ce qui vous aiderait ou selon la pression que vous aimez. Votre thérapeute adapte toujours la pression à vous.',
    'visit-title': 'Nous trouver',
    'visit-hours': '12, rue Wharf, bureau 3 · du lundi au samedi, de 8 h à 19 h',
    'visit-text':
      'Vous préférez un autre site de réservation ? Ce bouton mène à un studio partenaire qui réserve avec Jane :',
    'jane-book': 'Réserver à notre studio Jane',
    'footer-emergency':
      'En cas d’urgence, composez le 911. Le massage ne remplace pas les soins médicaux.',
  },
  es: {
    title: 'Harbour Physio & Massage · demostración de knead-widgets',
    'nav-treatments': 'Tratamientos',
    'nav-check': 'Dolor de espalda',
    'nav-techniques': 'Técnicas',
    'nav-exercises': 'Ejercicios',
    'nav-visit': 'Visítenos',
    'book-online': 'Reservar en línea',
    'hero-title': 'Atención manual para espaldas adoloridas y vidas ocupadas',
    'hero-text':
      'Masajistas terapéuticos y fisioterapeutas en un estudio tranquilo junto al agua. Díganos dónde le duele y planearemos una sesión para usted.',
    'first-visit': 'Reserve su primera visita',
    'call-us': 'O llame al +1 (604) 555-0142',
    'treatments-title': 'Tratamientos',
    'relaxation-title': 'Masaje relajante',
    'relaxation-text':
      'Movimientos lentos y fluidos con presión ligera a media. Un primer paso suave si el masaje es nuevo para usted.',
    'relaxation-book': 'Reservar un masaje relajante',
    'deep-title': 'Masaje de tejido profundo',
    'deep-text':
      'Trabajo firme y localizado sobre la tensión de larga duración. Su terapeuta le pregunta para que siga siendo tolerable.',
    'deep-book': 'Reservar un masaje de tejido profundo',
    'physio-title': 'Evaluación de fisioterapia',
    'physio-text':
      'Para el dolor que se extiende, hormiguea o vuelve una y otra vez: primero una evaluación y después un plan.',
    'physio-book': 'Reservar una evaluación de fisioterapia',
    'book-title': 'Reserve en línea',
    'book-text':
      'Vea los horarios libres y reserve sin salir de esta página. El calendario es de Calendly: no se carga nada suyo hasta que usted lo pida.',
    'check-title': '¿Le duele la espalda? Vea qué podría ayudarle',
    'check-text':
      'Responda algunas preguntas en privado, en su navegador. Le diremos si debe ver primero a un médico y, si el masaje le conviene, qué técnicas y ejercicios en casa pueden ayudarle.',
    'exercises-title': 'Ejercicios en casa para su espalda',
    'exercises-text':
      'Seis ejercicios suaves que nuestros fisioterapeutas suelen recomendar. El temporizador le guía en cada uno; active los pitidos o las indicaciones habladas si prefiere no mirar la pantalla.',
    'tips-title': 'Entre sesiones',
    'tips-text': 'Algunos hábitos sencillos que a muchos de nuestros clientes les resultan útiles.',
    'techniques-title': 'Las técnicas de masaje que usamos',
    'techniques-text':
      '¿No sabe qué pedir? Filtre según lo que le gustaría mejorar o según la presión que prefiere. Su terapeuta siempre ajustará la presión para usted.',
    'visit-title': 'Visítenos',
    'visit-hours': '12 Wharf Street, local 3 · de lunes a sábado, de 8 a 19 h',
    'visit-text':
      '¿Prefiere otro sitio de reservas? Este botón lleva a un estudio asociado que reserva con Jane:',
    'jane-book': 'Reservar en nuestro estudio de Jane',
    'footer-emergency':
      'En caso de emergencia, llame al 911. El masaje no sustituye la atención médica.',
  },
};

/** Each marked element's English, read once from the page as written. */
const english = new Map<Element, string>();

function speak(language: Language): void {
  document.documentElement.lang = TAGS[language];
  const words = language === 'en' ? undefined : PAGE[language];
  for (const element of document.querySelectorAll('[data-i18n], [data-i18n-label]')) {
    const key = element.getAttribute('data-i18n') ?? element.getAttribute('data-i18n-label')!;
    const asLabel = element.hasAttribute('data-i18n-label');
    if (!english.has(element))
      english.set(element, asLabel ? element.getAttribute('label')! : element.textContent!.trim());
    const text = words?.[key] ?? english.get(element)!;
    if (asLabel) element.setAttribute('label', text);
    else element.textContent = text;
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language]'))
    link.toggleAttribute('aria-current', link.dataset['language'] === language);
}

const asLanguage = (value: string | null | undefined): Language =>
  value === 'fr' || value === 'es' ? value : 'en';

speak(asLanguage(new URLSearchParams(location.search).get('lang')));
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-language]');
  if (!link) return;
  event.preventDefault();
  const language = asLanguage(link.dataset['language']);
  history.replaceState(null, '', language === 'en' ? location.pathname : `?lang=${language}`);
  speak(language);
});
