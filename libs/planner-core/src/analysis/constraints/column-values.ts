import { isStateAskedAbout } from './asked-state';
import { isCurrencyCode, saysMoneyAmount, statusWordValue } from './business-values';
import { FISCAL_YEAR_CODE, fiscalYearValue } from '../fiscal-year.util';
import { isFunctionWord } from './function-words';
import { readNumber } from './number-words.util';
import { saysUnitOfPerson } from './unit-of-person';
import { COUNTRY_BY_ADJECTIVE, COUNTRY_BY_NAME, WORLD_COUNTRY_BY_NAME } from './country-table';
import type { TableColumns } from './column-mapper';
import type { SpanSet, ValueHit } from './value-hit';
import { allMatches } from '../regex-matches.util';

/**
 * What may follow a column's name as its value: a quoted string, a hex code, a number, a capitalised
 * name, or a lower-case name with a hyphen or an underscore ("resource group rg-prod-01").
 */
const VALUE_AFTER =
  /^\s*(?:of\s+|=\s*|is\s+|:\s*)?("[^"\n]{1,120}"|'[^'\n]{1,120}'|0x[0-9A-Fa-f]{1,16}\b|\d{1,9}(?:\.\d+)?\b(?![.:/-]\d)|[A-Z][\w.-]{1,63}\b|[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+\b(?![.@]))/;
/** A comparison and a number after a column's name ("under 20", "of at least 3", ">= 10"). */
const COMPARED_AFTER =
  /^\s*(?:of\s+|is\s+|was\s+)?(more\s+than|greater\s+than|higher\s+than|over|above|exceeding|at\s+least|no\s+less\s+than|less\s+than|lower\s+than|under|below|at\s+most|no\s+more\s+than|>=|<=|>|<)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,12}(?:\.\d+)?)\b(?![.,:/-]\d)/i;
/** Characters after a compared number read for the currency that makes it an amount ("above 2,500 GBP"). */
const MONEY_AFTER_CHARS = 24;

/** "amount above 2,500 GBP": a number written with its currency is an amount, left to the amount reader. */
function comparesMoney(text: string, numberAt: number): boolean {
  return saysMoneyAmount(text.slice(numberAt, numberAt + MONEY_AFTER_CHARS));
}

function comparedOperator(words: string): 'gt' | 'gte' | 'lt' | 'lte' {
  const normal = words.toLowerCase().replace(/\s+/g, ' ');
  if (normal === 'at least' || normal === 'no less than' || normal === '>=') return 'gte';
  if (normal === 'at most' || normal === 'no more than' || normal === '<=') return 'lte';
  if (/^(?:less than|lower than|under|below|<)$/.test(normal)) return 'lt';
  return 'gt';
}
/** A column that keeps a currency's code ("currency", "ccy", "currency_code"). */
const CURRENCY_COLUMN = /curr|ccy/i;
/** Numbers that are no value but a window or a count ("fiscal year 2026" is a value; "year 3 days" is not). */
/** Period abbreviations that read like a code value ("country YTD") but name a window. */
const PERIOD_CODE = /^(?:wtd|mtd|qtd|ytd)$/i;
/** A range of numbers after a column's name, its plural or "from"/"between" ("fiscal months 10-12", "floor 3 to 5"). */
const RANGE_AFTER =
  /^s?\s*(?:of\s+|from\s+|between\s+)?(\d{1,6})\s*(?:-|\u2013|to|through|thru|and)\s*(\d{1,6})\b(?![.:/-]\d)/i;
const UNIT_AFTER = /^\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times?|%|percent)\b/i;

interface ColumnNames {
  /** As a question writes it: `fiscal_year` → "fiscal year", `LogonType` → "logon type". */
  readonly spoken: string;
  readonly lower: string;
  /** Written as an identifier (camelCase, snake_case, dotted): worth looking for verbatim. */
  readonly identifier: boolean;
}

/** Column names seen before (catalogs repeat across requests), bounded: cleared when full. */
const NAMES = new Map<string, ColumnNames>();
const NAMES_CAP = 10_000;

function namesOf(column: string): ColumnNames {
  let names = NAMES.get(column);
  if (names === undefined) {
    names = {
      spoken: column
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .join(' '),
      lower: column.toLowerCase(),
      identifier: /[a-z][A-Z]|[_.]/.test(column) && !/^event_?(?:id|code)$/i.test(column),
    };
    if (NAMES.size >= NAMES_CAP) NAMES.clear();
    NAMES.set(column, names);
  }
  return names;
}

/**
 * Values the question gives a column by its name ("fiscal year 2026", "logon type 10", "category
 * 'Hardware'"): read only for columns of the chosen tables whose name has two words or at least 6
 * letters (so "name" or "type" alone never match); a one-word column takes no bare capitalised word. Each becomes a `text` value with the column as
 * its hint. Linear in the number of columns; a column is tried only when its name is in the text.
 */
