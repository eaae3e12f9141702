import english from 'i18n-iso-countries/langs/en.json';

/**
 * Countries a question is likely to name, with their ISO 3166-1 alpha-2 codes (sign-in logs hold
 * the code, business tables the name). Keys are lower case; aliases point at the same entry.
 * Compact on purpose: the world's ~250 names would mostly add false friends ("Chad", "Jordan"); the others are in
 * {@link WORLD_COUNTRY_BY_NAME}, read more strictly.
 */
const COUNTRIES: ReadonlyArray<readonly [name: string, code: string, aliases?: readonly string[]]> = [
  ['United States', 'US', ['usa', 'u.s.', 'u.s.a.', 'united states of america', 'us']],
  ['United Kingdom', 'GB', ['uk', 'u.k.', 'great britain', 'britain', 'england']],
  ['Canada', 'CA'],
  ['Mexico', 'MX'],
  ['Brazil', 'BR'],
  ['Argentina', 'AR'],
  ['Chile', 'CL'],
  ['Colombia', 'CO'],
  ['Peru', 'PE'],
  ['Venezuela', 'VE'],
  ['Germany', 'DE'],
  ['France', 'FR'],
  ['Spain', 'ES'],
  ['Portugal', 'PT'],
  ['Italy', 'IT'],
  ['Netherlands', 'NL', ['holland', 'the netherlands']],
  ['Belgium', 'BE'],
  ['Switzerland', 'CH'],
  ['Austria', 'AT'],
  ['Ireland', 'IE'],
  ['Denmark', 'DK'],
  ['Norway', 'NO'],
  ['Sweden', 'SE'],
  ['Finland', 'FI'],
  ['Iceland', 'IS'],
  ['Poland', 'PL'],
  ['Czech Republic', 'CZ', ['czechia']],
  ['Slovakia', 'SK'],
  ['Hungary', 'HU'],
  ['Romania', 'RO'],
  ['Bulgaria', 'BG'],
  ['Greece', 'GR'],
  ['Turkey', 'TR', ['türkiye', 'turkiye']],
  ['Ukraine', 'UA'],
  ['Belarus', 'BY'],
  ['Russia', 'RU', ['russian federation']],
  ['Estonia', 'EE'],
  ['Latvia', 'LV'],
  ['Lithuania', 'LT'],
  ['Serbia', 'RS'],
  ['Croatia', 'HR'],
  ['Israel', 'IL'],
  ['Iran', 'IR'],
  ['Iraq', 'IQ'],
  ['Syria', 'SY'],
  ['Saudi Arabia', 'SA'],
  ['United Arab Emirates', 'AE', ['uae']],
  ['Qatar', 'QA'],
  ['Egypt', 'EG'],
  ['Morocco', 'MA'],
  ['Nigeria', 'NG'],
  ['Kenya', 'KE'],
  ['South Africa', 'ZA'],
  ['Ethiopia', 'ET'],
  ['Ghana', 'GH'],
  ['India', 'IN'],
  ['Pakistan', 'PK'],
  ['Bangladesh', 'BD'],
  ['China', 'CN', ['prc']],
  ['Hong Kong', 'HK'],
  ['Taiwan', 'TW'],
  ['Japan', 'JP'],
  ['South Korea', 'KR', ['korea', 'republic of korea']],
  ['North Korea', 'KP', ['dprk']],
  ['Vietnam', 'VN', ['viet nam']],
  ['Thailand', 'TH'],
  ['Malaysia', 'MY'],
  ['Singapore', 'SG'],
  ['Indonesia', 'ID'],
  ['Philippines', 'PH'],
  ['Australia', 'AU'],
  ['New Zealand', 'NZ'],
  ['Kazakhstan', 'KZ'],
];

export interface Country {
  readonly name: string;
  readonly code: string;
}

/** Lower-case name or alias → the country. */
export const COUNTRY_BY_NAME: ReadonlyMap<string, Country> = new Map(
  COUNTRIES.flatMap(([name, code, aliases = []]) =>
    [name.toLowerCase(), ...aliases].map((key) => [key, { name, code }] as const),
  ),
);

/**
 * Codes that are also words or acronyms written in capitals ("IT", "HR", "CA", "AD", "IS", "NO", "ID", "MA", "SA",
 * "AT", "BE", "IN", "BY", "ET"): never read as a country.
 */
const CODES_THAT_ARE_WORDS = new Set(['IT', 'HR', 'CA', 'IS', 'NO', 'ID', 'MA', 'SA', 'AT', 'BE', 'IN', 'BY', 'ET']);

