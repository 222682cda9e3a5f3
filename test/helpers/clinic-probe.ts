import { LitElement, html } from 'lit';
import { ClinicConsumer } from '../../src/clinic/clinic-consumer.js';
import type { ClinicSettings } from '../../src/clinic/clinic-context.js';

/**
 * A minimal widget that shows what clinic settings reach it, as a real widget gets them
 * (through ClinicConsumer): the clinic's name, "no clinic", or "waiting" while its clinic
 * is on the page but not defined yet.
 */
export class ClinicProbe extends LitElement {
  readonly clinic = new ClinicConsumer(this);

  get settings(): ClinicSettings | undefined {
    return this.clinic.settings;
  }

  override render() {
    if (this.clinic.waiting) return html`waiting`;
    return html`${this.settings?.name ?? 'no clinic'}`;
  }
}
if (!customElements.get('clinic-probe')) customElements.define('clinic-probe', ClinicProbe);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-probe': ClinicProbe;
  }
}
