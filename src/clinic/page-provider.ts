import { ContextEvent, ContextProvider } from '@lit/context';
import { attachContextRoot, clinicContext, type ClinicSettings } from './clinic-context.js';

/**
 * Serves a clinic's settings to widgets anywhere on the page that no nearer clinic serves:
 * CMS pages cannot always wrap every widget in one element. It listens on the document
 * element, the last stop of every context request, so nested clinics still win.
 */
class PageClinicProvider extends ContextProvider<typeof clinicContext> {
  constructor(value: ClinicSettings) {
    super(document.documentElement, { context: clinicContext, initialValue: value });
    // Widgets that asked before this provider existed are waiting in the context root.
    attachContextRoot();
    this.hostConnected();
  }

  /**
   * Stops serving, and leaves no listener on the document. Once the running script is done
   * (widgets removed with the clinic have let go by then), the widgets still on the page get
   * "no clinic" rather than settings that are gone, and ask again: a page clinic added
   * meanwhile answers at once, a later one through the context root.
   */
  detach(): void {
    this.host.removeEventListener('context-request', this.onContextRequest);
    this.host.removeEventListener('context-provider', this.onProviderRequest);
    queueMicrotask(() => {
      const served = [...this.subscriptions];
      this.clearCallbacks();
      for (const [callback, { disposer, consumerHost }] of served) {
        callback(undefined, disposer);
        consumerHost.dispatchEvent(new ContextEvent(clinicContext, consumerHost, callback, true));
      }
    });
  }
}

/** The connected page clinics in the order they asked, and the provider of the first. */
interface PageClinics {
  readonly offers: Map<Element, ClinicSettings>;
  provider?: PageClinicProvider | undefined;
}

// On globalThis under a shared key, so two copies of the library still keep one page clinic.
// It holds connected clinics only: each leaves it when disconnected.
const KEY = Symbol.for('knead.pageClinics@1');

function pageClinics(): PageClinics {
  const holder = globalThis as { [KEY]?: PageClinics };
  return (holder[KEY] ??= { offers: new Map() });
}

/** The clinic serving the page, if any. */
function serving(page: PageClinics): Element | undefined {
  return page.offers.keys().next().value;
}

/**
 * Offers a connected clinic's settings to the whole page, or updates them. The first clinic
 * offered serves; later ones wait their turn. Returns whether `clinic` serves the page.
 */
export function offerPage(clinic: Element, settings: ClinicSettings): boolean {
  const page = pageClinics();
  page.offers.set(clinic, settings);
  if (serving(page) !== clinic) return false;
  if (page.provider) page.provider.setValue(settings);
  else page.provider = new PageClinicProvider(settings);
  return true;
}

/**
 * Withdraws a clinic from serving the page, at once. The next waiting page clinic takes
 * over; with none, the page's widgets are left with no clinic.
 */
export function withdrawPage(clinic: Element): void {
  const page = pageClinics();
  const wasServing = serving(page) === clinic;
  if (!page.offers.delete(clinic) || !wasServing) return;
  const [next] = page.offers.values();
  if (next) {
    page.provider!.setValue(next);
  } else {
    page.provider!.detach();
    page.provider = undefined;
  }
}

/** Whether `clinic` serves the page now. */
export function servesPage(clinic: Element): boolean {
  return serving(pageClinics()) === clinic;
}
