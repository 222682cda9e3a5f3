import { LitElement, html } from 'lit';
import { consume } from '@lit/context';
import { state } from 'lit/decorators.js';
import { clinicContext, type ClinicSettings } from '../../src/clinic/clinic-context.js';

/** A minimal widget that shows what clinic settings reach it, as a real widget would get them. */
export class ClinicProbe extends LitElement {
  @consume({ context: clinicContext, subscribe: true })
  @state()
  settings?: ClinicSettings;

  override render() {
    return html`${this.settings?.name ?? 'no clinic'}`;
  }
}
if (!customElements.get('clinic-probe')) customElements.define('clinic-probe', ClinicProbe);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-probe': ClinicProbe;
  }
}
