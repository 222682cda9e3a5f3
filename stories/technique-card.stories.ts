import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, waitFor } from 'storybook/test';
import {
  GOAL_LABELS,
  PRESSURE_LABELS,
  formatSessionLength,
  pressureText,
} from '../src/technique-card/technique-types.js';
import { findTechnique } from '../src/technique-card/built-in-techniques.js';
import * as harness from '../test/harness/technique-card.js';
import {
  clinic,
  darkPage,
  techniqueCard,
  techniqueCardArgTypes,
  type TechniqueCardArgs,
} from './technique-templates.js';

// Every built-in technique and every state of <knead-technique-card>. The docs page's
// description, table and controls come from custom-elements.json (`npm run analyze`).
const meta = {
  title: 'Widgets/Technique card',
  component: 'knead-technique-card',
  render: (args) => techniqueCard(args),
  argTypes: techniqueCardArgTypes,
  args: { bookable: false, highlighted: false, onKneadTechniqueSelect: fn() },
  decorators: [(storyFn) => html`<div style="max-width: 420px">${storyFn()}</div>`],
} satisfies Meta<TechniqueCardArgs>;

export default meta;
type Story = StoryObj<TechniqueCardArgs>;

const story = (text: string) => ({ docs: { description: { story: text } } });

type Card = harness.Card;

/** Opens the card's details as a visitor does, and waits for the select event. */
async function openDetails(card: Card, args: TechniqueCardArgs): Promise<HTMLDetailsElement> {
  await expect(harness.details(card)?.open).toBe(false);
  const details = await harness.openDetails(card);
  await waitFor(() => expect(args.onKneadTechniqueSelect).toHaveBeenCalled());
  await expect(details.open).toBe(true);
  return details;
}

/**
 * One built-in technique, as the catalog has it. The play function checks the card against
 * the catalog entry, then opens the details as a visitor would: description, what it feels
 * like and every caution become visible, and the card fires `knead-technique-select`.
 */
function builtInStory(id: string): Story {
  const technique = findTechnique(id);
  return {
    name: technique?.name ?? id,
    args: { technique: id },
    parameters: story(
      technique
        ? `\`technique="${id}"\`: ${technique.summary}`
        : `\`technique="${id}"\`: not in the built-in catalog yet.`,
    ),
    play: async ({ canvasElement, args }) => {
      const entry = harness.builtIn(id);
      const card = await harness.cardIn(canvasElement);
      await expect(harness.cardName(card)).toBe(entry.name);
      await expect(harness.cardHeading(card)).not.toBeNull();
      await expect(harness.textOf(harness.part(card, 'summary'))).toBe(entry.summary);
      // The pressure in words, and the same level on a native meter for assistive technology.
      await expect(harness.pressureWords(card)).toBe(pressureText(entry));
      await expect(harness.pressureMeter(card)?.value).toBe(entry.pressure);
      // Every built-in technique has a session length (the catalog tests hold it to that).
      await expect(harness.factText(card, 'Session')).toBe(formatSessionLength(entry.duration!));
      await expect(harness.goalNames(card)).toEqual(entry.goals.map((goal) => GOAL_LABELS[goal]));

      const details = await openDetails(card, args);
      await expect(args.onKneadTechniqueSelect).toHaveBeenCalledWith(
        expect.objectContaining({ detail: { id, name: entry.name } }),
      );
      await expect(harness.cautions(card)).toEqual([...entry.cautions]);
      for (const caution of details.querySelectorAll('.cautions li'))
        await expect(caution).toBeVisible();
      // What it is and how it feels, both opened by the disclosure.
      await expect(harness.textOf(details)).toContain(entry.description!);
      await expect(harness.textOf(details)).toContain(entry.feelsLike!);
    },
  };
}

// The built-in catalog, one story per technique

export const Swedish: Story = builtInStory('swedish');
export const DeepTissue: Story = builtInStory('deep-tissue');
export const TriggerPoint: Story = builtInStory('trigger-point');
export const MyofascialRelease: Story = builtInStory('myofascial-release');
export const Sports: Story = builtInStory('sports');
export const Thai: Story = builtInStory('thai');
export const MuscleStripping: Story = builtInStory('muscle-stripping');
export const CrossFiberFriction: Story = builtInStory('cross-fiber-friction');
export const PinAndStretch: Story = builtInStory('pin-and-stretch');