/** An ISO code in capitals → the country ("RU", "CN"), save codes that are also words. */
export const COUNTRY_BY_CODE: ReadonlyMap<string, Country> = new Map(
  COUNTRIES.filter(([, code]) => !CODES_THAT_ARE_WORDS.has(code)).map(
    ([name, code]) => [code, { name, code }] as const,
  ),
);

/** Longest name first, for one alternation. */
export const COUNTRY_NAMES: readonly string[] = [...COUNTRY_BY_NAME.keys()].sort((a, b) => b.length - a.length);

/**
 * Adjectives of the countries above ("Dutch shoppers", "Polish IPs"), lower case, to the country's
 * name. Read only before a noun of people, records or traffic: most also name a language.
 */
const DEMONYMS: ReadonlyArray<readonly [adjective: string, country: string]> = [
  ['american', 'United States'],
  ['british', 'United Kingdom'],
  ['canadian', 'Canada'],
  ['mexican', 'Mexico'],
  ['brazilian', 'Brazil'],
  ['argentinian', 'Argentina'],
  ['argentine', 'Argentina'],
  ['german', 'Germany'],
  ['french', 'France'],
  ['spanish', 'Spain'],
  ['portuguese', 'Portugal'],
  ['italian', 'Italy'],
  ['dutch', 'Netherlands'],
  ['belgian', 'Belgium'],
  ['swiss', 'Switzerland'],
  ['austrian', 'Austria'],
  ['irish', 'Ireland'],
  ['danish', 'Denmark'],
  ['norwegian', 'Norway'],
  ['swedish', 'Sweden'],
  ['finnish', 'Finland'],
  ['polish', 'Poland'],
  ['czech', 'Czech Republic'],
  ['hungarian', 'Hungary'],
  ['romanian', 'Romania'],
  ['greek', 'Greece'],
  ['turkish', 'Turkey'],
  ['ukrainian', 'Ukraine'],
  ['russian', 'Russia'],
  ['israeli', 'Israel'],
  ['iranian', 'Iran'],
  ['saudi', 'Saudi Arabia'],
  ['emirati', 'United Arab Emirates'],
  ['egyptian', 'Egypt'],
  ['nigerian', 'Nigeria'],
  ['kenyan', 'Kenya'],
  ['south african', 'South Africa'],
  ['indian', 'India'],
  ['pakistani', 'Pakistan'],
  ['chinese', 'China'],
  ['taiwanese', 'Taiwan'],
  ['japanese', 'Japan'],
  ['south korean', 'South Korea'],
  ['north korean', 'North Korea'],
  ['vietnamese', 'Vietnam'],
  ['thai', 'Thailand'],
  ['singaporean', 'Singapore'],
  ['indonesian', 'Indonesia'],
  ['filipino', 'Philippines'],
  ['australian', 'Australia'],
];

/** Lower-case adjective → the country. */
export const COUNTRY_BY_ADJECTIVE: ReadonlyMap<string, Country> = new Map(
  DEMONYMS.map(([adjective, name]) => [adjective, COUNTRY_BY_NAME.get(name.toLowerCase())!] as const),
);

/** An ISO short name said in prose: letters, spaces, apostrophes and hyphens (not "Korea, Republic of", "(Malvinas)"). */
const PROSE_COUNTRY_NAME = /^[\p{L}][\p{L} '’.-]*$/u;
/** ISO names that are also names of US states ("Georgia"): which one a question means is not said. */
const NAMES_OF_STATES: ReadonlySet<string> = new Set(['georgia']);

/**
 * The world's other countries by their ISO 3166-1 English names (the `i18n-iso-countries` list): lower-case name →
 * the country, named by its first ISO name. Read only written capitalised after a place word ("customers based in
 * Cyprus", "from Malta or Cyprus"): there a name that is also a word or a given name is the country.
 */
export const WORLD_COUNTRY_BY_NAME: ReadonlyMap<string, Country> = new Map(
  Object.entries(english.countries).flatMap(([code, said]) => {
    const names = (typeof said === 'string' ? [said] : said).filter(
      (name) => PROSE_COUNTRY_NAME.test(name) && !NAMES_OF_STATES.has(name.toLowerCase()),
    );
    if (names.length === 0 || COUNTRIES.some(([, known]) => known === code)) return [];
    const country: Country = { name: names[0]!, code };
    return names.map((name) => [name.toLowerCase(), country] as const);
  }),
);

/** The ISO names of {@link WORLD_COUNTRY_BY_NAME} as written (capitalised), longest first, for one alternation. */
export const WORLD_COUNTRY_NAMES: readonly string[] = Object.values(english.countries)
  .flatMap((said) => (typeof said === 'string' ? [said] : said))
  .filter((name) => WORLD_COUNTRY_BY_NAME.has(name.toLowerCase()))
  .sort((a, b) => b.length - a.length);
