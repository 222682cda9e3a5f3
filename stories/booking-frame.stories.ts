import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import { KneadBookingFrame } from '../src/booking-frame/booking-frame.js';
import { FRAME_MESSAGES, type FrameMessages } from '../src/booking-frame/frame-messages.js';
import french from '../src/booking-frame/languages/fr.js';
import spanish from '../src/booking-frame/languages/es.js';
import { offer, renderedButton } from '../test/harness/booking-button.js';
import {
  CALENDLY,
  frameState,
  postFromFrame,
  showCalendar,
} from '../test/harness/booking-frame.js';
import { clinicMarkup } from '../test/harness/clinic.js';
import { present } from '../test/harness/dom.js';
import { darkPage } from './technique-templates.js';
import { attr, bookingButtonArgTypes, cssProperties, rendered } from './templates.js';

// Every state of <knead-booking-frame>. The docs page's description, table and controls come
// from custom-elements.json (`npm run analyze`): the element's JSDoc.
//
// No story loads anything of the provider's until its play function presses "Show the
// booking calendar", as a visitor would. The network is offline in CI, so a loaded frame
// never says it is ready: the loading and failed stories set `KneadBookingFrame.readyTimeout`
// (and put it back afterwards), and the ready story forges the message Calendly's page posts.
//
// The states' play functions come from `frameStory`, which Storybook's indexer cannot read,
// so the stories are not tagged play-fn and scripts/check-stories.js runs them in French and
// Spanish too; they read the texts of the toolbar's language, so they pass in all three.

/** Args of `<knead-booking-frame>`, named as its attributes (as custom-elements.json does). */
interface BookingFrameArgs {
  provider?: string;
  account?: string;
  service?: string;
  href?: string;
  'utm-source'?: string;
  'utm-medium'?: string;
  'utm-campaign'?: string;
  autoload?: boolean;
  theme?: 'light' | 'dark' | 'auto' | '';
  /** Actions for the events in custom-elements.json. */
  onKneadBookingOpen?: (event: Event) => void;
  onKneadBookingClick?: (event: Event) => void;
  onKneadBookingComplete?: (event: Event) => void;
  /** The `@cssprop` tokens, set on the element when given a value. */
  [cssProperty: `--${string}`]: string | undefined;
}

/** `<knead-booking-frame>` with every arg as an attribute. */
function bookingFrame(args: BookingFrameArgs): TemplateResult {
  return html`<knead-booking-frame
    provider=${attr(args.provider)}
    account=${attr(args.account)}
    service=${attr(args.service)}
    href=${attr(args.href)}
    utm-source=${attr(args['utm-source'])}
    utm-medium=${attr(args['utm-medium'])}
    utm-campaign=${attr(args['utm-campaign'])}
    theme=${attr(args.theme)}
    ?autoload=${args.autoload ?? false}
    style=${ifDefined(cssProperties(args))}
    @knead-booking-click=${args.onKneadBookingClick}
    @knead-booking-complete=${args.onKneadBookingComplete}
  ></knead-booking-frame>`;
}

/** The settings the frame shares with the booking button, and so the button's controls. */
const SHARED = [
  'provider',
  'account',
  'service',
  'href',
  'utm-source',
  'utm-medium',
  'utm-campaign',
  'theme',
] as const;
const bookingArgTypes = Object.fromEntries(
  SHARED.map((name) => [name, bookingButtonArgTypes[name]]),
);

const meta = {
  title: 'Widgets/Booking frame',
  component: 'knead-booking-frame',
  render: (args) => bookingFrame(args),
  argTypes: {
    ...bookingArgTypes,
    autoload: { control: 'boolean' },
  },
  args: {
    provider: 'calendly',
    account: 'harbour-physio',
    service: '60min',
    autoload: false,
    onKneadBookingClick: fn(),
    onKneadBookingComplete: fn(),
  },
  // The width of a page's content column.
  decorators: [(storyFn) => html`<div style="max-width: 760px">${storyFn()}</div>`],
} satisfies Meta<BookingFrameArgs>;

export default meta;
type Story = StoryObj<BookingFrameArgs>;

const story = (description: string) => ({ docs: { description: { story: description } } });

/** What the frame says in the toolbar's language. */
const WORDS: Readonly<Record<string, FrameMessages>> = {
  en: FRAME_MESSAGES,
  fr: french.frame,
  es: spanish.frame,
};
const wordsOf = (context: StoryContext<BookingFrameArgs>): FrameMessages =>
  WORDS[(context.globals['locale'] as string | undefined) ?? 'en'] ?? FRAME_MESSAGES;

/** The story's frame once it has rendered (its placeholder, or the button it shows instead). */
async function renderedFrame(canvasElement: HTMLElement): Promise<KneadBookingFrame> {
  const { element } = await rendered<KneadBookingFrame>(canvasElement, 'knead-booking-frame');
  // A French or Spanish table arrives before the first render; wait for that render.
  await waitFor(() => expect(present(element.shadowRoot!.querySelector('*'))).toBe(true));
  return element;
}

