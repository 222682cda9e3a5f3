/**
 * The language tags that apply to an element, nearest first: its own `lang`, its clinic's,
 * the nearest ancestor's (crossing shadow roots, so a widget inside an app's component
 * still sees the page's language) and the document's. Empty tags are skipped.
 */
export function languagesAround(element: Element, clinicLocale?: string): string[] {
  const tags = [element.getAttribute('lang'), clinicLocale];
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    if (node.hasAttribute('lang')) {
      tags.push(node.getAttribute('lang'));
      break;
    }
  }
  tags.push(element.ownerDocument.documentElement.getAttribute('lang'));
  return tags.filter((tag): tag is string => !!tag);
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
