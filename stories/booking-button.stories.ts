import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { callLink, control, offer, refusal } from '../test/harness/booking-button.js';
import { clinicMarkup } from '../test/harness/clinic.js';
import {
  bookingButton,
  bookingButtonArgTypes,
  renderedButton,
  type BookingButtonArgs,
} from './templates.js';

// Every mode and state of <knead-booking-button>. The docs page's description, table and
// controls come from custom-elements.json (`npm run analyze`): the element's JSDoc.
const meta = {
  title: 'Widgets/Booking button',
  component: 'knead-booking-button',
  render: (args) => bookingButton(args),
  argTypes: bookingButtonArgTypes,
  args: { mode: 'new-tab', variant: 'primary', disabled: false },
} satisfies Meta<BookingButtonArgs>;

export default meta;
type Story = StoryObj<BookingButtonArgs>;

const story = (text: string) => ({ docs: { description: { story: text } } });

/** The link a story's button will open, or fail with why it cannot book. */
async function bookingUrlOf(canvasElement: HTMLElement): Promise<string> {
  const { element } = await renderedButton(canvasElement);
  const url = element.bookingUrl;
  if (!url) throw new Error(`the button cannot book: ${refusal(element)}`);
  return url;
}

/** What the story's button offers a visitor (harness `offer`), once it has rendered. */
const offered = async (canvasElement: HTMLElement) =>
  offer((await renderedButton(canvasElement)).element);

// Modes

export const Default: Story = {
  args: { href: 'https://booking.example.com/harbour-physio' },
  parameters: story('Any https booking page, opened in a new tab (the default mode).'),
  play: async ({ canvasElement }) => {
    const { element } = await renderedButton(canvasElement);
    await expect(offer(element)).toMatchObject({ role: 'link', newTab: true });
    await expect(control(element).getAttribute('rel')).toBe('noopener');
  },
};

export const SameTab: Story = {
  args: { href: 'https://booking.example.com/harbour-physio', mode: 'same-tab' },
  parameters: story('`mode="same-tab"`: a plain link in the same tab.'),
};

export const Popup: Story = {
  args: { provider: 'calendly', account: 'harbour-physio', service: '60min', mode: 'popup' },
  parameters: story(
    '`mode="popup"` with a provider that allows framing: the booking page opens in a modal dialog over the page.',
  ),
  play: async ({ canvasElement }) => {
    await expect(await offered(canvasElement)).toMatchObject({ role: 'button', popup: true });
  },
};

export const PopupFallsBackToNewTab: Story = {
  // The console warns that `popup` was ignored: a warning, not an error.
  name: 'Popup, provider refuses framing',
  args: { provider: 'jane', account: 'harbourphysio', mode: 'popup' },
  parameters: story(
    'Jane does not allow its pages in a frame, so `mode="popup"` falls back to a new tab, and the console warns once.',
  ),
  play: async ({ canvasElement }) => {
    await expect(await offered(canvasElement)).toMatchObject({
      href: 'https://harbourphysio.janeapp.com/',
      newTab: true,
    });
  },
};

// Providers

export const Noterro: Story = {
  args: { provider: 'noterro', account: 'harbourphysio' },
  parameters: story('Noterro: the clinic subdomain as `account`.'),
};

export const Jane: Story = {
  args: { provider: 'jane', account: 'harbourphysio' },
  parameters: story('Jane: the clinic subdomain as `account`.'),
};

export const Calendly: Story = {
  args: { provider: 'calendly', account: 'harbour-physio', service: '60min' },
  parameters: story('Calendly: the user or team slug as `account`, an event type as `service`.'),
  play: async ({ canvasElement }) => {
    await expect(await bookingUrlOf(canvasElement)).toBe(
      'https://calendly.com/harbour-physio/60min',
    );
  },
};

export const CalCom: Story = {
  name: 'Cal.com',
  args: { provider: 'cal', account: 'harbour-physio', service: 'massage-60' },
  parameters: story('Cal.com: the user or team slug as `account`, an event type as `service`.'),
};

export const Acuity: Story = {
  args: { provider: 'acuity', account: '12345', service: '678' },
  parameters: story(
    'Acuity Scheduling: the numeric owner id as `account`, an appointment type id as `service`.',
  ),
  play: async ({ canvasElement }) => {
    await expect(await bookingUrlOf(canvasElement)).toBe(
      'https://app.acuityscheduling.com/schedule.php?owner=12345&appointmentType=678',
    );
  },
};

export const Square: Story = {
  args: {
    provider: 'square',
    href: 'https://book.squareup.com/appointments/abc123/location/XYZ/services',
  },
  parameters: story(
    'Square Appointments has no documented link pattern: paste the booking link as `href`; it must be on a Square host.',
  ),
};

export const Fresha: Story = {
  args: { provider: 'fresha', href: 'https://www.fresha.com/a/harbour-physio-massage-x7k2q9' },
  parameters: story(
    'Fresha has no documented link pattern: paste the booking link as `href`; it must be on a Fresha host.',
  ),
};

export const Vagaro: Story = {
  args: { provider: 'vagaro', account: 'harbourphysio' },
  parameters: story('Vagaro: the business URL name as `account`.'),
};

export const Mindbody: Story = {
  args: { provider: 'mindbody', account: '123456' },
  parameters: story('Mindbody: the numeric studio id as `account`.'),
};