/** Sets how long a frame has to say it is ready, for one story, and puts it back after. */
const readyWithin = (ms: number) => () => {
  const before = KneadBookingFrame.readyTimeout;
  KneadBookingFrame.readyTimeout = ms;
  return () => {
    KneadBookingFrame.readyTimeout = before;
  };
};

/** A story whose play function drives the frame (see the top of the file for why a factory). */
const frameStory = (
  description: string,
  play: (element: KneadBookingFrame, words: FrameMessages) => Promise<void>,
  extra: Story = {},
): Story => ({
  parameters: story(description),
  ...extra,
  play: async (context) => play(await renderedFrame(context.canvasElement), wordsOf(context)),
});

// States

export const Placeholder: Story = frameStory(
  'Before the visitor asks: nothing of Calendly\'s loads. The placeholder names the provider, says it may set cookies and links its privacy policy; "Open booking in a new tab" is always there.',
  async (element, words) => {
    const shown = frameState(element);
    await expect(shown.placeholder).toContain(words.intro('Calendly'));
    await expect(shown.privacy).toBe('https://calendly.com/legal/privacy-notice');
    await expect(shown.src).toBeUndefined();
    await expect(shown.newTab).toBe('https://calendly.com/harbour-physio/60min');
  },
);

export const Loading: Story = frameStory(
  'After "Show the booking calendar": the booking page loads in the frame and "Loading…" is announced. Here it never says it is ready (no network in CI; the wait is set to an hour for this story).',
  async (element, words) => {
    await showCalendar(element);
    const { src, status, frameShown } = frameState(element);
    await expect(status).toBe(words.loading);
    await expect(frameShown).toBe(true);
    await expect(`${src?.origin}${src?.pathname}`).toBe(
      'https://calendly.com/harbour-physio/60min',
    );
    await expect(src?.searchParams.get('embed_domain')).toBe(location.host);
  },
  { beforeEach: readyWithin(60 * 60 * 1000) },
);

export const Ready: Story = frameStory(
  "The booking page has said it is ready (Calendly's `calendly.event_type_viewed`, from calendly.com and from this frame only): the status is cleared. The message is forged here, since nothing loads in CI.",
  async (element) => {
    await showCalendar(element);
    await postFromFrame(element, CALENDLY.origin, CALENDLY.viewed);
    await expect(frameState(element)).toMatchObject({ status: '', frameShown: true });
  },
  { beforeEach: readyWithin(60 * 60 * 1000) },
);

export const Failed: Story = frameStory(
  'The booking page did not say it was ready in time (here 300 ms; 15 s by default): blocked by the browser, a broken network. The frame is hidden, the message says so, and the visitor can try again or book in a new tab.',
  async (element, words) => {
    await showCalendar(element);
    await waitFor(() => expect(frameState(element).status).toBe(words.failed), { timeout: 5000 });
    await expect(frameState(element)).toMatchObject({
      frameShown: false,
      retry: true,
      newTab: 'https://calendly.com/harbour-physio/60min',
    });
  },
  { beforeEach: readyWithin(300) },
);

export const RefusedProvider: Story = frameStory(
  'Jane does not allow its pages in a frame: the element shows a booking button that opens a new tab instead, and the console warns once.',
  async (element) => {
    const button = await renderedButton(element.shadowRoot!);
    await expect(offer(button)).toMatchObject({
      href: 'https://harbourphysio.janeapp.com/',
      newTab: true,
    });
  },
  {
    name: 'Refused: provider does not allow framing',
    args: { provider: 'jane', account: 'harbourphysio', service: '' },
  },
);

export const InsideClinic: Story = frameStory(
  "With no settings of its own, the frame books with the nearest `<knead-clinic>`: Calendly, account harbour-physio. Once shown, the frame's title names the clinic.",
  async (element, words) => {
    const shown = frameState(element);
    await expect(shown.placeholder).toContain(words.intro('Calendly'));
    await expect(shown.newTab).toBe('https://calendly.com/harbour-physio');
  },
  {
    name: 'Inside a clinic',
    args: { provider: '', account: '', service: '' },
    render: (args) =>
      clinicMarkup(
        {
          name: 'Harbour Physio',
          'booking-provider': 'calendly',
          'booking-account': 'harbour-physio',
        },
        bookingFrame(args),
      ),
  },
);

// Providers and themes

export const CalCom: Story = {
  name: 'Cal.com',
  args: { provider: 'cal', account: 'harbour-physio', service: 'massage-60' },
  parameters: story("Cal.com's placeholder, with its privacy policy."),
};

export const Acuity: Story = {
  args: { provider: 'acuity', account: '12345', service: '678' },
  parameters: story(
    'Acuity Scheduling posts nothing a page can rely on: its frame keeps a fixed height (`--knead-frame-height`) and counts as ready once loaded.',
  ),
};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: story('`theme="dark"` on a dark page.'),
};