export function readColumnValues(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const lower = text.toLowerCase();
  const hits: ValueHit[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    for (const column of table.columns) {
      const spoken = namesOf(column).spoken;
      if (seen.has(spoken) || (!spoken.includes(' ') && spoken.length < 6)) continue;
      seen.add(spoken);
      let at = lower.indexOf(spoken);
      while (at >= 0) {
        const before = at === 0 ? ' ' : lower[at - 1]!;
        const end = at + spoken.length;
        const range = /[^a-z0-9]/.test(before) ? RANGE_AFTER.exec(text.slice(end, end + 40)) : null;
        if (range && Number(range[1]) <= Number(range[2])) {
          // "fiscal months 10-12": the column from the first number to the second, both included.
          const stop = end + range[0].length;
          const second = end + range[0].lastIndexOf(range[2]!);
          if (!taken.overlaps(at, stop)) {
            const hint = `${table.table}.${column}`;
            hits.push(
              { kind: 'text', value: range[1]!, start: at, end: second - 1, hint, operator: 'gte' },
              { kind: 'text', value: range[2]!, start: second, end: stop, hint, operator: 'lte' },
            );
            taken.add(at, stop);
          }
          at = lower.indexOf(spoken, stop);
          continue;
        }
        const compared = COMPARED_AFTER.exec(text.slice(end, end + 60));
        if (
          compared &&
          /[^a-z0-9]/.test(before) &&
          !UNIT_AFTER.test(text.slice(end + compared[0].length, end + compared[0].length + 10)) &&
          !comparesMoney(text, end + compared[0].length - compared[2]!.length)
        ) {
          // "list price under 20", "quantity of at least 3": a number compared with the column's values.
          const stop = end + compared[0].length;
          if (!taken.overlaps(at, stop)) {
            hits.push({
              kind: 'text',
              value: compared[2]!.replace(/,/g, ''),
              start: at,
              end: stop,
              hint: `${table.table}.${column}`,
              operator: comparedOperator(compared[1]!),
            });
            taken.add(at, stop);
          }
          at = lower.indexOf(spoken, stop);
          continue;
        }
        const after = VALUE_AFTER.exec(text.slice(end, end + 130));
        if (
          /[^a-z0-9]/.test(before) &&
          after &&
          !UNIT_AFTER.test(text.slice(end + after[0].length, end + after[0].length + 10))
        ) {
          const raw = after[1]!;
          if (PERIOD_CODE.test(raw)) {
            at = lower.indexOf(spoken, end);
            continue;
          }
          // A one-word column takes a quoted, hex, numeric or code value ("currency EUR"), not a capitalised word
          // ("status Cancelled" is the status reader's), but for the category ("category Outdoor").
          if (
            !spoken.includes(' ') &&
            /^[A-Z]/.test(raw) &&
            !/^[A-Z0-9]{2,5}$/.test(raw) &&
            (!CATEGORY_OF_ROWS.test(column) || statusWordValue(raw) !== undefined)
          ) {
            at = lower.indexOf(spoken, end);
            continue;
          }
          // "the total amount of EUR invoices": a currency's code names the records' currency, no value of
          // another column (their money is counted in it).
          if (isCurrencyCode(raw) && !CURRENCY_COLUMN.test(column)) {
            at = lower.indexOf(spoken, end);
            continue;
          }
          const value = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
          const stop = end + after[0].length;
          if (!taken.overlaps(at, stop)) {
            hits.push({ kind: 'text', value, start: at, end: stop, hint: `${table.table}.${column}` });
            taken.add(at, stop);
          }
        }
        at = lower.indexOf(spoken, end);
      }
      for (const hit of qualifierRanges(text, lower, spoken, `${table.table}.${column}`, taken)) hits.push(hit);
      if (spoken === 'fiscal year') {
        // "FY2025", "FY25", "fiscal 2025": the fiscal year column's value.
        FISCAL_YEAR_CODE.lastIndex = 0;
        for (let m = FISCAL_YEAR_CODE.exec(text); m !== null; m = FISCAL_YEAR_CODE.exec(text)) {
          if (taken.overlaps(m.index, m.index + m[0].length)) continue;
          const year = fiscalYearValue(m[1]!);
          hits.push({
            kind: 'text',
            value: year,
            start: m.index,
            end: m.index + m[0].length,
            hint: `${table.table}.${column}`,
          });
          taken.add(m.index, m.index + m[0].length);
        }
      }
    }
  }
  return hits;
}

/** A plural noun, then a range of numbers ("months 10 to 12", "weeks 3-5"): its last word and the range. */
const NOUN_RANGE = /\b([a-z]{3,20}?)s?\s+(\d{1,4})\s*(?:-|\u2013|to|through|thru)\s*(\d{1,4})\b(?![.:/-]\d)/gi;

/**
 * "fiscal year 2025, months 10 to 12": a range said of the last word of a two-word column ("fiscal month") when its
 * first word qualifies another column said in the question; each range a `gte` and an `lte` value of that column.
 */
function qualifierRanges(text: string, lower: string, spoken: string, hint: string, taken: SpanSet): ValueHit[] {
  const words = spoken.split(' ');
  if (words.length !== 2 || !new RegExp(`\\b${words[0]!}\\s+[a-z]`).test(lower)) return [];
  const hits: ValueHit[] = [];
  for (const m of allMatches(text, NOUN_RANGE)) {
    const from = Number(m[2]);
    const to = Number(m[3]);
    const stop = m.index + m[0].length;
    if (m[1]!.toLowerCase() !== words[1] || from > to || taken.overlaps(m.index, stop)) continue;
    const second = m.index + m[0].lastIndexOf(m[3]!);
    hits.push(
      { kind: 'text', value: m[2]!, start: m.index, end: second - 1, hint, operator: 'gte' },
      { kind: 'text', value: m[3]!, start: second, end: stop, hint, operator: 'lte' },
    );
    taken.add(m.index, stop);
  }
  return hits;
}

/** A column of the kind of customer ("segment", "customer_segment"). */
const SEGMENT_COLUMN = /^(?:[a-z]+_)?segment$/i;
/** Words said for a customer's segment ("the Automotive group", "the Retail sector", "the Healthcare vertical"). */
const SEGMENT_WORDS = ['group', 'sector', 'industry', 'vertical'];
/** Short spellings of column names ("Finance dept" → department). */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [[/^depts?$/, 'department']];
/**
 * A name just before a column's name: capitalised or quoted ("the Finance department", "in 'R&D' dept"), or
 * written as an identifier with a hyphen, an underscore or a digit ("the rg-prod-web resource group").
 */
