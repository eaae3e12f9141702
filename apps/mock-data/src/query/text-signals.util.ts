import type { KnowledgeHint } from './query-input';

const STOP = new Set(
  'a an and are as at be by for from has have how in is it of on or show list find get give me my the to was were what when where which who with last past hours hour days day minutes week month count number all any per each'.split(
    ' ',
  ),
);

/** Lower-case words of a name or a phrase: `SigninLogs` → signin, logs; `customer_id` → customer, id. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1);
}

/** A crude singular, so `orders` meets `order` and `sign-ins` meets `signin`. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The content words of a question, singular, without filler. */
export function contentWords(text: string): Set<string> {
  const words = wordsOf(text).filter((word) => !STOP.has(word));
  const out = new Set(words.map(singular));
  // Adjacent pairs written as one word: "sign in" → signin, "log on" → logon.
  for (let i = 0; i + 1 < words.length; i += 1) out.add(singular(`${words[i]}${words[i + 1]}`));
  return out;
}

const FAILURE =
  /\b(fail(ed|ure|ures|ing)?|unsuccessful|denied|rejected|invalid|bad password|lock(ed)? ?out|errors?)\b/i;

/** True when the question asks about failures. */
export function asksForFailures(text: string): boolean {
  return FAILURE.test(text);
}

/** A logon in Windows' own words ("logons to FS01", "who logged on to the DC", "log-on events"). */
const PLAIN_LOGON = /\blog[\s-]?ons?\b|\b(?:logged|logging|logs)\s+on(?:to)?\b/i;

/** Outcomes of a logon other than success that the failure words leave out ("blocked logons"). */
const NOT_ALLOWED = /\b(?:blocked|refused|disallowed)\b/i;

/** True when the question asks about logons and not about failures or blocks: the successful logon events. */
export function asksForLogons(text: string): boolean {
  return PLAIN_LOGON.test(text) && !FAILURE.test(text) && !NOT_ALLOWED.test(text);
}

/** Windows event ids named in a text (4624-4799 security events, 1102, 4104, 7045). */
export function windowsEventIds(text: string): number[] {
  const ids = [...text.matchAll(/\b(4[6-7]\d\d|1102|4104|7045)\b/g)].map((m) => Number(m[1]));
  return [...new Set(ids)];
}

/** Entra (AADSTS) result codes named in a text, as the digits only. */
export function aadstsCodes(text: string): string[] {
  const codes = [...text.matchAll(/\bAADSTS(\d{5,6})\b/gi)].map((m) => m[1]!);
  return [...new Set(codes)];
}

/** The event ids the best knowledge passages mention, with the passages they came from. */
export function eventIdsFromKnowledge(knowledge: readonly KnowledgeHint[], max = 6): { ids: number[]; from: string[] } {
  const ids: number[] = [];
  const from: string[] = [];
  for (const passage of knowledge.slice(0, 2)) {
    const found = windowsEventIds(`${passage.title}\n${passage.text}`).filter((id) => !ids.includes(id));
    if (found.length === 0) continue;
    ids.push(...found.slice(0, max - ids.length));
    from.push(passage.domain ? `${passage.domain}/${passage.id}` : passage.id);
    if (ids.length >= max) break;
  }
  return { ids, from };
}

/**
 * The column a question groups by ("by IP address", "per user", "for each country"), matched
 * against the columns by their words; null when it names none.
 */
export function groupColumnFromQuestion(text: string, columns: readonly string[]): string | null {
  for (const match of text.matchAll(
    /\b(?:by|per|for each|grouped by)\s+([a-z][a-z0-9_-]*(?:\s+[a-z][a-z0-9_-]*)?)/gi,
  )) {
    const words = wordsOf(match[1]!)
      .map(singular)
      .filter((w) => !STOP.has(w) && !['hour', 'day', 'minute', 'week', 'month', 'time'].includes(w));
    if (words.length === 0) continue;
    const joined = words.join('');
    const compact = (column: string) => wordsOf(column).join('');
    const exact = columns.find((column) => compact(column) === joined || compact(column) === words[0]);
    if (exact) return exact;
    const containing =
      columns.find((column) => compact(column).includes(joined)) ??
      columns.find((column) => compact(column).includes(words[0]!));
    if (containing) return containing;
  }
  return null;
}

const SUBJECTS: ReadonlyArray<[RegExp, string]> = [
  [/^(users?|accounts?|identit(y|ies)|people|employees?)$/, 'user'],
  [/^(computers?|hosts?|devices?|machines?|servers?|workstations?|endpoints?)$/, 'host'],
  [/^(ips?|ip addresses|ip address|addresses|sources?)$/, 'ip'],
  [/^(customers?|clients?|buyers?)$/, 'customer'],
  [/^(apps?|applications?)$/, 'app'],
  [/^(process(es)?)$/, 'process'],
  [/^(countr(y|ies))$/, 'country'],
  [/^(ports?)$/, 'port'],
  [/^(domains?)$/, 'domain'],
  [/^(products?)$/, 'product'],
];
const SUBJECT_WORDS =
  'users?|accounts?|identit(?:y|ies)|employees?|computers?|hosts?|devices?|machines?|servers?|workstations?|endpoints?|ip addresses|ips?|sources?|customers?|clients?|buyers?|apps?|applications?|process(?:es)?|countr(?:y|ies)|ports?|domains?|products?';
/** "which hosts", "top 5 users", "which of our retail customers": the entity asked about, one word before it at most. */
const RANKED = new RegExp(
  `\\b(?:which|what|top\\s+\\d+|the\\s+\\d+|\\d+\\s+most\\s+\\w+)\\s+(?:of\\s+(?:our|the|my|your|their|these|those)\\s+)?(?:[a-z-]+\\s+)?(${SUBJECT_WORDS})\\b`,
  'i',
);
/** "in Spain", "from the EU region": where the entity is, said between it and the clause about it. */
const PLACED = String.raw`(?:(?:in|from|at|based\s+in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?`;
const THRESHOLDED = new RegExp(`\\b(${SUBJECT_WORDS})\\s+${PLACED}(?:with|that|who|whose|having|where)\\b`, 'i');

/**
 * The entity a threshold or a top-N is about when the analysis names no grouping: "which users had
 * more than 5 …" → user, "top 10 IP addresses by …" → ip, "hosts with over 20 …" → host, "clients whose
 * orders total …", "clients in Peru that …" → customer.
 */
export function rankedSubject(text: string): string | null {
  const word = (RANKED.exec(text) ?? THRESHOLDED.exec(text))?.[1]?.toLowerCase();
  return word ? subjectOfWord(word) : null;
}

/** The entity a noun names, synonyms included ("clients" → customer, "machines" → host); null for other words. */
export function subjectOfWord(word: string): string | null {
  const lower = word.toLowerCase();
  return SUBJECTS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

const COMBINE =
  /\b(?:join(?:ed|s|ing)?|correlat\w*|cross[- ]?referenc\w*|enrich\w*|match(?:ed|ing)?\s+(?:with|against|to)|together\s+with|along\s+with|combin\w*\s+with|alongside|side\s+by\s+side)\b/i;

/**
 * True when the question asks to put two sources together (join, correlate, enrich…). A planner
 * may flag joins for any question that spans two tables; a single-source question reads one table.
 */
export function asksToCombine(text: string): boolean {
  return COMBINE.test(text);
}
