import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { captureConsole } from '../helpers/console.js';
import { stubTimeZone } from '../helpers/time-zone.js';

/**
 * Frameworks set properties, not attributes: React 19 sets `emergencyNumber={911}` as a
 * number and `exercises={['bridge']}` as an array. Text properties given such values must
 * never throw out of an element: numbers count as their digits, lists as their words.
 */

async function render(template: unknown): Promise<{ host: HTMLElement; errors: string[] }> {
  let host!: HTMLElement;
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  window.addEventListener('error', onError);
  try {
    const errors = await captureConsole('error', async () => {
      host = await fixture<HTMLElement>(html`<div>${template}</div>`);
      for (const el of host.querySelectorAll('*'))
        await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    });
    return { host, errors: [...errors, ...uncaught] };
  } finally {
    window.removeEventListener('error', onError);
  }
}

const shadowText = (el: Element | null) =>
  (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('text properties given numbers or lists', () => {
  let restore: () => void;
  beforeEach(() => (restore = stubTimeZone('Etc/UTC')));
  afterEach(() => restore());

  it('a clinic emergency number of 911 (a number) is used, and the check still starts', async () => {
    const { host, errors } = await render(
      html`<knead-clinic .emergencyNumber=${911}
        ><knead-symptom-check></knead-symptom-check
      ></knead-clinic>`,
    );
    const check = host.querySelector('knead-symptom-check')!;
    await check.updateComplete;
    expect(errors.filter((error) => !error.includes('knead-widgets:'))).to.deep.equal([]);
    expect(check.shadowRoot!.querySelector('[part~="call"]')?.getAttribute('href')).to.equal(
      'tel:911',
    );
    check.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await check.updateComplete;
    expect(check.shadowRoot!.querySelector('form'), 'the first question').to.not.equal(null);
  });

  it("the check's own emergency number as a number", async () => {
    const { host, errors } = await render(
      html`<knead-symptom-check .emergencyNumber=${112}></knead-symptom-check>`,
    );
    const check = host.querySelector('knead-symptom-check')!;
    expect(errors).to.deep.equal([]);
    expect(check.shadowRoot!.querySelector('[part~="call"]')?.getAttribute('href')).to.equal(
      'tel:112',
    );
  });

  it('a list of techniques as an array', async () => {
    const { host, errors } = await render(
      html`<knead-technique-list
        .techniques=${['swedish', 'thai'] as unknown as string}
      ></knead-technique-list>`,
    );
    const list = host.querySelector('knead-technique-list')!;
    expect(errors).to.deep.equal([]);
    expect(list.shadowRoot!.querySelectorAll('knead-technique-card')).to.have.length(2);
  });

  it('a timer subset as an array', async () => {
    const { host, errors } = await render(
      html`<knead-exercise-timer
        .exercises=${['bridge'] as unknown as string}
      ></knead-exercise-timer>`,
    );
    expect(errors).to.deep.equal([]);
    expect(shadowText(host.querySelector('knead-exercise-timer'))).to.include('Bridge');
  });

  it('a card with a number for its name and an array of goals', async () => {
    const { host, errors } = await render(
      html`<knead-technique-card
        .name=${7 as unknown as string}
        .goals=${['relaxation'] as unknown as string}
      ></knead-technique-card>`,
    );
    expect(errors).to.deep.equal([]);
    expect(shadowText(host.querySelector('knead-technique-card'))).to.include('7');
  });

  it('a booking label and a clinic name as numbers', async () => {
    const { host, errors } = await render(
      html`<knead-clinic .name=${42 as unknown as string} booking-url="https://example.com/book"
        ><knead-booking-button .label=${5 as unknown as string}></knead-booking-button
      ></knead-clinic>`,
    );
    expect(errors).to.deep.equal([]);
    expect(shadowText(host.querySelector('knead-booking-button'))).to.include('5');
  });
});
