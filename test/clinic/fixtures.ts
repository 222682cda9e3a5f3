/** Set-ups the clinic tests share. */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import { captureConsole } from '../helpers/console.js';
import { settle } from '../harness/clinic.js';

/** Runs `run`, lets the page settle, and returns every console error and warning meanwhile. */
export async function consoleDuring(run: () => unknown): Promise<string[]> {
  let errors: string[] = [];
  const warnings = await captureConsole('warn', async () => {
    errors = await captureConsole('error', async () => {
      await run();
      await settle();
    });
  });
  return [...errors, ...warnings];
}

/** Renders an app's page and lets it settle: the page, its first clinic and first button. */
export async function renderApp(template: TemplateResult): Promise<{
  page: HTMLElement;
  clinic: KneadClinic;
  button: KneadBookingButton;
}> {
  const page = await fixture<HTMLElement>(template);
  await settle();
  return {
    page,
    clinic: page.querySelector('knead-clinic')!,
    button: page.querySelector('knead-booking-button')!,
  };
}
