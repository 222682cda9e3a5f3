import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect, waitFor } from 'storybook/test';
import { findTip } from '../src/self-care-tips/built-in-tips.js';
import { TIPS_MESSAGES, type TipsMessages } from '../src/self-care-tips/tips-messages.js';
import type { TipTexts } from '../src/self-care-tips/tip-texts.js';
import french from '../src/self-care-tips/languages/fr.js';
import spanish from '../src/self-care-tips/languages/es.js';
import * as harness from '../test/harness/self-care-tips.js';
import { clinicMarkup } from '../test/harness/clinic.js';
import { darkPage } from './technique-templates.js';
import { attr, cssProperties } from './templates.js';

// Every state of <knead-self-care-tips>. The docs page's description, table and controls
// come from custom-elements.json (`npm run analyze`): the element's JSDoc.
//
// The states' play functions come from `tipsStory`, which Storybook's indexer cannot read,
// so the stories are not tagged play-fn and scripts/check-stories.js runs them in French and
// Spanish too; they read the texts of the toolbar's language, so they pass in all three.

/** Args of `<knead-self-care-tips>`, named as its attributes (as custom-elements.json does). */
interface TipsArgs {
  tips?: string;
  when?: string;
  'heading-level'?: number;
  label?: string;
  theme?: 'light' | 'dark' | 'auto' | '';
  /** A JSON child, as the page writes it (the clinic's own tips). */
  json?: string;
  /** The `@cssprop` tokens, set on the element when given a value. */
  [cssProperty: `--${string}`]: string | undefined;
}

/** `<knead-self-care-tips>` with every arg as an attribute, and the JSON child if any. */
function selfCareTips(args: TipsArgs): TemplateResult {
  return html`<knead-self-care-tips
    tips=${attr(args.tips)}
    when=${attr(args.when)}
    heading-level=${attr(args['heading-level'])}
    label=${attr(args.label)}
    theme=${attr(args.theme)}
    style=${attr(cssProperties(args))}
    >${args.json ? unsafeHTML(`<script type="application/json">${args.json}</script>`) : ''}</knead-self-care-tips
  >`;
}

const meta = {
  title: 'Widgets/Self-care tips',
  component: 'knead-self-care-tips',
  render: (args) => selfCareTips(args),
  argTypes: {
    tips: { control: 'text' },
    when: {
      control: 'select',
      options: ['', 'before-session', 'after-session', 'after-exercise', 'every-day', 'flare-up'],
    },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    json: { control: 'text' },
  },
  // The width of a page's content column.
  decorators: [(storyFn) => html`<div style="max-width: 44em">${storyFn()}</div>`],
} satisfies Meta<TipsArgs>;

export default meta;
type Story = StoryObj<TipsArgs>;

/** What the tips say, and the built-in tips' texts, in the toolbar's language. */
const WORDS: Readonly<Record<string, { text: TipsMessages; tips?: TipTexts }>> = {
  en: { text: TIPS_MESSAGES },
  fr: { text: french.tips, tips: french['tip-texts'] },
  es: { text: spanish.tips, tips: spanish['tip-texts'] },
};
type Words = (typeof WORDS)[string] & { title: (id: string) => string };
const wordsOf = (context: StoryContext<TipsArgs>): Words => {
  const words = WORDS[(context.globals['locale'] as string | undefined) ?? 'en'] ?? WORDS['en']!;
  // As read aloud (harness.textOf): a French narrow no-break space reads as a space.
  const title = (id: string) =>
    (words.tips?.[id as keyof TipTexts]?.title ?? findTip(id)!.title).replace(/\s+/g, ' ');
  return { ...words, title };
};

/** A story whose play function reads the tips in the toolbar's language (see the top). */
const tipsStory = (
  description: string,
  args: TipsArgs,
  play: (element: harness.Tips, words: Words) => Promise<void>,
  extra: Story = {},
): Story => ({
  args,
  parameters: { docs: { description: { story: description } } },
  ...extra,
  play: async (context) => {
    const element = context.canvasElement.querySelector<harness.Tips>('knead-self-care-tips')!;
    await harness.tipsIn(context.canvasElement);
    // A French or Spanish table arrives before the first render; wait for that render.
    await waitFor(() => expect(element.shadowRoot!.children.length).toBeGreaterThan(0));
    await play(element, wordsOf(context));
  },
});

const JSON_TIPS = JSON.stringify([
  'water',
  {
    id: 'warm-bath',
    title: 'A warm bath in the evening',
    text: 'A warm bath before bed may help tight muscles ease.',
    when: ['every-day'],
  },
  {
    id: 'stretching',
    title: 'Our stretching sheet',
    text: 'Ask at the desk for the stretches your therapist chose for you.',
    when: ['after-session'],
  },
]);

// States

export const AllTips: Story = tipsStory(
  'With no attribute: the eight built-in tips, each with when it applies, and the general line under them.',
  {},
  async (element, words) => {
    await expect(harness.titles(element)).toEqual(
      [
        'heat-cold',
        'water',
        'stretching',
        'posture',
        'gentle-exercise',
        'regular-sessions',
        'lifting',
        'pain-relief',
      ].map(words.title),
    );
    await expect(harness.generalLine(element)).toBe(words.text.general.replace(/\s+/g, ' '));
  },
);

