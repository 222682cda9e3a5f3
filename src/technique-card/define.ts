import { define } from '../shared/define.js';
import { attachContextRoot } from '../clinic/clinic-context.js';
import { KneadTechniqueCard } from './technique-card.js';

attachContextRoot();
define('knead-technique-card', KneadTechniqueCard);

declare global {
  interface HTMLElementTagNameMap {
    'knead-technique-card': KneadTechniqueCard;
  }
}
