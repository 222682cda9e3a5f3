import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { careRoute, type CareRoute } from '../shared/care-route.js';
import { languagesAround } from '../shared/languages.js';
import { visitorTimeZone } from '../shared/time-zone.js';
import { reportOnce } from '../shared/log.js';

/** What the host knows that decides the numbers. */
export interface CareSettings {
  /** The element's own `emergency-number`. */
  readonly own?: string | undefined;
  /** Its clinic's `emergency-number` and language. */
  readonly clinic?:
    | { readonly emergencyNumber?: string | undefined; readonly locale?: string | undefined }
    | undefined;
  /** True while its clinic is still on its way: nothing to tell the page yet. */
  readonly clinicPending?: boolean;
}

type Zones = (timeZone: string) => string | undefined;
let zones: Zones | undefined;
let zonesLoading: Promise<void> | undefined;

/**
 * Keeps a widget's emergency number and advice line current (see care-route.ts for the
 * order), loads the time zone table only when nothing nearer says where the visitor is, and
 * tells the page once about a setting it should fix.
 */
export class CareController implements ReactiveController {
  /** The numbers to show. Until the table loads: "your local emergency number". */
  route: CareRoute = { invalid: [] };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settings: () => CareSettings,
  ) {
    host.addController(this);
  }

  /** The table's loading, while this host waits for it (for `updateComplete`). */
  get loading(): Promise<void> | undefined {
    return this.route.needsTimeZones ? zonesLoading : undefined;
  }

  hostUpdate(): void {
    const { own, clinic, clinicPending } = this.settings();
    this.route = careRoute({
      own,
      clinic: clinic?.emergencyNumber,
      languages: languagesAround(this.host, clinic?.locale),
      timeZone: visitorTimeZone(),
      regionOfTimeZone: zones,
    });
    if (this.route.needsTimeZones) {
      // A table that fails to load leaves the number unknown: "your local emergency number".
      zonesLoading ??= import('../shared/time-zone-region.js').then(
        (module) => void (zones = module.regionOfTimeZone),
        () => void (zones = () => undefined),
      );
      void zonesLoading.then(() => this.host.requestUpdate());
      return;
    }
    if (!clinicPending) this.report();
  }

  private report(): void {
    const { host, route } = this;
    for (const { setting, value } of route.invalid) {
      const where = setting === 'own' ? 'emergency-number' : '<knead-clinic> emergency-number';
      reportOnce(host, where, value, 'not a phone number; ignored');
    }
    if (!route.emergency) {
      reportOnce(
        host,
        'emergency-number',
        '',
        'the emergency number for this visitor is unknown (no region in lang, time zone not in the table), so visitors are told to call their local emergency number; set emergency-number on <knead-clinic>',
        'warn',
      );
    }
  }
}
