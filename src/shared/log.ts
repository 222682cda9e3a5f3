/**
 * One console message for bad input: it names the element, the attribute (or JSON path)
 * and the offending value, so a clinic can find the typo in its page.
 */
export function reportInvalid(
  element: Element,
  where: string,
  value: unknown,
  problem: string,
): void {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  console.error(`knead-widgets: <${element.localName}> ${where}=${shown}: ${problem}`, element);
}