// Variants and states

export const Primary: Story = {
  args: { href: 'https://booking.example.com/harbour-physio', variant: 'primary' },
};

export const Secondary: Story = {
  args: { href: 'https://booking.example.com/harbour-physio', variant: 'secondary' },
};

export const Link: Story = {
  args: { href: 'https://booking.example.com/harbour-physio', variant: 'link' },
};

export const Disabled: Story = {
  args: { href: 'https://booking.example.com/harbour-physio', disabled: true },
  parameters: story('`disabled`: shown, but does not book.'),
};

export const RefusedUnsafeUrl: Story = {
  // Shows a refusal: its console message is the point, and expected.
  tags: ['expects-console-errors'],
  name: 'Refused: unsafe URL',
  args: { href: 'javascript:alert(1)' },
  parameters: story(
    'An unsafe link is never followed: the button is disabled, says why, and the console names the attribute once.',
  ),
  play: async ({ canvasElement }) => {
    const { element } = await renderedButton(canvasElement);
    await expect(element.bookingUrl).toBeUndefined();
    await expect(offer(element)).toMatchObject({ role: 'button', disabled: true });
    await expect(refusal(element)).toContain('not a safe web address');
  },
};

export const RefusedLookAlikeHost: Story = {
  // Shows a refusal: its console message is the point, and expected.
  tags: ['expects-console-errors'],
  name: 'Refused: look-alike host',
  args: { provider: 'calendly', href: 'https://calendly.com.evil.example/x' },
  parameters: story(
    "With a provider, `href` must be on that provider's own hosts: `calendly.com.evil.example` is not calendly.com.",
  ),
  play: async ({ canvasElement }) => {
    const { element } = await renderedButton(canvasElement);
    await expect(element.bookingUrl).toBeUndefined();
  },
};

export const NotConfigured: Story = {
  // Shows a refusal: its console message is the point, and expected.
  tags: ['expects-console-errors'],
  args: {},
  parameters: story(
    'No `href`, no provider, no clinic: the button explains that online booking is not set up yet.',
  ),
};

export const ProgressiveEnhancement: Story = {
  name: 'Fallback link (progressive enhancement)',
  render: (args) =>
    bookingButton(args, html`<a href="https://example.com/book">Book a massage</a>`),
  parameters: story(
    'A plain `<a href>` inside works before JavaScript; once defined, the element upgrades it and keeps its link and text.',
  ),
  play: async ({ canvasElement }) => {
    await expect(await offered(canvasElement)).toMatchObject({
      role: 'link',
      href: 'https://example.com/book',
      name: 'Book a massage, opens in a new tab',
    });
  },
};

export const SlottedLabel: Story = {
  name: 'Label via slot',
  args: { href: 'https://booking.example.com/harbour-physio' },
  render: (args) => bookingButton(args, 'Book a 60-minute massage'),
  parameters: story('Without `label`, the text inside the element is the button text.'),
};

export const Utm: Story = {
  name: 'UTM parameters',
  args: {
    href: 'https://booking.example.com/harbour-physio',
    'utm-source': 'clinic-site',
    'utm-medium': 'hero',
    'utm-campaign': 'spring-relief',
  },
  parameters: story(
    '`utm-source`, `utm-medium` and `utm-campaign` are added to the booking URL for analytics.',
  ),
  play: async ({ canvasElement }) => {
    const url = new URL(await bookingUrlOf(canvasElement));
    await expect(url.searchParams.get('utm_source')).toBe('clinic-site');
    await expect(url.searchParams.get('utm_medium')).toBe('hero');
    await expect(url.searchParams.get('utm_campaign')).toBe('spring-relief');
  },
};

export const DarkTheme: Story = {
  args: { href: 'https://booking.example.com/harbour-physio', theme: 'dark' },
  decorators: [
    (storyFn) =>
      html`<div style="background: #111a18; color: #e8efed; padding: 24px; border-radius: 8px">
        ${storyFn()}
      </div>`,
  ],
  parameters: story('`theme="dark"` on a dark page.'),
};

const clinic = (content: unknown) =>
  clinicMarkup(
    {
      name: 'Harbour Physio',
      'booking-provider': 'calendly',
      'booking-account': 'harbour-physio',
      phone: '+1 555 0100',
    },
    content,
  );

export const InsideClinic: Story = {
  name: 'Inside a clinic',
  render: (args) => clinic(bookingButton(args)),
  parameters: story(
    'With no settings of its own, the button books with the nearest `<knead-clinic>`: here Calendly, account harbour-physio.',
  ),
  play: async ({ canvasElement }) => {
    await expect(await bookingUrlOf(canvasElement)).toBe('https://calendly.com/harbour-physio');
  },
};

export const RefusedInsideClinic: Story = {
  // Shows a refusal: its console message is the point, and expected.
  tags: ['expects-console-errors'],
  name: 'Refused inside a clinic with a phone',
  args: { href: 'javascript:alert(1)' },
  render: (args) => clinic(bookingButton(args)),
  parameters: story(
    "When booking online is not possible, the button offers the clinic's phone number.",
  ),
  play: async ({ canvasElement }) => {
    const { element } = await renderedButton(canvasElement);
    await expect(callLink(element)).toEqual({ text: '+1 555 0100', href: 'tel:+15550100' });
    await expect(refusal(element)).toContain('Please call +1 555 0100 to book.');
  },
};
