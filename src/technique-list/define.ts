import { define } from '../shared/define.js';
import '../technique-card/define.js';
import { KneadTechniqueList } from './technique-list.js';

define('knead-technique-list', KneadTechniqueList);

declare global {
  interface HTMLElementTagNameMap {
    'knead-technique-list': KneadTechniqueList;
  }
}