// States

export const Highlighted: Story = {
  args: { technique: 'trigger-point', highlighted: true },
  parameters: story(
    '`highlighted`: a recommended technique (the symptom check sets it) gets a thicker border and a "Recommended" badge, in words, not colour alone.',
  ),
  play: async ({ canvasElement }) => {
    const card = await harness.cardIn(canvasElement);
    await expect(harness.textOf(harness.part(card, 'badge'))).toBe('Recommended');
  },
};

export const Bookable: Story = {
  name: 'Bookable inside a clinic',
  args: { technique: 'deep-tissue' },
  render: (args) =>
    clinic(
      html`<script type="application/json">
          { "services": { "deep-tissue": "deep-60" } }
        </script>
        ${techniqueCard(args)}`,
    ),
  parameters: story(
    "Inside a `<knead-clinic>` whose JSON child maps `deep-tissue` to its service `deep-60`, the card offers a booking button for that service, with the clinic's booking settings. `bookable` shows the button even for a technique the clinic maps to no service.",
  ),
  play: async ({ canvasElement }) => {
    const card = await harness.cardIn(canvasElement);
    const button = await harness.bookingButton(card);
    await expect(button?.bookingUrl).toBe('https://calendly.com/harbour-physio/deep-60');
    await expect(button?.getAttribute('label')).toBe('Book Deep tissue massage');
    await expect(harness.part(card, 'actions')).not.toBeNull();
  },
};

const hotStoneImage = html`<svg
  slot="media"
  role="img"
  aria-label="Three smooth, dark massage stones stacked on a folded towel"
  viewBox="0 0 320 180"
  xmlns="http://www.w3.org/2000/svg"
>
  <rect width="320" height="180" fill="#efe6da" />
  <rect x="40" y="124" width="240" height="34" rx="10" fill="#d7c4ad" />
  <rect x="40" y="124" width="240" height="8" rx="4" fill="#c8b197" />
  <ellipse cx="160" cy="112" rx="78" ry="18" fill="#3b3a38" />
  <ellipse cx="160" cy="84" rx="58" ry="15" fill="#4a4845" />
  <ellipse cx="160" cy="60" rx="40" ry="12" fill="#5b5855" />
  <ellipse cx="146" cy="56" rx="14" ry="3" fill="#7a7671" />
</svg>`;

export const FullyCustom: Story = {
  name: 'Fully custom, in HTML',
  args: {
    name: 'Hot stone massage',
    summary: 'Smooth, heated stones and long, gliding strokes that help tight muscles let go.',
    pressure: '2',
    duration: '75',
    price: '$130',
    goals: ['relaxation', 'stress', 'chronic-tension'],
  },
  render: (args) =>
    techniqueCard(
      args,
      html`${hotStoneImage}
        <p slot="description">
          Your therapist warms smooth basalt stones in water, then uses them as an extension of
          their hands, gliding them along your back and resting them on tight spots. Tell your
          therapist straight away if a stone feels too hot.
        </p>
        <a slot="actions" href="https://harbourphysio.example/treatments/hot-stone"
          >Read more about hot stone massage</a
        >`,
    ),
  parameters: story(
    'A clinic\'s own technique with no built-in id: every field is an attribute, and the `media`, `description` and `actions` slots add a picture, the text inside the details and a link. The picture here is an inline SVG with `role="img"` and an `aria-label`.',
  ),
  play: async ({ canvasElement, args }) => {
    const card = await harness.cardIn(canvasElement);
    await expect(harness.cardName(card)).toBe('Hot stone massage');
    await expect(harness.pressureWords(card)).toBe(PRESSURE_LABELS[2]);
    await expect(harness.factText(card, 'Session')).toBe('75 min');
    await expect(harness.factText(card, 'Price')).toBe('$130');
    await expect(harness.goalNames(card)).toEqual([
      'Relaxation',
      'Stress relief',
      'Chronic tension',
    ]);
    const media = card.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="media"]')!;
    await expect(media.assignedElements()).toHaveLength(1);
    // No clinic maps it and it is not `bookable`: only the clinic's own link.
    await expect(card.bookingButton).toBeNull();
    const actions = card.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]')!;
    await expect(actions.assignedElements().map(harness.textOf)).toEqual([
      'Read more about hot stone massage',
    ]);

    await openDetails(card, args);
    const description = card.querySelector('[slot="description"]');
    await expect(description).toBeVisible();
  },
};

