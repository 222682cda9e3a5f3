/**
 * The README's Theming table, held to the styles: it lists every `--knead-*` token a widget
 * reads, no other, and each default it names is the one the styles fall back to.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import '../../src/define.js';
import { bookingDialogStyles } from '../../src/booking-button/booking-dialog.styles.js';

const TAGS = [
  'knead-clinic',
  'knead-booking-button',
  'knead-technique-card',
  'knead-technique-list',
  'knead-symptom-check',
  'knead-exercise-timer',
  'knead-self-care-tips',
];

/** Every stylesheet the elements use, as one text with whitespace evened out. */
function stylesText(): string {
  const sheets: CSSResultOrNative[] = [bookingDialogStyles];
  for (const tag of TAGS) {
    const element = customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] };
    sheets.push(...element.elementStyles);
  }
  const text = sheets
    .map((sheet) =>
      sheet instanceof CSSStyleSheet
        ? [...sheet.cssRules].map((rule) => rule.cssText).join('\n')
        : sheet.cssText,
    )
    .join('\n');
  return text.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

interface Row {
  readonly token: string;
  readonly light: string;
  readonly dark: string;
}

/** The rows of the table in the README's Theming section. */
async function themingRows(): Promise<Row[]> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split(/^## Theming$/m)[1]?.split(/^## /m)[0] ?? '';
  expect(section, 'the README has a Theming section').to.not.equal('');
  return [...section.matchAll(/^\| `(--knead-[a-z0-9-]+)` *\|([^|]*)\|([^|]*)\|/gm)].map(
    ([, token, light, dark]) => ({ token: token!, light: light!.trim(), dark: dark!.trim() }),
  );
}

/** The first code span of a cell, if any. */
const code = (cell: string) => /`([^`]+)`/.exec(cell)?.[1];

/** How the styles write a default that is another token: the internal property it feeds. */
const fallbackFor = (value: string) =>
  value.startsWith('--knead-')
    ? [`var(${value}`, `var(--_${value.replace(/^--knead-(color-)?/, '')})`]
    : [value];

describe('README theming', () => {
  let css = '';
  let rows: Row[] = [];
  before(async () => {
    css = stylesText();
    rows = await themingRows();
  });

  it('lists every token the widgets read, once, and no other', () => {
    const read = [...new Set(css.match(/--knead-[a-z0-9-]+/g))].sort();
    const listed = rows.map((row) => row.token);
    expect(listed.length, 'no token listed twice').to.equal(new Set(listed).size);
    expect([...listed].sort()).to.deep.equal(read);
  });

  it('gives the defaults the styles fall back to, in light and dark', () => {
    for (const { token, light, dark } of rows) {
      const [lightValue, darkValue] = [code(light), code(dark)];
      if (lightValue?.startsWith('#')) {
        expect(css, token).to.include(`var(${token}, light-dark(${lightValue}, ${darkValue}))`);
        continue;
      }
      if (!lightValue) continue; // described in words: a mix of other tokens
      expect(dark, `${token}: no dark default of its own`).to.equal('same');
      const written = fallbackFor(lightValue).map((fallback) => `var(${token}, ${fallback}`);
      expect(
        written.some((form) => css.includes(form)),
        `${token} falls back to ${lightValue}`,
      ).to.equal(true);
    }
  });
});
