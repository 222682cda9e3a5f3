import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { clinicMarkup } from '../test/harness/clinic.js';
import { renderedButton } from '../test/harness/booking-button.js';
import {
  TO_OUTCOME,
  headingOf,
  outcomeOf,
  renderedCheck,
  walk,
} from './symptom-check-templates.js';

/**
 * A small clinic landing page built from the existing elements only: one `<knead-clinic>`
 * with the booking settings around the page (and, in its JSON child, which service each
 * technique books), booking buttons where the page wants them, the clinic's booking calendar
 * inline (loaded only when the visitor asks), the back-pain symptom check (whose result, where
 * massage suits, offers the clinic's booking button), the guided home-exercise timer, and a
 * filterable list of the techniques the clinic offers. The page's own styles stand in for a
 * clinic's website theme.
 */
const meta = {
  title: 'Pages/Clinic page',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const services = [
  {
    name: 'Sports massage',
    text: 'Targeted work on the muscles your training leans on, with stretches to take home. Good before a race or after a heavy week.',
    length: '45 min',
    price: '$95',
    service: 'sports-45',
  },
  {
    name: 'Deep tissue massage',
    text: 'Slow, firm pressure for knots that have settled in. We agree on the pressure first and check in as we go.',
    length: '60 min',
    price: '$115',
    service: 'deep-tissue-60',
  },
  {
    name: 'Prenatal massage',
    text: 'Side-lying and fully supported, for the aches that come with the second and third trimester.',
    length: '60 min',
    price: '$110',
    service: 'prenatal-60',
  },
  {
    name: 'Physiotherapy assessment',
    text: 'A thorough look at how you move, a clear explanation of what we find, and a plan you can follow between visits.',
    length: '50 min',
    price: '$125',
    service: 'physio-assessment-50',
  },
];

const styles = html`<style>
  .hp-page {
    --knead-color-accent: light-dark(#1f5f78, #8fcde6);
    font-family: 'Segoe UI', system-ui, sans-serif;
    line-height: 1.6;
    color: #1c2630;
    background: #f5f8f9;
    min-height: 100vh;
  }
  .hp-page a {
    color: #1f5f78;
  }
  .hp-header,
  .hp-footer {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    align-items: center;
    justify-content: space-between;
    padding: 16px 40px;
    background: #ffffff;
  }
  .hp-header {
    border-bottom: 1px solid #d9e3e7;
  }
  .hp-name {
    margin: 0;
    font-size: 22px;
    font-weight: 700;
  }
  .hp-name span {
    font-weight: 400;
    color: #4b5b66;
  }
  .hp-hero {
    padding: 56px 40px 40px;
    max-width: 760px;
  }
  .hp-hero h2 {
    margin: 0 0 12px;
    font-size: 38px;
    line-height: 1.2;
  }
  .hp-hero p {
    margin: 0 0 24px;
    font-size: 18px;
    color: #3c4a55;
  }
  .hp-services {
    padding: 0 40px 48px;
  }
  .hp-services h2 {
    font-size: 26px;
    margin: 0 0 16px;
  }
  .hp-services ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    gap: 16px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .hp-services li {
    display: flex;
    flex-direction: column;
    gap: 8px;
    padding: 20px;
    border: 1px solid #d9e3e7;
    border-radius: 12px;
    background: #ffffff;
  }
  .hp-services h3 {
    margin: 0;
    font-size: 19px;
  }
  .hp-services p {
    margin: 0;
  }
  .hp-services knead-booking-button {
    align-self: flex-start;
  }
  .hp-price {
    margin-top: auto !important;
    font-weight: 600;
  }
  .hp-book,
  .hp-check,
  .hp-exercises,
  .hp-tips {
    padding: 0 40px 48px;
  }
  .hp-tips knead-self-care-tips {
    max-width: 44em;
  }
  .hp-book {
    max-width: 760px;
  }
  .hp-book h2,
  .hp-check h2,
  .hp-exercises h2,
  .hp-tips h2 {
    font-size: 26px;
    margin: 0 0 8px;
  }
  .hp-book > p,
  .hp-check > p,
  .hp-exercises > p,
  .hp-tips > p {
    margin: 0 0 20px;
    max-width: 680px;
    color: #3c4a55;
  }
  .hp-techniques {
    padding: 0 40px 48px;
  }
  .hp-techniques h2 {
    font-size: 26px;
    margin: 0 0 8px;
  }
  .hp-techniques > p {
    margin: 0 0 20px;
    max-width: 680px;
    color: #3c4a55;
  }
  .hp-techniques knead-technique-list {
    --knead-list-min-column: 280px;
    --knead-card-radius: 12px;
    --knead-card-border-color: #d9e3e7;
  }
  .hp-footer {
    border-top: 1px solid #d9e3e7;
    font-size: 15px;
  }
  .hp-footer p {
    margin: 0;
  }
</style>`;

/** The clinic around the whole page: its booking settings and phone. */
const HARBOUR = {
  name: 'Harbour Physio & Massage',
  'booking-provider': 'calendly',
  'booking-account': 'harbour-physio',
  phone: '+1 (250) 555-0187',
};

const page = () => html`
  ${styles}
  ${clinicMarkup(
    HARBOUR,
    html`<script type="application/json">
        { "services": { "sports": "sports-45", "deep-tissue": "deep-tissue-60" } }
      </script>
      <div class="hp-page">
        <header class="hp-header">
          <h1 class="hp-name">Harbour Physio <span>&amp; Massage</span></h1>
          <knead-booking-button
            variant="secondary"
            label="Book online"
            utm-source="clinic-site"
            utm-medium="header"
          ></knead-booking-button>
        </header>

        <main>
          <section class="hp-hero" aria-labelledby="hp-hero-title">
            <h2 id="hp-hero-title">Feel at home in your body again</h2>
            <p>
              Registered massage therapists and physiotherapists working side by side, five minutes
              from the ferry terminal. Early and evening appointments, direct billing to most
              insurers, and time to talk before every treatment.
            </p>
            <knead-booking-button
              mode="popup"
              service="first-visit-60"
              utm-source="clinic-site"
              utm-medium="hero"
              label="Book your first visit"
            ></knead-booking-button>
          </section>

          <section class="hp-services" aria-labelledby="hp-services-title">
            <h2 id="hp-services-title">Treatments and prices</h2>
            <ul>
              ${services.map(
                (item) =>
                  html`<li>
                    <h3>${item.name}</h3>
                    <p>${item.text}</p>
                    <p class="hp-price">${item.length} · ${item.price}</p>
                    <knead-booking-button
                      variant="link"
                      mode="popup"
                      service=${item.service}
                      label=${`Book ${item.name.toLowerCase()}`}
                    ></knead-booking-button>
                  </li>`,
              )}
            </ul>
          </section>

          <section class="hp-book" aria-labelledby="hp-book-title">
            <h2 id="hp-book-title">Book online</h2>
            <p>
              See the times that are free and book here on the page. The calendar is Calendly’s, and
              it loads only when you ask for it.
            </p>
            <knead-booking-frame utm-source="clinic-site" utm-medium="inline"></knead-booking-frame>
          </section>

          <section class="hp-check" aria-labelledby="hp-check-title">
            <h2 id="hp-check-title">Sore back? Check what might help</h2>
            <p>
              Answer a few questions privately, in your browser. We will tell you if you should see
              a doctor first, and if massage suits you, which techniques and home exercises may
              help.
            </p>
            <knead-symptom-check heading-level="3"></knead-symptom-check>
          </section>

          <section class="hp-exercises" aria-labelledby="hp-exercises-title">
            <h2 id="hp-exercises-title">Home exercises for your back</h2>
            <p>
              Six gentle exercises our physiotherapists often give. The timer walks you through each
              one; turn on beeps or spoken cues if you would rather not watch the screen.
            </p>
            <knead-exercise-timer heading-level="3"></knead-exercise-timer>
          </section>

          <section class="hp-tips" aria-labelledby="hp-tips-title">
            <h2 id="hp-tips-title">Between sessions</h2>
            <p>A few simple habits that many of our clients find helpful.</p>
            <knead-self-care-tips
              heading-level="3"
              tips="heat-cold water stretching posture gentle-exercise"
            ></knead-self-care-tips>
          </section>

          <section class="hp-techniques" aria-labelledby="hp-techniques-title">
            <h2 id="hp-techniques-title">Which massage is right for you?</h2>
            <p>
              Filter by what you would like help with, or by how firm you like it. The ones we
              recommend for desk-work neck and shoulder tension are marked, and we agree on the
              pressure with you at every visit.
            </p>
            <knead-technique-list
              filter
              techniques="swedish deep-tissue trigger-point myofascial-release sports"
              highlight="deep-tissue trigger-point"
              label="Massage techniques we offer"
            ></knead-technique-list>
          </section>
        </main>

        <footer class="hp-footer">
          <p>Harbour Physio &amp; Massage · 48 Quayside Lane, Unit 2</p>
          <p>Questions? Call <a href="tel:+12505550187">+1 (250) 555-0187</a></p>
        </footer>
      </div>`,
  )}
`;

export const ClinicPage: Story = {
  name: 'Clinic page',
  render: page,
};

export const CheckSuggestsMassage: Story = {
  name: 'Clinic page: a check that suggests massage',
  render: page,
  parameters: {
    docs: {
      description: {
        story:
          "The same page after a visitor has walked through the symptom check to its muscle-pain result: the recommended techniques (deep tissue books the clinic's `deep-tissue-60` service) and the clinic's booking button.",
      },
    },
  },
  play: async ({ canvasElement }) => {
    const { element, shadow } = await renderedCheck(canvasElement);
    await walk(element, TO_OUTCOME['muscular']!);
    await expect(headingOf(element)).toBe(outcomeOf('muscular').title);
    const button = await renderedButton(shadow);
    await expect(button.bookingUrl).toBe('https://calendly.com/harbour-physio');
  },
};
