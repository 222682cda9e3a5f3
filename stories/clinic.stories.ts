import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import type { KneadClinic } from '../src/clinic/clinic.js';
import { PROVIDER_IDS } from '../src/booking-button/built-in-providers.js';
import { clinicMarkup, settle, type ClinicArgs } from '../test/harness/clinic.js';
import { renderedButton } from './templates.js';

/** A story's render: the clinic from the controls, around `content`. */
const inClinic = (content: TemplateResult) => (args: ClinicArgs) => clinicMarkup(args, content);

/** The booking URL of the story's button `selector` finds, once the clinic has served it. */
async function bookingUrlOf(canvasElement: HTMLElement, selector?: string) {
  await settle(canvasElement);
  return (await renderedButton(canvasElement, selector)).element.bookingUrl;
}

const text = { control: 'text' } as const;

// <knead-clinic> renders nothing of its own: these stories show booking buttons that take
// their settings from it. The docs come from custom-elements.json.
const meta = {
  title: 'Widgets/Clinic',
  component: 'knead-clinic',
  argTypes: {
    name: text,
    'booking-url': text,
    'booking-provider': {
      control: { type: 'select', labels: { '': '(none)' } },
      options: ['', ...PROVIDER_IDS],
    },
    'booking-account': text,
    phone: text,
    'emergency-number': text,
    theme: {
      control: { type: 'inline-radio', labels: { '': '(page)' } },
      options: ['', 'light', 'dark', 'auto'],
    },
    // Shown by their own stories: one page clinic per page, services from the JSON child.
    page: { control: false },
    services: { control: false },
  },
  args: {
    name: 'Harbour Physio',
    'booking-provider': 'calendly',
    'booking-account': 'harbour-physio',
    phone: '+1 555 0100',
  },
} satisfies Meta<ClinicArgs>;

export default meta;
type Story = StoryObj<ClinicArgs>;

const story = (text: string) => ({ docs: { description: { story: text } } });
const row = 'display: flex; flex-wrap: wrap; gap: 12px; align-items: center';

export const TwoButtons: Story = {
  name: 'Clinic with two booking buttons',
  render: inClinic(
    html`<div style=${row}>
      <knead-booking-button label="Book online"></knead-booking-button>
      <knead-booking-button
        class="popup"
        variant="secondary"
        mode="popup"
        service="60min"
        label="Book a 60-minute massage"
      ></knead-booking-button>
    </div>`,
  ),
  parameters: story(
    'Neither button has settings of its own: both book with the clinic. Change the controls and both follow.',
  ),
  play: async ({ canvasElement }) => {
    await expect(await bookingUrlOf(canvasElement)).toBe('https://calendly.com/harbour-physio');
    await expect(await bookingUrlOf(canvasElement, '.popup')).toBe(
      'https://calendly.com/harbour-physio/60min',
    );
  },
};

export const PageClinic: Story = {
  name: 'Page clinic serving a button outside it',
  render: (args) => html`
    ${clinicMarkup({ ...args, page: true })}
    <p>This button is not inside the clinic; the clinic's <code>page</code> attribute serves it.</p>
    <knead-booking-button label="Book online"></knead-booking-button>
  `,
  parameters: story(
    'For CMS pages where one element cannot wrap every widget: `<knead-clinic page>` serves every widget on the page that no nearer clinic serves. One page clinic per page.',
  ),
  play: async ({ canvasElement }) => {
    await expect(await bookingUrlOf(canvasElement)).toBe('https://calendly.com/harbour-physio');
  },
};

export const Nested: Story = {
  name: 'Nested clinic overrides the outer one',
  render: inClinic(
    html`<div style="display: grid; gap: 16px">
      <div style=${row}>
        <span>Waterfront studio:</span>
        <knead-booking-button class="outer" label="Book at the waterfront"></knead-booking-button>
      </div>
      ${clinicMarkup(
        {
          name: 'Harbour Physio North Shore',
          'booking-provider': 'jane',
          'booking-account': 'harbourphysio-northshore',
        },
        html`<div style=${row}>
          <span>North Shore studio:</span>
          <knead-booking-button class="inner" label="Book at North Shore"></knead-booking-button>
        </div>`,
      )}
    </div>`,
  ),
  parameters: story(
    'A widget takes the settings of its nearest clinic: the inner clinic books with Jane, the outer one with Calendly.',
  ),
  play: async ({ canvasElement }) => {
    await expect(await bookingUrlOf(canvasElement, '.outer')).toBe(
      'https://calendly.com/harbour-physio',
    );
    await expect(await bookingUrlOf(canvasElement, '.inner')).toBe(
      'https://harbourphysio-northshore.janeapp.com/',
    );
  },
};

export const JsonServices: Story = {
  name: 'Services from a JSON child',
  render: inClinic(
    html`<script type="application/json">
        { "services": { "deep-tissue": "deep-60" } }
      </script>
      <p>
        This clinic maps the technique <code>deep-tissue</code> to its booking service
        <code>deep-60</code>, for the technique widgets to book the right service.
      </p>
      <knead-booking-button service="deep-60" label="Book a deep tissue massage">
      </knead-booking-button>`,
  ),
  parameters: story(
    'A technique-to-service map goes in an inline `<script type="application/json">` child; a bad entry is dropped with one console message.',
  ),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<KneadClinic>('knead-clinic')!;
    await expect(element.services).toEqual({ 'deep-tissue': 'deep-60' });
    await expect(await bookingUrlOf(canvasElement)).toBe(
      'https://calendly.com/harbour-physio/deep-60',
    );
  },
};
