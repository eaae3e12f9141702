import type { QueryInput } from './query-input';

/** Vendors whose logs a question may name as its source, each with the words that name it. */
const PRODUCT_SOURCES: ReadonlyArray<readonly [string, RegExp]> = [
  ['Okta', /\bokta\b/i],
  ['CrowdStrike', /\bcrowd\s?strike\b|\bfalcon\b/i],
  ['Palo Alto', /\bpalo\s?alto\b|\bpan-?os\b/i],
  ['Zscaler', /\bzscaler\b/i],
  ['Fortinet', /\bforti(?:net|gate)\b/i],
  ['Cisco', /\bcisco\b/i],
  ['Duo', /\bduo\s+(?:security|logs?|auth\w*|mfa|push)\b/i],
  ['Google Workspace', /\bgoogle\s+workspace\b|\bg\s?suite\b/i],
  ['GCP', /\bgcp\b|\bgoogle\s+cloud\b/i],
  ['GitHub', /\bgithub\b/i],
  ['Cloudflare', /\bcloudflare\b/i],
  ['SentinelOne', /\bsentinel\s?one\b|\bs1\s+agent\b/i],
  ['Proofpoint', /\bproofpoint\b/i],
  ['Mimecast', /\bmimecast\b/i],
];

/** A schema's text in lower case without spaces, read once per schema object. */
const SCHEMA_TEXT = new WeakMap<object, string>();

function schemaText(schema: object): string {
  let text = SCHEMA_TEXT.get(schema);
  if (text === undefined) {
    text = JSON.stringify(schema).toLowerCase().replace(/\s+/g, '');
    SCHEMA_TEXT.set(schema, text);
  }
  return text;
}

/** After a vendor's name, words that make it an application signed in to ("the Okta app"), not a source of logs. */
const APPLICATION_AFTER = /^\s*(?:app|apps|application|applications|tile|sso\s+app)\b/i;

/** Whether a vendor is named as a value (a filter's value, an application signed in to), not as a source. */
function saidAsValue(input: QueryInput, pattern: RegExp): boolean {
  const m = pattern.exec(input.naturalLanguage);
  if (m && APPLICATION_AFTER.test(input.naturalLanguage.slice(m.index + m[0].length, m.index + m[0].length + 24)))
    return true;
  return (input.constraints?.filters ?? []).some((f) => f.values.some((v) => pattern.test(v)));
}

/**
 * Notes for the vendors the question names as a source that the schema holds no data of ("failed logins in Okta
 * or CloudTrail" where no index, sourcetype or table is Okta's): the query cannot read them, and says so rather
 * than dropping them silently. A vendor named as a filter's value is no source.
 */
export function unheldProductNotes(input: QueryInput, schema: object): string[] {
  const text = input.naturalLanguage;
  const notes: string[] = [];
  for (const [product, pattern] of PRODUCT_SOURCES) {
    if (!pattern.test(text) || saidAsValue(input, pattern)) continue;
    const word = product.toLowerCase().replace(/\s+/g, '');
    if (schemaText(schema).includes(word)) continue;
    notes.push(`no ${product} source in the schema: ${product} is not searched, only the sources the query reads`);
  }
  return notes;
}