export const Picked: Story = tipsStory(
  '`tips="heat-cold water"`: the tips named, in the order named.',
  { tips: 'water heat-cold' },
  async (element, words) => {
    await expect(harness.titles(element)).toEqual(['water', 'heat-cold'].map(words.title));
  },
);

export const AfterSession: Story = tipsStory(
  '`when="after-session"`: the tips for after a session.',
  { when: 'after-session' },
  async (element, words) => {
    await expect(harness.titles(element)).toEqual(
      ['heat-cold', 'water', 'stretching', 'regular-sessions'].map(words.title),
    );
    for (const tip of harness.shownTips(element))
      await expect(tip.moments).toContain(words.text['moment-after-session']);
  },
);

export const AfterExercise: Story = tipsStory(
  '`when="after-exercise"`: what the exercise timer’s closing screen shows (water, and keeping moving), with the titles one heading level down.',
  { when: 'after-exercise', 'heading-level': 4 },
  async (element, words) => {
    await expect(harness.shownTips(element).map((tip) => [tip.title, tip.level])).toEqual([
      [words.title('water'), '4'],
      [words.title('gentle-exercise'), '4'],
    ]);
  },
);

export const FlareUp: Story = tipsStory(
  '`when="flare-up"`: no heavy lifting, and pain relief only as the pack directs.',
  { when: 'flare-up' },
  async (element, words) => {
    await expect(harness.titles(element)).toEqual(['lifting', 'pain-relief'].map(words.title));
  },
);

export const NoTipForTheMoment: Story = tipsStory(
  '`tips="lifting" when="before-session"`: the one tip picked is not for before a session, so the widget says there is no tip for this moment.',
  { tips: 'lifting', when: 'before-session' },
  async (element, words) => {
    await expect(harness.emptyNote(element)).toBe(words.text.noMatch);
  },
);

export const ClinicTips: Story = tipsStory(
  'A clinic’s own list in a JSON child: a built-in id, a tip of its own, and a tip that replaces the built-in stretching tip. The clinic’s own words are shown as written, in every language.',
  { json: JSON_TIPS },
  async (element, words) => {
    await expect(harness.titles(element)).toEqual([
      words.title('water'),
      'A warm bath in the evening',
      'Our stretching sheet',
    ]);
  },
);

export const UnknownIds: Story = tipsStory(
  '`tips="water reiki"`: the unknown id is left out, with one console warning naming it.',
  { tips: 'water reiki' },
  async (element, words) => {
    await expect(harness.titles(element)).toEqual([words.title('water')]);
  },
);

export const NotShown: Story = {
  // Read by the indexer (and so by scripts/check-stories.js) only when written here.
  tags: ['expects-console-errors'],
  ...tipsStory(
    '`tips="reiki"`: no id is known, so the widget says the tips could not be shown (and logs one console error), rather than show tips the page did not ask for.',
    { tips: 'reiki' },
    async (element, words) => {
      await expect(harness.errorNote(element)).toBe(words.text.notShown);
    },
  ),
};

export const MalformedJson: Story = {
  // Read by the indexer (and so by scripts/check-stories.js) only when written here.
  tags: ['expects-console-errors'],
  ...tipsStory(
    'A JSON child that cannot be read: the same note, never the built-in tips in its place, and one console error naming the JSON child.',
    { json: '[ "water", ' },
    async (element, words) => {
      await expect(harness.errorNote(element)).toBe(words.text.notShown);
    },
  ),
};

export const Dark: Story = tipsStory(
  '`theme="dark"` on a dark page.',
  { theme: 'dark', tips: 'heat-cold water posture' },
  async (element, words) => {
    await expect(harness.titles(element)).toEqual(
      ['heat-cold', 'water', 'posture'].map(words.title),
    );
  },
  { decorators: [darkPage] },
);

export const InClinic: Story = tipsStory(
  'Inside a `<knead-clinic theme="dark">` on a light page: the tips follow the clinic’s theme, on their own surface.',
  { tips: 'stretching regular-sessions' },
  async (element, words) => {
    await expect(harness.titles(element)).toEqual(
      ['stretching', 'regular-sessions'].map(words.title),
    );
    await expect(getComputedStyle(harness.part(element, 'panel')!).colorScheme).toBe('dark');
  },
  {
    render: (args) => clinicMarkup({ name: 'Harbour Physio', theme: 'dark' }, selfCareTips(args)),
  },
);

export const Themed: Story = tipsStory(
  'Tokens set on the element: a warm border, a rounder panel and more room inside.',
  {
    tips: 'posture gentle-exercise',
    '--knead-tips-border-color': '#c9b79c',
    '--knead-tips-padding': '1.75em',
    '--knead-radius': '16px',
  },
  async (element) => {
    const panel = getComputedStyle(harness.part(element, 'panel')!);
    await expect(panel.borderTopColor).toBe('rgb(201, 183, 156)');
    await expect(panel.borderTopLeftRadius).toBe('16px');
  },
);
