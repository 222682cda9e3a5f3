import type { MessageTable } from '../../src/shared/messages.js';

/**
 * Everything a visitor reads or hears in `root`, deep: text, accessible names and
 * descriptions (`aria-label`, `title`, `alt`, `placeholder`), through every open shadow
 * root below it (a nested booking button, a card in a list).
 */
export function visibleWords(root: Node): string[] {
  const words: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script') words.push(node.textContent ?? '');
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'])
        if (node.hasAttribute(name)) words.push(node.getAttribute(name)!);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return words.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Sample values a message function is called with to learn its fixed words. */
const SAMPLES = [3, 3, 3, 3];

/**
 * The English phrases of `table`: each text, and the fixed words of each function's
 * result (the runs between the values it was given). Phrases shorter than `minimum`
 * characters are left out (a lone "OK" or "min" may be the same word in French).
 */
export function englishPhrases(
  table: MessageTable,
  allowed: readonly string[] = [],
  minimum = 4,
): string[] {
  const phrases = new Set<string>();
  for (const message of Object.values(table)) {
    const text =
      typeof message === 'string'
        ? message
        : (message as (...values: unknown[]) => string)(...SAMPLES);
    for (const part of text.split(/\d+/)) {
      const phrase = part.replace(/\s+/g, ' ').trim();
      if (phrase.length >= minimum && !allowed.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/**
 * The English phrases (from `englishPhrases`, or any list) still shown in `root`: empty
 * when a widget speaks only the other language. Matched case-sensitively, on word bounds.
 */
export function englishLeft(root: Node, phrases: readonly string[]): string[] {
  const shown = visibleWords(root).join('\n');
  return phrases.filter((phrase) => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(shown);
  });
}
