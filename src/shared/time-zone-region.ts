/**
 * The region of a visitor's time zone, among the regions we know care numbers for. Its own
 * module, loaded only when nothing nearer (a number the page set, a region in `lang`) says
 * where the visitor is: the table is most of its weight.
 */
import { TIME_ZONES_BY_REGION } from './time-zone-regions.js';

let zoneRegions: Map<string, string> | undefined;

export function regionOfTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  zoneRegions ??= new Map(
    Object.entries(TIME_ZONES_BY_REGION).flatMap(([region, zones]) =>
      zones.split(' ').map((zone) => [zone, region] as const),
    ),
  );
  return zoneRegions.get(timeZone);
}
