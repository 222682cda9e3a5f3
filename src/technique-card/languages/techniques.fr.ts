/**
 * The built-in techniques in French, for Canadian clinics first: "massothérapeute", as
 * registered massage therapists are called in Quebec and understood everywhere. The same
 * care as the English: thin evidence stays "peut", "bien des gens".
 */
import type { TechniqueTexts } from '../technique-texts.js';

/** The general health point, for techniques that use firm pressure or strong stretches. */
const CHECK_FIRST =
  'Si vous êtes enceinte, ou si vous avez un problème de santé, une blessure récente ou un trouble de la coagulation, consultez d’abord un professionnel de la santé et informez-en votre massothérapeute.';

/** The built-in techniques' texts in French, by technique id. */
export const TECHNIQUES_FR: TechniqueTexts = {
  swedish: {
    name: 'Massage suédois',
    summary:
      'De longs mouvements fluides et un pétrissage doux qui aident tout le corps à se détendre.',
    description:
      'Votre massothérapeute effectue de longs mouvements glissés le long des muscles, avec du pétrissage, de petits mouvements circulaires et de légères frictions. Le rythme est régulier et la pression reste légère à moyenne. C’est un massage doux et complet, et un bon choix si vous n’avez jamais reçu de massage.',
    pressureLabel: 'Légère à moyenne',
    feelsLike:
      'Fluide, chaleureux et rythmé. La plupart des gens le trouvent apaisant, et certains s’endorment presque.',
    cautions: [
      'C’est l’option la moins ciblée\u202f: pour un problème précis, comme un mal de dos qui persiste, une autre technique pourrait mieux vous convenir, même si bien des gens trouvent qu’il les aide tout de même.',
      'Informez votre massothérapeute si vous êtes enceinte, ou si vous avez un problème de santé, une blessure récente ou un trouble de la coagulation.',
    ],
  },
  'deep-tissue': {
    name: 'Massage des tissus profonds',
    summary:
      'Une pression lente et ferme qui atteint les couches profondes des muscles, pour travailler les tensions installées depuis longtemps et les nœuds.',
    description:
      'Le massothérapeute travaille lentement, avec des mouvements fermes et une pression directe sur des points précis, pour atteindre les couches musculaires profondes et le fascia qui les entoure. Il commence habituellement en douceur pour réchauffer la région, puis augmente la pression à mesure que le muscle le permet. Bien des gens le choisissent pour des tensions tenaces, des nœuds et des raideurs, et trouvent qu’ils bougent plus facilement par la suite.',
    pressureLabel: 'Ferme à profonde',
    feelsLike:
      'Intense et ciblé. Certains moments peuvent être inconfortables, surtout sur un point tendu, mais cela doit toujours rester supportable.',
    cautions: [
      'Un certain inconfort est normal, mais il doit rester gérable\u202f: vous devriez pouvoir continuer à respirer calmement, le reste du corps détendu. Si ce n’est plus le cas, dites-le à votre massothérapeute, qui pourra réduire la pression.',
      CHECK_FIRST,
    ],
  },
  'trigger-point': {
    name: 'Thérapie des points gâchettes',
    summary:
      'Une pression ciblée et maintenue sur des nœuds sensibles, y compris ceux qui envoient de la douleur ailleurs dans le corps.',
    description:
      'Un point gâchette est un petit nœud sensible\u202f: une minuscule crampe dans une partie d’un muscle. Le massothérapeute le repère et appuie dessus du bout du doigt ou avec le pouce, en maintenant une pression stable pendant un court moment. Certains nœuds causent une douleur ailleurs, appelée douleur référée\u202f: l’endroit pressé n’est donc pas toujours celui où vous sentez la douleur.',
    pressureLabel: 'Ciblée et ferme',
    feelsLike:
      'Une pression concentrée sur un petit point. Vous pourriez sentir une douleur familière se propager à partir de ce point\u202f; elle s’atténue généralement à mesure que la pression est maintenue.',
    cautions: [
      'Appuyer sur un point gâchette peut brièvement intensifier la douleur qu’il envoie ailleurs, avant qu’elle ne diminue.',
      'Dites à votre massothérapeute comment vous ressentez la pression, pour qu’elle reste ferme mais supportable.',
      CHECK_FIRST,
    ],
  },
  'myofascial-release': {
    name: 'Relâchement myofascial',
    summary:
      'Une pression et un étirement lents et soutenus du fascia, le tissu conjonctif qui enveloppe et relie vos muscles.',
    description:
      'Le fascia est une couche de tissu conjonctif située entre la peau et les muscles\u202f; il enveloppe et relie les muscles, les tendons et les ligaments. Le massothérapeute applique une pression et un étirement lents et soutenus sur les régions qui semblent tendues ou restreintes. Dans la forme indirecte, le toucher est léger et maintenu longtemps\u202f; dans la forme directe, la pression est forte et peut être donnée avec les jointures, les coudes ou des outils.',
    pressureLabel: 'Légère à ferme',
    feelsLike:
      'Habituellement lent et calme\u202f: une pression stable et maintenue, avec une sensation d’étirement graduelle. La forme directe est beaucoup plus intense.',
    cautions: [
      'Demandez quelle forme votre massothérapeute compte utiliser\u202f: la forme directe est bien plus intense que la forme indirecte, qui est douce.',
      CHECK_FIRST,
    ],
  },
  sports: {
    name: 'Massage sportif',
    summary:
      'Un ensemble de techniques adaptées à votre entraînement, pour aider vos muscles à récupérer et à rester souples.',
    description:
      'Le massothérapeute combine plusieurs techniques, des longs mouvements et du pétrissage jusqu’à une pression plus profonde et des étirements, et les choisit selon votre sport, votre entraînement et les régions tendues ou douloureuses. Bien des personnes actives y ont recours entre leurs entraînements pour atténuer les courbatures et garder leur souplesse.',
    pressureLabel: 'Moyenne à profonde',
    feelsLike:
      'Dynamique et précis, avec un travail plus ferme sur les muscles que vous sollicitez le plus. Attendez-vous à un mélange de mouvements, de pressions et d’étirements.',
    cautions: [
      'Parlez à votre massothérapeute de toute élongation ou blessure récente, et dites-lui quand aura lieu votre prochaine compétition ou séance intense.',
      CHECK_FIRST,
    ],
  },
  thai: {
    name: 'Massage thaïlandais',
    summary:
      'Un massage reçu en vêtements, sur un tapis au sol, qui combine acupression et étirements assistés.',
    description:
      'Vous gardez vos vêtements et vous vous allongez sur un tapis rembourré, au sol. Le massothérapeute exerce des compressions rythmées et de l’acupression le long du corps, avec les mains, les coudes, les genoux et les pieds. Il vous fait aussi passer par une série d’étirements passifs\u202f: vous vous détendez pendant qu’il fait le travail.',
    pressureLabel: 'Moyenne à ferme',
    feelsLike:
      'Actif et rythmé, un peu comme du yoga avec quelqu’un pour vous aider. Bien des gens se sentent plus souples et détendus ensuite.',
    cautions: [
      'Certains étirements sont intenses\u202f; dites-le tout de suite si l’un d’eux va trop loin.',
      'Le massage se donne sur un tapis au sol\u202f: portez des vêtements amples et confortables, et prévenez la clinique s’il vous est difficile de descendre au sol.',
      CHECK_FIRST,
    ],
  },
  'muscle-stripping': {
    name: 'Friction longitudinale',
    summary:
      'Aussi appelée glissé profond\u202f: une pression ferme glissée lentement sur toute la longueur d’un muscle.',
    description:
      'Le massothérapeute fait glisser lentement une pression ferme le long d’un muscle, dans le sens de ses fibres. On l’utilise souvent sur les longs muscles situés de chaque côté de la colonne et sur les grands muscles du dos. Le but est d’aider les fibres musculaires à s’allonger, et c’est souvent une étape d’une séance de massage des tissus profonds.',
    pressureLabel: 'Ferme',
    feelsLike:
      'Un glissement lent et ferme que vous sentez parcourir le muscle. Les points tendus sur le trajet peuvent être sensibles.',
    cautions: [
      'La sensation peut être intense sur les points tendus\u202f; dites à votre massothérapeute si la pression est trop forte.',
      CHECK_FIRST,
    ],
  },
  'cross-fiber-friction': {
    name: 'Friction transversale',
    summary:
      'Une friction ferme et ciblée, perpendiculaire aux fibres du muscle, souvent utilisée au cours d’une séance de massage des tissus profonds.',
    description:
      'Au lieu de suivre le muscle, le massothérapeute le travaille en travers, perpendiculairement aux fibres, avec de petits mouvements fermes sur un même point. C’est une technique courante du massage des tissus profonds, souvent utilisée sur une région tendue précise au cours d’une séance plus longue.',
    pressureLabel: 'Ferme et ciblée',
    feelsLike:
      'Un frottement concentré, en va-et-vient, sur une petite zone. La sensation peut être intense, mais elle doit rester supportable.',
    cautions: [
      'La pression se concentre sur une petite zone et peut sembler intense\u202f; dites à votre massothérapeute si elle devient trop forte.',
      CHECK_FIRST,
    ],
  },
  'pin-and-stretch': {
    name: 'Fixation et étirement',
    summary:
      'Le massothérapeute maintient un point du muscle en place pendant que le muscle est étiré.',
    description:
      'Le massothérapeute appuie sur un point du muscle et le maintient en place\u202f: c’est la «\u202ffixation\u202f». Le muscle est ensuite étiré pendant que ce point reste tenu. C’est une technique courante du massage des tissus profonds, souvent utilisée comme une étape d’une séance plus longue.',
    pressureLabel: 'Ferme',
    feelsLike:
      'Une pression ferme sur un point, suivie d’un étirement que vous sentez tirer sous la main du massothérapeute.',
    cautions: [
      'Dites à votre massothérapeute si un étirement cause une douleur vive ou va plus loin que ce qui vous est confortable.',
      CHECK_FIRST,
    ],
  },
};
