/** The self-care tips as a page writes them, for the element tests. */
import { fixture } from '@open-wc/testing';
import { tipsIn, type Tips } from '../harness/self-care-tips.js';
import { captureReports } from '../helpers/console.js';

/** `markup` (HTML with one `<knead-self-care-tips>`) on the page, settled. */
export async function tipsPage(markup: string): Promise<Tips> {
  const holder = await fixture<HTMLElement>(`<div>${markup}</div>`);
  return tipsIn(holder);
}

/** `tipsPage`, with the console's errors and warnings (silenced) while it renders. */
export async function tipsWithReports(
  markup: string,
): Promise<{ el: Tips; errors: string[]; warnings: string[] }> {
  let el!: Tips;
  const { errors, warnings } = await captureReports(async () => {
    el = await tipsPage(markup);
  });
  return { el, errors, warnings };
}

/**
 * An inline JSON child holding `value` (text as it is, anything else as JSON, with `</` as
 * `<\/`, as a page must write it inside a script element).
 */
export const jsonChild = (value: unknown): string =>
  `<script type="application/json">${
    typeof value === 'string' ? value : JSON.stringify(value).replaceAll('</', '<\\/')
  }</script>`;
