/**
 * Reading a widget's layout as a visitor sees it: what sticks out of its box, and how its
 * text is set. Shadow roots are read through, nested widgets (a card's booking button, a
 * list's cards) included.
 */

/** An 80-character word without a break: a long name, a URL-like word, a German compound. */
export const LONG_WORD = 'Langwortohnepause'.repeat(5).slice(0, 80);

/** Every element of a widget's shadow tree, nested widgets' shadow trees included. */
export function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/** Hidden on purpose: text for screen readers only, clipped to a 1px box. */
const screenReaderOnly = (element: Element): boolean => {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element && node.classList.contains('visually-hidden')) return true;
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return false;
};

const parentOf = (element: Element): Element | null =>
  element.parentElement ?? (element.getRootNode() as Partial<ShadowRoot>).host ?? null;

/** Shown to the eye; a slot counts when it shows its own fallback text. */
function shown(element: Element): boolean {
  if (screenReaderOnly(element)) return false;
  if (element instanceof HTMLSlotElement) {
    const parent = parentOf(element);
    return element.assignedNodes().length === 0 && parent !== null && shown(parent);
  }
  return element.checkVisibility({ visibilityProperty: true });
}

function describe(element: Element): string {
  const part = element.getAttribute('part');
  const className = element.getAttribute('class');
  return `<${element.localName}${part ? ` part="${part}"` : ''}${className ? ` class="${className}"` : ''}>`;
}

/**
 * What a visitor would see sticking out of the widget sideways: boxes or lines of text
 * beyond the host's edges, elements whose content is wider than they are, and a host wider
 * than the page. Empty when everything fits. (Strings, so a failure prints readably.)
 */
export function overflows(host: Element, slack = 1): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  const page = document.documentElement.clientWidth;
  if (box.right > page + slack)
    problems.push(`the host ends at ${box.right}px, the page at ${page}px`);
  if (host.scrollWidth > host.clientWidth + slack)
    problems.push(`the host scrolls: ${host.scrollWidth}px of content in ${host.clientWidth}px`);
  const outside = (rect: DOMRect) =>
    rect.width > 0 && (rect.left < box.left - slack || rect.right > box.right + slack);
  for (const element of shadowElements(host)) {
    if (!shown(element)) continue;
    const rect = element.getBoundingClientRect();
    if (outside(rect))
      problems.push(
        `${describe(element)} spans ${rect.left}-${rect.right}px outside ${box.left}-${box.right}px`,
      );
    if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + slack)
      problems.push(
        `${describe(element)} holds ${element.scrollWidth}px of content in ${element.clientWidth}px`,
      );
    for (const child of element.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      if ([...range.getClientRects()].some(outside))
        problems.push(
          `text "${child.textContent.trim().slice(0, 24)}…" of ${describe(element)} sticks out`,
        );
    }
  }
  return problems;
}

/** The text-setting properties a page could leak into a widget through its host. */
export const TEXT_PROPERTIES = [
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'box-sizing',
  'font-family',
  'font-size',
] as const;

/**
 * How each shown element with text of its own is set, one line per element
 * (`<p class="summary"> line-height: 24px; ...`), to compare before and after a page rule.
 */
export function textSetting(
  host: Element,
  properties: readonly string[] = TEXT_PROPERTIES,
): string[] {
  return shadowElements(host)
    .filter(
      (element) =>
        shown(element) &&
        [...element.childNodes].some(
          (child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim(),
        ),
    )
    .map((element) => {
      const style = getComputedStyle(element);
      const values = properties.map((name) => `${name}: ${style.getPropertyValue(name)}`);
      return `${describe(element)} ${values.join('; ')}`;
    });
}

/**
 * Rules a theme or a careless stylesheet might have: they reach the host element itself,
 * and, before the widgets set their own text, everything inside it by inheritance.
 */
export const HOSTILE_PAGE_CSS = `
  * {
    line-height: 1;
    letter-spacing: 5px;
    word-spacing: 9px;
    text-transform: uppercase;
    text-align: right;
    text-indent: 3em;
    text-shadow: 1px 1px 0 red;
    white-space: nowrap;
    word-break: break-all;
    overflow-wrap: normal;
    hyphens: auto;
    box-sizing: content-box !important;
  }
`;

/** Adds a stylesheet to the page's head until the returned function removes it. */
export function addPageStyle(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}