const NAME_BEFORE =
  /(?:^|[\s(])("[^"\n]{1,60}"|'[^'\n]{1,60}'|[A-Z][\w&.-]{1,40}|(?=[\w.-]*[a-z])[a-z0-9][\w.]*[-_\d][\w.-]{0,40})\s+$/;
/** A name of two or three capitalised words after "the" or a place word ("in the Garden Tools category"). */
const TITLE_NAME_BEFORE = /\b(?:the|in|of|for|from)\s+((?:[A-Z][\w&.-]{1,40}\s+){1,2}[A-Z][\w&.-]{1,40})\s+$/;
/**
 * Two or three capitalised words right before a column's word, after a word in lower case ("our five best-selling Lift
 * Passes products", "top 3 Garden Tools products"): one name said as a title, whole.
 */
const TITLE_RUN_BEFORE = /(?<=\b[a-z][\w-]*\s+|\d\s+)((?:[A-Z][\w&.-]{1,40}\s+){1,2}[A-Z][\w&.-]{1,40})\s+$/;
/**
 * A lower-case name of up to three words after a place word and "the" ("in the enterprise segment", "for the sales
 * department", "in the garden tools category").
 */
const LOWER_NAME_BEFORE =
  /\b(?:in|from|of|for|on|within|inside)\s+(?:the|our)\s+(?!(?:same|other|last|next|first|whole|entire|given|new|old|top|bottom|current|previous|each|every|this|that|any|which|what|main|default|wrong|right|biggest|largest|smallest)\s)((?:(?!(?:or|and|nor|vs|versus|not|no|to|of|with|than|but)\s)[a-z][a-z0-9&-]{1,30}\s+){0,2}[a-z][a-z0-9&-]{1,30})\s+$/;
/** The name that opens a question, lower-case or capitalised, or two or three capitalised words ("Box Office team: …"). */
const OPENING_NAME = /^\s*([A-Z][\w&.-]{1,40}(?:\s+[A-Z][\w&.-]{1,40}){1,2}|[A-Za-z][\w&.-]{1,40})\s+$/;
/** A lower-case name anywhere just before a column's word ("count enterprise segment customers"), no adverb or '-ing' word. */
const LOWER_NAME_JUST_BEFORE = /(?:^|[\s(])((?![\w&-]*(?:ly|ing)\s)[a-z][\w&-]{1,30})\s+$/;
/** A mark after a column's word that makes the words before it the topic of what follows ("segment: ", "team - "). */
const TOPIC_MARK = /^\s*(?:[:;\u2013\u2014]|-\s|,)/;
/** A helping verb just before a name: the name is who did something ("has Kiosk spent"). */
const HELPING_VERB_BEFORE = /\b(?:has|have|had|did|does|do)\s+(?:the\s+|our\s+)?$/i;
/** The column that files a table's rows by kind. */
const CATEGORY_OF_ROWS = /^category$/i;
/** A table named by a plain plural noun ("products", not "budget" or "order_items"). */
const PLURAL_TABLE = /^[a-z]{3,30}s$/;
/** Capitalised words that open a question or a clause rather than name a value. */
const NOT_A_NAME =
  /^(?:the|a|an|all|any|each|every|which|what|who|show|list|get|find|give|count|compare|for|in|of|by|per|from|with|and|or|our|my|their|its|this|that|these|those|is|are|how|where|when|top|total|average|sum|each|no|not|new)$/i;
/** A ranking said as one hyphenated word ("best-selling", "top-rated", "worst-performing"): no kind of the rows. */
const RANKING_COMPOUND = /^(?:best|worst|top|highest|lowest|most|least|fastest|slowest)-[a-z]+$/i;

/** What opens a column's word that gives it the name after it: a bracket, or "in"/"with" ("(dept Ops)", "with role Auditor"). */
const NAME_AFTER_LEAD = /(?:\(\s*|\b(?:in|with)\s+(?:the\s+)?)$/i;
/** A capitalised or quoted name just after a column's word, maybe after a colon or "=" ("dept: Ops", "team = 'Blue'"). */
const NAME_AFTER = /^\s*[:=]?\s*("[^"\n]{1,60}"|'[^'\n]{1,60}'|[A-Z][\w&.-]{1,40})(?![\w'])/;

/**
 * A word after a column's word that names one of its attributes, not a value ("with the user ARN", "with host IP",
 * "with the account SID"): the two words together name what to show.
 */
const ATTRIBUTE_WORD = /^(?:ARNs?|IDs?|SIDs?|UPNs?|GUIDs?|OIDs?|IPs?|URLs?|URIs?|FQDNs?|UUIDs?|Names?|Emails?|Types?)$/;

/** The name given to a column just after its word, when a bracket or "in"/"with" leads the word; else null. */
function nameAfter(text: string, lead: string, from: number): { value: string; end: number } | null {
  if (!NAME_AFTER_LEAD.test(lead)) return null;
  const m = NAME_AFTER.exec(text.slice(from, from + 80));
  const raw = m?.[1];
  if (!raw || NOT_A_NAME.test(raw) || ATTRIBUTE_WORD.test(raw)) return null;
  return { value: /^["']/.test(raw) ? raw.slice(1, -1) : raw, end: from + m[0].length };
}

/**
 * What follows the column's word matched at `m` that makes the name before it its value: a mark ("Enterprise
 * segment: …", "Hardware category - …"), then only a name opening the question; or the plural noun of its table
 * ("SMB segment customers", "count enterprise segment customers"), then a name anywhere. Null for neither.
 */
function topicAfter(text: string, m: RegExpExecArray, table: string): 'mark' | 'rows' | null {
  // "daily active users": a column said as a state of the rows is no kind the name before it is a value of.
  if (statusWordValue(m[1]!) !== undefined || /ed$/i.test(m[1]!)) return null;
  const end = m.index + m[1]!.length;
  if (TOPIC_MARK.test(text.slice(end, end + 8))) return 'mark';
  const plural = m[2]?.toLowerCase();
  return plural !== undefined && PLURAL_TABLE.test(table) && plural === table.toLowerCase() ? 'rows' : null;
}

/** Whether a word names a chosen table or one of its columns ("Customer segment: …" names no segment). */
function namesTableOrColumn(word: string, tables: readonly TableColumns[]): boolean {
  const lower = word.toLowerCase().replace(/s$/, '');
  return tables.some(
    (t) => t.table.toLowerCase().replace(/s$/, '') === lower || t.columns.some((c) => c.toLowerCase() === lower),
  );
}

/** Whether a lower-case word is a state of a table's rows: one of its columns ("active") or a status word ("open"). */
function namesStateOf(word: string, table: string, tables: readonly TableColumns[]): boolean {
  const lower = word.toLowerCase();
  const columns = tables.find((t) => t.table === table)?.columns ?? [];
  return (
    /^[a-z]/.test(word) && (columns.some((c) => c.toLowerCase() === lower) || statusWordValue(lower) !== undefined)
  );
}

/** A word of a table's name written apart ("Azure activity", "security_event"). */
const NAME_PART = /[A-Za-z]+/g;
/** A name with a capital inside ("OfficeActivity", "SecurityEvent"), never an ordinary word. */
const CAMEL_NAME = /^[A-Za-z]+[a-z][A-Z][A-Za-z]*$/;
/** Words a table's name is written in at most ("Azure AD sign in"). */
const MAX_NAME_PARTS = 4;

/**
 * Where the question writes a chosen table's name as words apart ("the Azure activity log" → AzureActivity,
 * "Office activity") or whole in CamelCase ("OfficeActivity"): those words name the source, no column's value.
 */
export function tableNameSpans(text: string, tables: readonly TableColumns[]): Array<[number, number]> {
  const names = new Set(tables.map((t) => t.table.toLowerCase()));
  const words = allMatches(text, NAME_PART);
  const spans: Array<[number, number]> = [];
  const camelNames = new Set(tables.map((t) => t.table).filter((name) => CAMEL_NAME.test(name)));
  for (let i = 0; i < words.length; i += 1) {
    // "OfficeActivity operations": a table's CamelCase name written whole, as the catalog spells it.
    if (camelNames.has(words[i]![0])) spans.push([words[i]!.index, words[i]!.index + words[i]![0].length]);
    let joined = words[i]![0].toLowerCase();
    for (let n = 1; n < MAX_NAME_PARTS && i + n < words.length; n += 1) {
      const next = words[i + n]!;
      const prev = words[i + n - 1]!;
      if (!/^[\s_-]+$/.test(text.slice(prev.index + prev[0].length, next.index))) break;
      joined += next[0].toLowerCase();
      if (names.has(joined)) spans.push([words[i]!.index, next.index + next[0].length]);
    }
  }
  return spans;
}

/**
 * Values the question puts before a one-word column's name ("users in the Finance department", "the
 * Finance dept", "'R&D' team" when a column is named so): a capitalised or quoted name not opening the
 * question, for a column of the chosen tables; or just after it in brackets or after "in"/"with" ("(dept Ops)").
 * Each becomes a `text` value with the column as its hint.
 */
export function readNamesBeforeColumns(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (tables.length === 0) return hits;
  // Columns of one word of four letters or more, or of two words ("ResourceGroup" said "resource group"), by how
  // they are said: the first table that has one owns it.
  const owners = new Map<string, { table: string; column: string }>();
  for (const t of tables)
    for (const column of t.columns) {
      const { spoken } = namesOf(column);
      if (spoken.length >= 4 && /^[a-z]+(?: [a-z]{2,})?$/.test(spoken) && !owners.has(spoken))
        owners.set(spoken, { table: t.table, column });
    }
  // "the Outdoor products": a name before a table's own plural noun is a kind of its rows, when it has a category.
  for (const t of tables) {
    const category = t.columns.find((column) => CATEGORY_OF_ROWS.test(column));
    if (category && PLURAL_TABLE.test(t.table) && !owners.has(t.table))
      owners.set(t.table, { table: t.table, column: category });
  }
  // "customers in the Automotive group", "the Retail sector": other words for the kind of customer a segment holds.
  for (const t of tables) {
    const segment = t.columns.find((column) => SEGMENT_COLUMN.test(column));
    if (segment)
      for (const word of SEGMENT_WORDS) if (!owners.has(word)) owners.set(word, { table: t.table, column: segment });
  }
  if (owners.size === 0) return hits;
  const words = /\b([A-Za-z][a-z]{2,30})(?:\s+([a-z]{2,30}))?\b/g;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const word = m[1]!.toLowerCase();
    const pair = m[2] ? owners.get(`${word} ${m[2]}`) : undefined;
    // A one-word match gives the second word back to the scan (it may name a column itself).
    if (!pair && m[2]) words.lastIndex = m.index + m[1]!.length;
    const owner =
      pair ?? owners.get(word) ?? owners.get(ABBREVIATIONS.find(([pattern]) => pattern.test(word))?.[1] ?? '');
    if (!owner) continue;
    // "is her account in our app active?": a state asked about is the answer to show, not a column given a value.
    if (!pair && isStateAskedAbout(text, m.index, m.index + m[1]!.length)) continue;
    const lead = text.slice(Math.max(0, m.index - 64), m.index);
    const topic = topicAfter(text, m, owner.table);
    const opening =
      topic === null
        ? null
        : ((m.index <= 64 ? OPENING_NAME.exec(lead) : null) ??
          (topic === 'rows' ? LOWER_NAME_JUST_BEFORE.exec(lead) : null));
    const before =
      opening ??
      TITLE_NAME_BEFORE.exec(lead) ??
      TITLE_RUN_BEFORE.exec(lead) ??
      NAME_BEFORE.exec(lead) ??
      LOWER_NAME_BEFORE.exec(lead);
    if (!before) {
      const after = pair ? null : nameAfter(text, lead, m.index + m[1]!.length);
      if (after && !taken.overlaps(m.index, after.end)) {
        hits.push({
          kind: 'text',
          value: after.value,
          start: m.index,
          end: after.end,
          hint: `${owner.table}.${owner.column}`,
        });
        taken.add(m.index, after.end);
      }
      continue;
    }
    const said = before[1]!;
    // The value starts at the name itself (the place words before a lower-case name stay in the text).
    const saidStart = m.index - lead.length + before.index + before[0].lastIndexOf(said, before[0].length - 1);
    // "box office dept users", "garden tools category products": a lower-case name of more than one word, whole.
    const widened = /^[a-z]/.test(said) && !pair ? unitNameStart(text, saidStart, tables) : saidStart;
    const start = widened < saidStart && !taken.overlaps(widened, saidStart) ? widened : saidStart;
    const raw = text.slice(start, saidStart) + said;
    const quoted = /^["']/.test(raw);
    if (!quoted && ((start === 0 && !opening) || NOT_A_NAME.test(raw) || RANKING_COMPOUND.test(raw))) continue;
    if (opening && (namesTableOrColumn(raw, tables) || isFunctionWord(raw.toLowerCase()))) continue;
    // "our active products": a state of the rows (a flag column's name, a status word) is no kind of them.
    if (!quoted && !pair && owner.table.toLowerCase() === word && namesStateOf(raw, owner.table, tables)) continue;
    const end = m.index + (pair ? m[0].length : m[1]!.length);
    // "how much has Kiosk spent": a name after a helping verb does what the column's word says; it is no value of it.
    if (!quoted && !pair && HELPING_VERB_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    if (taken.overlaps(start, end)) continue;
    hits.push({
      kind: 'text',
      value: quoted ? raw.slice(1, -1) : raw,
      start,
      end,
      hint: `${owner.table}.${owner.column}`,
    });
    taken.add(start, end);
  }
  return hits;
}

/** A value after a column written as an identifier: with a connector any token, without one a capitalised or quoted one. */
const IDENTIFIER_VALUE =
  /^\s*(?:(=|==|:|\bis\b|\bequals\b|\bof\b)\s*)?("[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s,;?!()"']{1,200})/i;
const NOT_A_VALUE =
  /^(?:and|or|the|a|an|in|on|at|by|for|from|to|with|where|when|over|during|since|is|was|are|per|not)$/i;
/** Further capitalised words of a value's name ("Exchange ActiveSync", "Mobile Apps and Desktop clients" stops at "and"). */
const NAME_MORE = /^(?:\s+[A-Z][\w.-]{0,40}){1,3}(?=$|[\s,;?!)])/;
/** Another value of a list after the first ("high or medium", "rg-a / rg-b"; a comma may end the clause instead). */
const LIST_MORE = /^\s*(?:,\s*or\s+|\s+or\s+|\s*\/\s*)("[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s,;?!()"'/]{1,200})/i;
/** Values a list after a column may hold. */
const MAX_LISTED = 8;

/**
 * The values given to a column from where its name ends: the first token (a capitalised name with the capitalised
 * words after it), then the others of a list said with "or" or slashes. A lower-case word needs a connector
 * ("is high") or a list after it ("high or medium"). Empty when the words after the column give it no value.
 */
function identifierValues(after: string): Array<{ value: string; start: number; end: number }> {
  const m = IDENTIFIER_VALUE.exec(after);
  if (!m) return [];
  const raw = m[2]!.replace(/[.,;:]+$/, '');
  const quoted = /^["']/.test(raw);
  const first = quoted ? raw.slice(1, -1) : raw;
  let stop = m[0].indexOf(m[2]!) + raw.length;
  const named = !quoted && /^[A-Z]/.test(first) && raw === m[2] ? NAME_MORE.exec(after.slice(stop)) : null;
  if (named) stop += named[0].length;
  const values = [{ value: named ? `${first}${named[0].replace(/\s+/g, ' ')}` : first, start: 0, end: stop }];
  for (let more = LIST_MORE.exec(after.slice(stop)); more !== null && values.length < MAX_LISTED;) {
    const item = more[1]!.replace(/[.,;:]+$/, '');
    if (NOT_A_VALUE.test(item)) break;
    // Each listed value spans its connector ("or medium"): the list is read here, not again by the list reader.
    const end = stop + more[0].length - more[1]!.length + item.length;
    values.push({ value: /^["']/.test(item) ? item.slice(1, -1) : item, start: stop, end });
    stop = end;
    more = LIST_MORE.exec(after.slice(stop));
  }
  const accepted = values[0]!.value && !NOT_A_VALUE.test(values[0]!.value);
  const shaped = m[1] !== undefined || quoted || /^(?:[A-Z]|\d)/.test(first) || values.length > 1;
  return accepted && shaped ? values.filter((v) => v.value.length > 0) : [];
}

/**
 * Values given to a column written as it is spelt in the catalog ("ParentImage is winword.exe",
 * "errorCode AccessDenied", "Logon_Type=10"): the column says where the value goes, so these are read
 * before the values' own readers would place them. Event id columns are left to the event reader.
 */
export function readIdentifierValues(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (tables.length === 0) return hits;
  const lower = text.toLowerCase();
  for (const table of tables) {
    for (const column of table.columns) {
      const names = namesOf(column);
      if (!names.identifier) continue;
      const name = names.lower;
      for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if ((at > 0 && /[\w.]/.test(text[at - 1]!)) || /[\w]/.test(text[end] ?? ' ')) continue;
        const values = identifierValues(text.slice(end, end + 220));
        if (values.length === 0) continue;
        const stop = end + values[values.length - 1]!.end;
        if (taken.overlaps(at, stop)) continue;
        // The first value spans the column's name too; the others of the list their connector and themselves.
        for (const [i, v] of values.entries())
          hits.push({
            kind: 'text',
            value: v.value,
            start: i === 0 ? at : end + v.start,
            end: end + v.end,
            hint: `${table.table}.${column}`,
          });
        taken.add(at, stop);
      }
    }
  }
  return hits;
}

/** "the root account", "root user activity", "root credentials": the cloud account's own root identity. */
const ROOT_IDENTITY = /\broot\s+(?:account|user|identity|credentials?|login|sign[\s-]?ins?|activity|access)\b/i;
/** A column of the kind of identity that acted (CloudTrail's `userIdentity.type`), squashed. */
const IDENTITY_TYPE = /^(?:useridentitytype|identitytype|principaltype|callertype)$/;

/**
 * "any root account activity": where the chosen tables record the kind of identity that acted, the
 * identity type `Root`; elsewhere the account named `root` (a Unix host's).
 */
export function readRootIdentity(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const m = ROOT_IDENTITY.exec(text);
  if (!m || taken.overlaps(m.index, m.index + 4)) return [];
  const typed = tables.flatMap((t) =>
    t.columns.filter((c) => IDENTITY_TYPE.test(c.toLowerCase().replace(/[^a-z]/g, ''))).map((c) => `${t.table}.${c}`),
  )[0];
  const end = m.index + 4;
  taken.add(m.index, end);
  return [
    typed
      ? { kind: 'text', value: 'Root', start: m.index, end, hint: typed }
      : { kind: 'user', value: 'root', start: m.index, end },
  ];
}

/**
 * Words before "events" that describe them rather than name their type: among them the parts of an application that
 * record events ("portal events", "website events", "API events"), which say where they were recorded, not what
 * happened.
 */
const NOT_AN_EVENT_TYPE =
  /^(?:portal|web|website|site|webapp|api|mobile|frontend|backend|platform|all|any|the|these|those|some|such|recent|new|old|latest|failed|failing|successful|success|blocked|denied|security|suspicious|unusual|many|distinct|unique|total|other|same|different|my|our|their|of|for|and|or|with|from|app|application|system|audit|raw|log|critical|important|error|warning|which|what|how|per|by|no|not|more|than|windows|sysmon|user|users|db|database|list|show|get|find|pull|count|display|give|see|view|fetch|return|every|each|his|her|its)$/i;
const EVENT_NOUN = /\b([a-z][a-z_-]{2,30})\s+events?\b/gi;

/**
 * The type a question gives its events ("login events", "password_reset events") when a chosen table
 * has an event-type column (`event_type`, `EventType`): a `text` value with the column as its hint.
 */
export function readEventTypes(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  const owner = tables
    .flatMap((t) => t.columns.map((column) => ({ table: t.table, column })))
    .find(({ column }) => namesOf(column).spoken === 'event type');
  if (!owner) return hits;
  EVENT_NOUN.lastIndex = 0;
  for (let m = EVENT_NOUN.exec(text); m !== null; m = EVENT_NOUN.exec(text)) {
    const value = m[1]!;
    if (NOT_AN_EVENT_TYPE.test(value) || isFunctionWord(value) || /[A-Z]/.test(value)) continue;
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    hits.push({
      kind: 'text',
      value: value.toLowerCase(),
      start: m.index,
      end,
      hint: `${owner.table}.${owner.column}`,
    });
    taken.add(m.index, end);
  }
  // "failed logins", "successful downloads": an activity said with its outcome is the event's type too, when
  // the table asked about first keeps one (the outcome stays a status the agent finds a column for).
  if (owner.table !== tables[0]?.table) return hits;
  OUTCOME_ACTIVITY.lastIndex = 0;
  for (let m = OUTCOME_ACTIVITY.exec(text); m !== null; m = OUTCOME_ACTIVITY.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (taken.overlaps(start, end)) continue;
    const value = m[1]!.toLowerCase().replace(/-/g, '').replace(/s$/, '');
    hits.push({ kind: 'text', value, start, end, hint: `${owner.table}.${owner.column}` });
    taken.add(start, end);
  }
  // "users who logged in to the app from the VPN range": the act said by its verb is the event's type too.
  const signedIn = SIGNED_IN.exec(text);
  if (signedIn && !taken.overlaps(signedIn.index, signedIn.index + signedIn[0].length)) {
    hits.push({
      kind: 'text',
      value: 'login',
      start: signedIn.index,
      end: signedIn.index + signedIn[0].length,
      hint: `${owner.table}.${owner.column}`,
    });
    taken.add(signedIn.index, signedIn.index + signedIn[0].length);
  }
  // "logins per app user today", "downloads by member": the activity counted, said alone, is the event's type too.
  ACTIVITY_COUNTED.lastIndex = 0;
  for (let m = ACTIVITY_COUNTED.exec(text); m !== null; m = ACTIVITY_COUNTED.exec(text)) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const value = m[1]!.toLowerCase().replace(/-/g, '').replace(/s$/, '');
    hits.push({ kind: 'text', value, start: m.index, end, hint: `${owner.table}.${owner.column}` });
    taken.add(m.index, end);
  }
  return hits;
}

/** Signing in said by its verb, as done ("logged in", "signed on to"), not as not done ("never logged in"). */
const SIGNED_IN =
  /(?<!\b(?:not|never|n't|havent|hasnt|didnt)\s+(?:\w+\s+)?)\b(?:logged|signed)[\s-]?(?:in|on)\b(?!\s+(?:for|since|within)\s+(?:\d+|the\s+(?:last|past))\b)/i;

/** An activity counted per someone: "logins per app user", "downloads by member", "how many exports each user made". */
const ACTIVITY_COUNTED =
  /\b(log-?ins|log-?ons|sign-?ins|downloads|uploads|exports|imports|checkouts|purchases)\s+(?=(?:per|by|for\s+each|of\s+each)\s)/gi;

/** An outcome word and the activity it qualifies: "failed logins", "unsuccessful sign-ins", "successful uploads". */
const OUTCOME_ACTIVITY =
  /\b(?:failed|failing|unsuccessful|successful|succeeded|blocked|denied|rejected)\s+(log-?ins?|log-?ons?|sign-?ins?|log-?outs?|log-?offs?|sign-?outs?|downloads?|uploads?|payments?|checkouts?|purchases?|exports?|imports?|password\s+(?:resets?|changes?))\b/gi;

/**
 * Clinical departments of a hospital or a practice, as their staff name them ("cardiology nurses", "the oncology
 * ward's accounts"): a department's name as surely as "finance" is.
 */
const CLINICAL_DEPARTMENTS =
  '(?:radio|cardio|onco|neuro|patho|uro|dermato|ha?emato|nephro|gastroentero|pulmono|an(?:a)?esthesio|ophthalmo|gyn(?:a)?eco|endocrino|rheumato|immuno)logy|pharmacy|pa?ediatrics|orthopa?edics|obstetrics|psychiatry|maternity|admissions';
/**
 * Names of departments that need no "department" after them ("the marketing budget", "legal users");
 * words with another common meaning (sales, IT, support, security) count only with one ("sales team").
 */
const DEPARTMENT_NAME = new RegExp(
  String.raw`\b(?:(finance|marketing|engineering|legal|hr|human\s+resources|operations|procurement|accounting|payroll|r&d|${CLINICAL_DEPARTMENTS})|(sales|it|support|security|research|product|design|ops))(?=\s+(dep(?:artmen)?ts?|dept|teams?|division)\b|\b)`,
  'gi',
);
const DEPARTMENT_COLUMN = /^(?:department|dept|team|division)(?:_?name)?$/i;
/** What makes the word before it the name of an app or a system ("payroll app", "HR portal", "finance system"). */
const SYSTEM_AFTER = /^\s+(?:app|apps|application|applications|portal|system|systems|tool|platform|site|software)\b/i;
/** Characters after a department's name read for {@link SYSTEM_AFTER}. */
const SYSTEM_REACH = 16;

/** A department named by a well-known name when a chosen table has a department column: a `text` value with that column as its hint. */
export function readDepartmentNames(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  const owner = tables
    .flatMap((t) => t.columns.map((column) => ({ table: t.table, column })))
    .find(({ column }) => DEPARTMENT_COLUMN.test(column));
  if (!owner) return hits;
  // "users in Customer Support": the whole name after people, before a well-known word inside it.
  hits.push(...readPeopleInUnit(text, `${owner.table}.${owner.column}`, taken));
  DEPARTMENT_NAME.lastIndex = 0;
  for (let m = DEPARTMENT_NAME.exec(text); m !== null; m = DEPARTMENT_NAME.exec(text)) {
    const named = m[3] !== undefined;
    // "ana@corp.io from sales": a word of another meaning is a department when a person is said to be from it.
    if (m[2] !== undefined && !named && !saysUnitOfPerson(text.slice(0, m.index))) continue;
    const end = m.index + m[0].length;
    // "the payroll app account", "her HR portal login": the name of an app or system, not of a department.
    if (!named && SYSTEM_AFTER.test(text.slice(end, end + SYSTEM_REACH))) continue;
    if (taken.overlaps(m.index, end)) continue;
    // "the customer support team": the whole name before the unit's word, not its last, well-known word.
    const start = named ? unitNameStart(text, m.index, tables) : m.index;
    if (start < m.index && taken.overlaps(start, m.index)) continue;
    hits.push({ kind: 'text', value: text.slice(start, end), start, end, hint: `${owner.table}.${owner.column}` });
    taken.add(start, end);
  }
  hits.push(...readUnitsByTheirWord(text, tables, `${owner.table}.${owner.column}`, taken));
  return hits;
}

/**
 * A unit's own name before the word that makes it one, in any case and at any place ("orchard dept headcount",
 * "Greenhouse department users"), or a name owning what units have ("Kiosk's budget", "the Atrium's spend").
 */
const UNIT_BY_WORD =
  /(?<![\w'’-])([A-Za-z][a-z]{1,30}|[A-Z]{2,5})(?:(?:'s|’s)\s+(?=(?:budgets?|spend(?:ing)?|expenses?|costs?|staff|employees|personnel|headcount)\b)|\s+(?=(?:dep(?:artmen)?ts?|dept|divisions?|teams?)\b))/g;
/** The word that makes the name before it a unit's ("box office dept", "customer success team"). */
const UNIT_WORD_AFTER = /^\s+(?:dep(?:artmen)?ts?|dept|divisions?|teams?)\b/i;
/** A word just before a unit's name, and where it starts: the name may go on back over it ("box" of "box office"). */
const WORD_BEFORE_NAME = /(?:^|[\s(])([A-Za-z][a-z&-]{1,30})\s+$/;
/** Words before a unit's name that are not part of it: what is done, measured or counted, and the people counted. */
const NOT_IN_UNIT_NAME =
  /^(?:users?|employees?|staff|people|members?|accounts?|agents?|colleagues|persons?|spend|spending|spent|budgets?|revenue|costs?|expenses?|headcount|count|number|many|much|per|vs|versus|against|me|us|them|please|pls)$/i;
/** Words a unit's name is made of at most ("customer success", "box office", "field sales ops"). */
const MAX_UNIT_NAME_WORDS = 3;

/**
 * Where the name of a unit said before its word starts, reaching back from its last word over the lower-case or
 * capitalised words written before it ("box office dept" is the Box Office, not an office): up to three words in
 * all, never over a function word, a word of state or time, a column's or a table's plural name, a place, or a count
 * ("the ten best-selling products": "ten" says how many, it names nothing).
 */
function unitNameStart(text: string, start: number, tables: readonly TableColumns[]): number {
  let from = start;
  for (let words = 1; words < MAX_UNIT_NAME_WORDS; words += 1) {
    const sliceStart = Math.max(0, from - 40);
    const m = WORD_BEFORE_NAME.exec(text.slice(sliceStart, from));
    if (!m) break;
    const word = m[1]!.toLowerCase();
    if (
      isFunctionWord(word) ||
      NOT_A_NAME.test(word) ||
      NOT_A_UNIT_NAME.test(word) ||
      NOT_A_UNIT.test(word) ||
      NOT_IN_UNIT_NAME.test(word) ||
      /(?:ed|ing|ly)$/.test(word) ||
      // "orders sales team": a table said in its plural, or a column, is what is asked about, not a unit's word.
      tables.some((t) => t.table.toLowerCase() === word || t.columns.some((c) => c.toLowerCase() === word)) ||
      COUNTRY_BY_NAME.has(word) ||
      COUNTRY_BY_ADJECTIVE.has(word) ||
      statusWordValue(word) !== undefined ||
      readNumber(word) !== null
    )
      break;
    from = sliceStart + m.index + m[0].length - m[0].replace(/^[\s(]/, '').length;
  }
  return from;
}

/** A capitalised name before the people who work in it ("Orchard staff", "Atrium employees"). */
const UNIT_BEFORE_PEOPLE = /(?<![\w'’-])([A-Z][a-z]{1,30}|[A-Z]{2,5})\s+(?=(?:staff|employees|personnel)\b)/g;
/** A capitalised name before the money a unit is given or spends ("the Orchard budget", "Atrium spending"). */
const UNIT_BEFORE_MONEY =
  /(?<![\w'’-])([A-Z][a-z]{1,30}|[A-Z]{2,5})\s+(?=(?:budgets?|spend(?:ing)?|spent|expenses?|headcount)\b)/g;
/** A capitalised name after the money a unit is given or spends ("the budget left for Orchard", "spending of Atrium"). */
const UNIT_AFTER_MONEY =
  /\b(?:budgets?|spend(?:ing)?|spent|expenses?|headcount)(?:\s+(?:remaining|left|used|so\s+far))?\s+(?:for|of|by)\s+(?:the\s+)?([A-Z][a-z]{1,30}|[A-Z]{2,5})(?![\w'’-])/g;
/** A capitalised name right after the word that makes it a unit ("(dept Support)", "department: Radiology"). */
const UNIT_AFTER_WORD = /\b(?:dep(?:artmen)?t|dept|division)\s*[:=]?\s+([A-Z][a-z]{1,30}|[A-Z]{2,5})(?![\w'’-])/g;
/** A name of two to five capitals ("IT", "HR"). */
const INITIALISM = /^[A-Z]{2,5}$/;
/** Words before a unit's word that describe the unit or its people rather than name it. */
const NOT_A_UNIT_NAME =
  /^(?:same|other|different|another|whole|entire|largest|biggest|smallest|top|bottom|main|home|own|given|new|former|remote|senior|junior|temporary|contract|current|previous|daily|weekly|monthly|quarterly|yearly|annual|overall|year|month|quarter|week|today|yesterday|last|next|every|single|relevant|specific|particular|responsible|remaining|total|actual|planned|allocated|approved|revised|original|operating|capital|unused|available|full|combined|average|rank|ranking|sort|compare|list|show)$/i;

/** The unit names said with their word ("dept", "'s budget", "staff", "budget"); never a function word, a table's or a column's name. */
function readUnitsByTheirWord(text: string, tables: readonly TableColumns[], hint: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  const known = new Set<string>();
  for (const t of tables) {
    known.add(t.table.toLowerCase().replace(/s$/, ''));
    for (const column of t.columns) known.add(column.toLowerCase());
  }
  for (const pattern of [UNIT_BY_WORD, UNIT_BEFORE_PEOPLE, UNIT_BEFORE_MONEY, UNIT_AFTER_MONEY, UNIT_AFTER_WORD]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const last = m[1]!;
      const word = last.toLowerCase();
      const lastStart = m.index + m[0].lastIndexOf(last);
      const end = lastStart + last.length;
      // "box office dept": the words before the unit's word are all its name.
      const widened =
        pattern === UNIT_BY_WORD && UNIT_WORD_AFTER.test(text.slice(end, end + 16))
          ? unitNameStart(text, lastStart, tables)
          : lastStart;
      const start = taken.overlaps(widened, lastStart) ? lastStart : widened;
      const name = text.slice(start, end);
      if (
        // "IT budget": a function word in capitals is an initialism, a unit's name.
        (isFunctionWord(word) && !INITIALISM.test(last)) ||
        NOT_A_NAME.test(word) ||
        NOT_A_UNIT_NAME.test(word) ||
        NOT_A_UNIT.test(word) ||
        known.has(word) ||
        known.has(word.replace(/s$/, '')) ||
        COUNTRY_BY_NAME.has(word) ||
        COUNTRY_BY_ADJECTIVE.has(word) ||
        statusWordValue(word) !== undefined ||
        taken.overlaps(start, end)
      )
        continue;
      hits.push({ kind: 'text', value: name, start, end, hint });
      taken.add(start, end);
    }
  }
  return hits;
}

/**
 * "users in Customer Support", "staff from Field Ops", "accounts for Tenant Care": a capitalised name of one to three words after people
 * and "in"/"from" is the unit they work in, when a chosen table has a department column (not a place or a month).
 */
const PEOPLE_IN_UNIT =
  /\b(?:users?|employees?|staff|people|members?|accounts?|agents?|colleagues|persons?)\s+(?:in|from|of|for)\s+(?:the\s+)?((?:[A-Z][a-z]+|[A-Z]{2,5})(?:\s+(?:&\s+)?(?:[A-Z][a-z]+|[A-Z]{2,5})){0,2})(?![\w-])/g;
const NOT_A_UNIT =
  /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|our|this|that|last|all|any|each|every)\b/i;

/** A name of two or three capitalised words just before the people in it ("Field Ops users", "Night Shift staff"). */
const NAMED_UNIT_BEFORE_PEOPLE =
  /(?<![\w'’-])((?:[A-Z][a-z]+|[A-Z]{2,5})(?:\s+(?:&\s+)?(?:[A-Z][a-z]+|[A-Z]{2,5})){1,3})\s+(?=(?:users|employees|staff|people|members|accounts|agents|colleagues)\b)/g;
/** Words of products and platforms whose users a question means, not a unit ("Azure AD users", "Google Workspace users"). */
const PLATFORM_WORD =
  /^(?:azure|entra|okta|google|microsoft|windows|linux|mac|macos|aws|active|directory|office|teams|slack|github|gitlab|workspace|ad|id|vpn|sso|mfa|cloud|admin|guest)$/i;

/** The capitalised words of a name before people, past those that open the question ("Which", "Show"); null under two. */
function unitNameWords(said: string): string | null {
  const words = said.split(/\s+/);
  while (words.length > 0 && (isFunctionWord(words[0]!.toLowerCase()) || NOT_A_NAME.test(words[0]!))) words.shift();
  if (words.filter((w) => w !== '&').length < 2 || words.some((w) => PLATFORM_WORD.test(w))) return null;
  return words.join(' ');
}

function readPeopleInUnit(text: string, hint: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  NAMED_UNIT_BEFORE_PEOPLE.lastIndex = 0;
  for (let m = NAMED_UNIT_BEFORE_PEOPLE.exec(text); m !== null; m = NAMED_UNIT_BEFORE_PEOPLE.exec(text)) {
    const name = unitNameWords(m[1]!);
    if (name === null || NOT_A_UNIT.test(name)) continue;
    const start = m.index + m[1]!.length - name.length;
    const end = m.index + m[1]!.length;
    if (taken.overlaps(start, end)) continue;
    hits.push({ kind: 'text', value: name, start, end, hint });
    taken.add(start, end);
  }
  PEOPLE_IN_UNIT.lastIndex = 0;
  for (let m = PEOPLE_IN_UNIT.exec(text); m !== null; m = PEOPLE_IN_UNIT.exec(text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    const lower = name.toLowerCase();
    if (
      NOT_A_UNIT.test(name) ||
      COUNTRY_BY_NAME.has(lower) ||
      WORLD_COUNTRY_BY_NAME.has(lower) ||
      taken.overlaps(start, end)
    )
      continue;
    hits.push({ kind: 'text', value: name, start, end, hint });
    taken.add(start, end);
  }
  return hits;
}
