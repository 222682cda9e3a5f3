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
 * The `lang` of the nearest ancestor that has one, across shadow roots. A blank one stops
 * the search: HTML reads `lang=""` as "language unknown", so the region around it is not
 * taken for the visitor's (the emergency number is never guessed from it) and the widget
 * goes on to the document's language.
 */
function ancestorLanguage(element: Element): string | null | undefined {
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node))
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  return undefined;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
