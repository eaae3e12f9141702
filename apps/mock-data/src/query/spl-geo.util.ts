import type { ConstraintFilter } from './constraints';

/** The field `iplocation` writes a country's English name into. */
const LOOKED_UP_COUNTRY = 'Country';
/** Fields that hold the address an event came from, the likeliest first (the CIM's, then the add-ons'). */
const CALLER_IP_FIELDS = ['src', 'src_ip', 'ClientIP', 'properties.ipAddress', 'sourceIPAddress', 'SourceIp'];
/** A country's ISO code ("RU"): `iplocation` writes names, so only the names a filter holds are compared. */
const COUNTRY_CODE = /^[A-Z]{2,3}$/;

/** A country filter a raw search answers by looking up where its caller's address is. */
export interface CountryLookup {
  /** The pipeline's commands, in order: the lookup, then the test on the country it found. */
  readonly commands: readonly string[];
  /** The field looked up. */
  readonly field: string;
}

/**
 * "sign-ins from Russia or China" on a source with an address but no country field: `iplocation` on the address the
 * event came from, then a test on the country it finds ("outside Germany" keeps the others). Null for another filter,
 * a source with no address field, or a filter that holds only codes.
 */
export function countryLookup(filter: ConstraintFilter, fields: readonly string[]): CountryLookup | null {
  if (filter.kind !== 'country') return null;
  const field = CALLER_IP_FIELDS.find((f) => fields.includes(f));
  const names = filter.values.filter((v) => !COUNTRY_CODE.test(v));
  if (!field || names.length === 0) return null;
  const excluded = filter.operator === 'neq' || filter.operator === 'not_in';
  const list = names.map((n) => `"${n.replace(/["\\]/g, '\\$&')}"`).join(', ');
  return {
    commands: [`iplocation ${field}`, `search ${excluded ? 'NOT ' : ''}${LOOKED_UP_COUNTRY} IN (${list})`],
    field,
  };
}
