import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn } from 'storybook/test';
import {
  BUILT_IN_TECHNIQUES,
  BUILT_IN_TECHNIQUE_IDS,
} from '../src/technique-card/built-in-techniques.js';
import * as harness from '../test/harness/technique-list.js';
import {
  clinic,
  cssProperties,
  darkPage,
  techniqueList,
  techniqueListArgTypes,
  withoutCssProperties,
  type TechniqueListArgs,
} from './technique-templates.js';

// The built-in catalog, a chosen few, a clinic's own list, filters and highlights in
// <knead-technique-list>. Docs, table and controls come from custom-elements.json.
const meta = {
  title: 'Widgets/Technique list',
  component: 'knead-technique-list',
  render: (args) => techniqueList(args),
  argTypes: techniqueListArgTypes,
  args: {
    filter: false,
    'highlight-first': false,
    bookable: false,
    onKneadTechniqueSelect: fn(),
  },
} satisfies Meta<TechniqueListArgs>;

export default meta;
type Story = StoryObj<TechniqueListArgs>;

const story = (text: string) => ({ docs: { description: { story: text } } });

export const AllTechniques: Story = {
  name: 'All techniques',
  parameters: story(
    'With no attributes, the list shows every built-in technique, in catalog order, as full cards in a responsive grid.',
  ),
  play: async ({ canvasElement }) => {
    const list = await harness.listIn(canvasElement);
    await expect(harness.cardIds(list)).toEqual([...BUILT_IN_TECHNIQUE_IDS]);
    await expect(harness.part(list, 'list')?.getAttribute('aria-label')).toBe('Massage techniques');
  },
};

const total = BUILT_IN_TECHNIQUES.length;
const relaxing = BUILT_IN_TECHNIQUES.filter((technique) => technique.goals.includes('relaxation'));

export const WithFilters: Story = {
  name: 'With filters',
  args: { filter: true },
  parameters: story(
    '`filter`: toggle buttons for what a technique is good for and for pressure ("or" within a group, "and" between groups). The count is a polite live region; "Clear filters" puts focus on the group of filters (not on a chip, which a held key would turn back on).',
  ),
  play: async ({ canvasElement }) => {
    const list = await harness.listIn(canvasElement);
    await expect(harness.part(list, 'count')?.getAttribute('role')).toBe('status');
    await expect(harness.countLine(list)).toBe(`Showing all ${total} techniques`);

    await expect(harness.pressedChipNames(list)).toEqual([]);
    await harness.toggleChip(list, 'Relaxation');
    await expect(harness.pressedChipNames(list)).toEqual(['Relaxation']);
    await expect(harness.countLine(list)).toBe(`Showing ${relaxing.length} of ${total} techniques`);
    await expect(harness.visibleCardIds(list)).toEqual(relaxing.map((technique) => technique.id));

    await harness.clearFilters(list);
    await expect(harness.countLine(list)).toBe(`Showing all ${total} techniques`);
    await expect(harness.pressedChipNames(list)).toEqual([]);
    await expect(list.shadowRoot!.activeElement).toBe(harness.part(list, 'filters'));

    // Leave the story showing a filtered list.
    await harness.toggleChip(list, 'Relaxation');
    await expect(harness.visibleCardIds(list)).toHaveLength(relaxing.length);
  },
};

export const Chosen: Story = {
  name: 'Chosen techniques',
  args: { techniques: 'swedish deep-tissue thai' },
  parameters: story(
    '`techniques="swedish deep-tissue thai"`: only these, in this order. An unknown id is skipped with one console message.',
  ),
  play: async ({ canvasElement }) => {
    const list = await harness.listIn(canvasElement);
    await expect(harness.cardIds(list)).toEqual(['swedish', 'deep-tissue', 'thai']);
  },
};

export const HighlightedFirst: Story = {
  name: 'Highlighted first',
  args: { highlight: 'trigger-point myofascial-release', 'highlight-first': true, filter: true },
  parameters: story(
    '`highlight` marks recommended techniques (for instance from the symptom check); `highlight-first` moves them to the front, in the order `highlight` gives.',
  ),
  play: async ({ canvasElement }) => {
    const list = await harness.listIn(canvasElement);
    const cards = list.cards;
    await expect(harness.cardIds(list).slice(0, 2)).toEqual([
      'trigger-point',
      'myofascial-release',
    ]);
    await expect(cards.map((card) => card.highlighted)).toEqual(
      cards.map((_card, index) => index < 2),
    );
    await expect(harness.textOf(harness.part(cards[0]!, 'badge'))).toBe('Recommended');
  },
};

