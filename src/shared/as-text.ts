/**
 * A property's value as text. Frameworks set properties, not attributes, and a page may hand
 * a number (`emergencyNumber={911}`) or a list (`exercises={['bridge']}`) to a text property:
 * numbers count as their digits and lists as their words; anything else as no text.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(asText).join(' ');
  return '';
}
