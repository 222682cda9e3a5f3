/**
 * The accessible name of a control as browsers compute it from `aria-label` or from its
 * content (accname steps 2C and 2F): text through slots and shadow roots, hidden and
 * `aria-hidden` parts left out, and a space around every block-level part (a flex item, an
 * absolutely positioned span), which is where Chromium put the stray space in
 * "Book a massage , opens in a new tab". Whitespace collapsed, ends trimmed.
 */
export function accessibleName(control: Element): string {
  const label = control.getAttribute('aria-label');
  const text = label?.trim() ? label : textOf(control, true);
  return text.replace(/\s+/g, ' ').trim();
}

function textOf(node: Node, root = false): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true') return '';
  const style = getComputedStyle(node);
  if (style.display === 'none' || style.visibility === 'hidden') return '';
  const children =
    node instanceof HTMLSlotElement
      ? node.assignedNodes({ flatten: true })
      : [...(node.shadowRoot ?? node).childNodes];
  const inner = children.map((child) => textOf(child)).join('');
  const block =
    !root &&
    !(node instanceof HTMLSlotElement) &&
    (!['inline', 'contents'].includes(style.display) ||
      style.position === 'absolute' ||
      style.position === 'fixed' ||
      style.float !== 'none');
  return block ? ` ${inner} ` : inner;
}