export const ClinicOwnList: Story = {
  name: "Clinic's own list (JSON)",
  args: { filter: true },
  render: (args) =>
    techniqueList(
      args,
      html`<script type="application/json">
        [
          "swedish",
          {
            "id": "hot-stone",
            "name": "Hot stone massage",
            "summary": "Smooth, heated stones and long, gliding strokes that help tight muscles let go.",
            "description": "Your therapist warms smooth basalt stones in water, then glides them along your back and rests them on tight spots.",
            "pressure": 2,
            "goals": ["relaxation", "stress", "chronic-tension"],
            "feelsLike": "Warm, heavy and soothing, like a heat pack that moves.",
            "cautions": ["Tell your therapist straight away if a stone feels too hot."],
            "duration": 75,
            "price": "$130"
          },
          "deep-tissue",
          "sports"
        ]
      </script>`,
    ),
  parameters: story(
    "A clinic's own list in an inline JSON child: built-in ids and whole technique objects, mixed, in the clinic's order. The filters offer only the goals and pressures in this list.",
  ),
  play: async ({ canvasElement }) => {
    const list = await harness.listIn(canvasElement);
    await expect(harness.cardIds(list)).toEqual(['swedish', 'hot-stone', 'deep-tissue', 'sports']);
    await expect(list.items.map((technique) => technique.name)).toContain('Hot stone massage');
    await expect(harness.factText(list.cards[1]!, 'Price')).toBe('$130');
  },
};

export const Bookable: Story = {
  name: 'Bookable inside a clinic',
  args: { techniques: 'swedish deep-tissue sports thai', bookable: true },
  render: (args) =>
    clinic(
      html`<script type="application/json">
          {
            "services": { "swedish": "swedish-60", "deep-tissue": "deep-60", "sports": "sports-45" }
          }
        </script>
        ${techniqueList(args)}`,
    ),
  parameters: story(
    "Inside a `<knead-clinic>`: each card books the service its JSON child maps to the technique. With `bookable`, a technique with no service (Thai here) still gets a button, for the clinic's booking page.",
  ),
  play: async ({ canvasElement }) => {
    const list = await harness.listIn(canvasElement);
    const bookingUrl = async (id: string) =>
      (await harness.bookingButton(list.cards.find((card) => card.technique === id)!))?.bookingUrl;
    await expect(await bookingUrl('deep-tissue')).toBe(
      'https://calendly.com/harbour-physio/deep-60',
    );
    await expect(await bookingUrl('thai')).toBe('https://calendly.com/harbour-physio');
  },
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  args: {
    filter: true,
    highlight: 'sports',
    '--knead-color-accent': 'light-dark(#8a3b12, #f4b08a)',
    '--knead-chip-background': 'light-dark(#fff4ec, #2e1d12)',
    '--knead-chip-pressed-background': 'light-dark(#6b2c0b, #f4b08a)',
    '--knead-list-gap': '28px',
    '--knead-list-min-column': '320px',
    '--knead-tag-background': 'light-dark(#fbe9dc, #3d2616)',
    '--knead-card-radius': '14px',
  },
  render: (args) =>
    html`<div class="clinic-theme" style=${cssProperties(args) ?? ''}>
      ${techniqueList(withoutCssProperties(args))}
    </div>`,
  parameters: story(
    "The `--knead-*` custom properties on a wrapper (a clinic's theme, say) reach the list and every card inside: accent, chip backgrounds, the gap between cards and the narrowest column, and the cards' own tokens.",
  ),
  play: async ({ canvasElement }) => {
    const list = await harness.listIn(canvasElement);
    await expect(getComputedStyle(harness.part(list, 'list')!).rowGap).toBe('28px');
    await expect(getComputedStyle(harness.chip(list, 'Relaxation')).backgroundColor).toBe(
      'rgb(255, 244, 236)',
    );
  },
};

export const Narrow: Story = {
  name: 'Narrow container (one column)',
  args: { filter: true, techniques: 'swedish deep-tissue trigger-point' },
  decorators: [(storyFn) => html`<div style="width: 320px">${storyFn()}</div>`],
  parameters: story(
    'In a 320px wide container (a sidebar, a phone), the grid has one column: columns follow the space the list gets, not the window.',
  ),
  play: async ({ canvasElement }) => {
    const list = await harness.listIn(canvasElement);
    const columns = getComputedStyle(harness.part(list, 'list')!).gridTemplateColumns;
    await expect(columns.split(' ')).toHaveLength(1);
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', filter: true, highlight: 'swedish' },
  decorators: [darkPage],
  parameters: story('`theme="dark"` on a dark page: the list and every card inside follow it.'),
};
