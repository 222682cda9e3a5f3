/**
 * Where to call for medical help, by region (ISO 3166 code): the emergency number, and the
 * health advice line for "urgent but not an emergency" where the region has one nationwide.
 * Pure data. A wrong number in an emergency is worse than none, so a region is listed only
 * with a source for it (docs/content-sources.md, "Emergency numbers and advice lines");
 * anywhere else the visitor is told to call their local emergency number, with no digits.
 */

/** A health advice line for urgent problems that are not emergencies. */
export interface AdviceLine {
  /** What to dial. */
  readonly number: string;
  /** The service's name, as people there know it. */
  readonly name: string;
  /** Where it does not cover the whole region, which parts it does. */
  readonly coverage?: string;
  /** Time zones of the region where it is not available (e.g. Nunavut for 811). */
  readonly notIn?: readonly string[];
}

/** How to reach medical help in one region. */
export interface RegionCare {
  readonly emergency: string;
  readonly advice?: AdviceLine;
}

/** The 27 EU member states: 112 works from any phone in each of them. */
const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK';
/** EEA members outside the EU, and Switzerland, where 112 works as well. */
const EEA_AND_CH = 'IS LI NO CH';

const EMERGENCY_112: RegionCare = { emergency: '112' };

export const CARE_BY_REGION: Readonly<Record<string, RegionCare>> = {
  ...Object.fromEntries(`${EU} ${EEA_AND_CH}`.split(' ').map((code) => [code, EMERGENCY_112])),
  GB: {
    emergency: '999',
    advice: {
      number: '111',
      name: 'NHS 111',
      coverage: 'NHS 24 in Scotland; not in Northern Ireland',
    },
  },
  US: { emergency: '911' },
  CA: {
    emergency: '911',
    advice: {
      number: '811',
      name: 'the provincial health line',
      coverage: 'in most provinces and territories',
      // Nunavut's time zones: 811 was not confirmed there (docs/content-sources.md).
      notIn: [
        'America/Iqaluit',
        'America/Pangnirtung',
        'America/Rankin_Inlet',
        'America/Resolute',
        'America/Cambridge_Bay',
      ],
    },
  },
  MX: { emergency: '911' },
  AU: { emergency: '000', advice: { number: '1800 022 222', name: 'healthdirect' } },
  NZ: { emergency: '111', advice: { number: '0800 611 116', name: 'Healthline' } },
};