export const WithOverrides: Story = {
  name: 'Built-in technique with overrides',
  args: {
    technique: 'swedish',
    pressure: '3',
    duration: '60',
    price: '$95',
    goals: ['relaxation', 'stress', 'posture'],
  },
  render: (args) =>
    techniqueCard(
      args,
      html`<p>At Harbour Physio every Swedish massage ends with a warm towel for the neck.</p>`,
    ),
  parameters: story(
    '`technique="swedish"` with the clinic\'s own pressure, session length, price and goals. A new pressure level brings its own word (Medium), since the catalog\'s "Light to medium" described the old one. Text inside the element goes under the summary; the description and cautions stay the catalog\'s.',
  ),
  play: async ({ canvasElement }) => {
    const card = await harness.cardIn(canvasElement);
    const swedish = harness.builtIn('swedish');
    await expect(harness.cardName(card)).toBe(swedish.name);
    await expect(harness.pressureWords(card)).toBe(PRESSURE_LABELS[3]);
    await expect(harness.pressureMeter(card)?.value).toBe(3);
    await expect(harness.factText(card, 'Session')).toBe('60 min');
    await expect(harness.factText(card, 'Price')).toBe('$95');
    await expect(harness.goalNames(card)).toEqual([
      'Relaxation',
      'Stress relief',
      'Posture strain',
    ]);
    await expect(harness.cautions(card)).toEqual([...swedish.cautions]);
  },
};

export const UnknownTechnique: Story = {
  // Shows a refusal: its console message is the point, and expected.
  tags: ['expects-console-errors'],
  name: 'Unknown technique',
  args: { technique: 'hot-rocks' },
  argTypes: {
    technique: { control: 'text' },
  },
  parameters: story(
    'A `technique` id that is not built in, and no `name`: the card says so in a note, and the console names the attribute and lists the built-in ids.',
  ),
  play: async ({ canvasElement }) => {
    const card = await harness.cardIn(canvasElement);
    await expect(harness.part(card, 'message')?.getAttribute('role')).toBe('note');
    await expect(harness.cardNote(card)).toBe(
      'Unknown technique “hot-rocks”: there is nothing to show for it.',
    );
    await expect(card.content).toBeUndefined();
    await expect(harness.cardHeading(card)).toBeNull();
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { technique: 'sports', theme: 'dark', highlighted: true },
  decorators: [darkPage],
  parameters: story('`theme="dark"` on a dark page, highlighted.'),
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  args: {
    technique: 'myofascial-release',
    highlighted: true,
    '--knead-color-accent': 'light-dark(#6a3d8f, #d2b6ea)',
    '--knead-card-background': 'light-dark(#fbf8f3, #221d18)',
    '--knead-card-border-color': 'light-dark(#c9bba8, #6b5f50)',
    '--knead-card-radius': '18px',
    '--knead-card-padding': '1.5em',
    '--knead-highlight-color': 'light-dark(#a3461c, #f0a277)',
    '--knead-meter-color': 'light-dark(#a3461c, #f0a277)',
    '--knead-tag-background': 'light-dark(#efe4f6, #3a2a47)',
  },
  render: (args) =>
    techniqueCard(
      args,
      html`<a slot="actions" href="https://harbourphysio.example/treatments/myofascial"
        >Read more about myofascial release</a
      >`,
    ),
  parameters: story(
    "The `--knead-*` custom properties restyle the card to a clinic's brand: accent, background, border, corners, padding, highlight, meter and tag colours. Set them on the card or on any ancestor.",
  ),
  play: async ({ canvasElement }) => {
    const card = await harness.cardIn(canvasElement);
    await expect(getComputedStyle(harness.part(card, 'card')!).borderTopLeftRadius).toBe('18px');
    await expect(getComputedStyle(harness.part(card, 'badge')!).backgroundColor).toBe(
      'rgb(163, 70, 28)',
    );
  },
};
