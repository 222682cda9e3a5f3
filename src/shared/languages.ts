import { baseLanguage } from './language.js';

/**
 * The language tags that apply to an element, nearest first: its own `lang`, its clinic's,
 * the nearest ancestor's (crossing shadow roots, so a widget inside an app's component
 * still sees the page's language) and the document's. Empty tags are skipped.
 */
export function languagesAround(element: Element, clinicLocale?: string): string[] {
  const tags = [element.getAttribute('lang'), clinicLocale, ancestorLanguage(element)];
  tags.push(element.ownerDocument.documentElement.getAttribute('lang'));
  return tags.filter((tag): tag is string => !!tag);
}

/**
 * The `lang` of the nearest ancestor that names a language, across shadow roots: a blank
 * or malformed `lang` (a CMS's `lang=""`) is passed over, as on the widget itself.
 */
function ancestorLanguage(element: Element): string | undefined {
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (baseLanguage(lang)) return lang!;
  }
  return undefined;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
