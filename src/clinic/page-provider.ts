import { ContextProvider } from '@lit/context';
import { clinicContext, type ClinicSettings } from './clinic-context.js';

/**
 * Serves a clinic's settings to widgets anywhere on the page that no nearer clinic serves:
 * CMS pages cannot always wrap every widget in one element. It listens on the document
 * element, the last stop of every context request, so nested clinics still win.
 */
export class PageClinicProvider extends ContextProvider<typeof clinicContext> {
  constructor(value: ClinicSettings) {
    super(document.documentElement, { context: clinicContext, initialValue: value });
    // Widgets that asked before this provider existed are waiting in the context root.
    this.hostConnected();
  }

  /** Stops serving; widgets keep their last settings until another clinic answers. */
  detach(): void {
    this.host.removeEventListener('context-request', this.onContextRequest);
    this.host.removeEventListener('context-provider', this.onProviderRequest);
    this.clearCallbacks();
  }
}
