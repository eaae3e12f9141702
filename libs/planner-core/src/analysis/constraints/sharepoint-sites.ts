import type { TableColumns } from './column-mapper';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/** A column that holds the address of the SharePoint or OneDrive site a file operation happened on. */
const SITE_COLUMN = /^site_?(?:url|uri|address)$/i;
/**
 * A site's name as written: its path ("/sites/board-room"), one word of letters and digits, with hyphens, underscores
 * or dots inside, or words in quotes ("'Board Room' site").
 */
const NAME = String.raw`\/(?:sites|teams|personal)\/[\w.-]{1,62}[A-Za-z0-9]|[A-Za-z0-9](?:[\w.-]{0,62}[A-Za-z0-9])?|["'“][A-Za-z0-9][\w .&-]{0,62}["'”]`;
const PRODUCT = String.raw`(?:share\s?point|one\s?drive)(?:\s+online)?`;
/** The question is about SharePoint or OneDrive, where "site" is a site collection and not a web page. */
const PRODUCT_SAID = new RegExp(String.raw`\b${PRODUCT}\b`, 'i');
/** A site named after the word "site" ("sharepoint site BoardPacks", "the site called projx"). */
const NAME_AFTER = new RegExp(String.raw`\b(?:${PRODUCT}\s+)?site\s+(?:(named|called)\s+)?(${NAME})(?![\w-])`, 'gi');
/** A site named before the word "site" ("the Treasury-Docs SharePoint site", "the legalhold team site"). */
const NAME_BEFORE = new RegExp(
  String.raw`(?<![\w.-])(${NAME})\s+(?:${PRODUCT}\s+)?(?:(?:team|communication|hub)\s+)?site\b`,
  'gi',
);
/** A name after "site" with no "named" before it is one when written as names are: a capital, a digit, a hyphen. */
const WRITTEN_AS_NAME = /[A-Z0-9_-]/;
/** Words beside "site" that say which site without naming it ("our", "the main", "a team", "which"). */
const NOT_A_NAME =
  /^(?:the|a|an|our|my|your|their|his|her|its|this|that|these|those|which|what|any|every|each|some|all|one|same|main|whole|entire|internal|external|company|corporate|team|teams|shared|public|private|new|old|web|website|home|hub|communication|sharepoint|onedrive|online|on|in|from|to|of|at|per|by|for|with|and|or|was|is|has|had|were|are|files?|documents?|downloads?|uploads?|today|yesterday|last|past|since|during|over)$/i;

function siteColumn(tables: readonly TableColumns[]): string | undefined {
  for (const table of tables)
    for (const column of table.columns) if (SITE_COLUMN.test(column)) return `${table.table}.${column}`;
  return undefined;
}

/** A quoted name's quotes. */
const QUOTES = /^["'“]|["'”]$/g;

/** The site a name says, without its quotes; null for a word that only says which site. */
function siteHit(said: string, start: number, hint: string | undefined): ValueHit | null {
  const name = said.replace(QUOTES, '').trim();
  if (NOT_A_NAME.test(name) || /^\d+$/.test(name) || name.length === 0) return null;
  const hit: ValueHit = { kind: 'text', value: name, start, end: start + said.length, operator: 'contains' };
  return hint ? { ...hit, hint } : hit;
}

/**
 * SharePoint and OneDrive sites a question names ("files downloaded from the Treasury-Docs SharePoint site"): each a
 * `text` value searched for in the site's address (`…/sites/Treasury-Docs`), with the site column as its hint when a
 * chosen table keeps one. Read only in a question that names SharePoint or OneDrive.
 */
export function readSharePointSites(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  if (!PRODUCT_SAID.test(text)) return [];
  const hint = siteColumn(tables);
  const hits: ValueHit[] = [];
  scan(
    text,
    NAME_AFTER,
    taken,
    (m) => (m[1] || WRITTEN_AS_NAME.test(m[2]!) ? siteHit(m[2]!, m.index + m[0].length - m[2]!.length, hint) : null),
    hits,
  );
  // "(contoso.sharepoint.com/sites/Finance)": the site's path in its address, searched for as written.
  scan(text, SITE_ADDRESS, taken, (m) => siteHit(m[1]!, m.index + m[0].length - m[1]!.length, hint), hits);
  // "our Showroom Designs SharePoint site": a name of capitalised words, searched for by its first and (below) its
  // last word, each on its own: an address writes the words joined or hyphenated, and holds each of them.
  scan(text, TITLE_BEFORE, taken, (m) => siteHit(m[2]!, m.index + m[1]!.length, hint), hits);
  scan(text, NAME_BEFORE, taken, (m) => siteHit(m[1]!, m.index, hint), hits);
  return hits;
}

/** A site's address written out: the tenant's SharePoint host, then the site's path. */
const SITE_ADDRESS = /\b[\w-]+\.sharepoint\.com(\/(?:sites|teams)\/[\w.-]{1,62}[A-Za-z0-9])(?![\w-])/gi;

/** Two to four capitalised words before "SharePoint site" or "site" in a SharePoint question; the first is kept. */
const TITLE_BEFORE = new RegExp(
  String.raw`(?<![\w.-])((?:the|our|from|in|on)\s+)([A-Z][a-z0-9]+)(?:\s+[A-Z][\w-]*){1,3}\s+(?:${PRODUCT}\s+)?(?:(?:team|communication|hub)\s+)?site\b`,
  'g',
);
