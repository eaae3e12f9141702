import type { TableColumns } from './column-mapper';
import { saysWebRequest } from '../web-request.util';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * What a question says of web requests, each a value of the column a web log keeps it in:
 * - the HTTP method ("POST requests", "method PUT", "DELETE calls to the API");
 * - the path asked for ("requests to /admin/config.php", "hits on /api/v2/export"), or the page named by a word
 *   ("POST requests to the login page");
 * - a client named in the user agent ("nikto in the user agent", "user agent containing curl",
 *   "wpscan user agents").
 * Read only when the question speaks of web traffic; the column is the chosen table's own when
 * it has one (`table.column`), else words that name it.
 */
const WEB_CONTEXT =
  /\b(?:https?|web|urls?|uris?|requests?|responses?|proxy|waf|endpoints?|api|method|user[\s-]?agents?|pages?|site)\b/i;

const METHODS = 'GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS';
/**
 * A method in capitals anywhere (also as a plural noun or a verb: "POSTs", "POSTing", "GETting"), in any case before
 * a word of requesting or after "method", or "posting"/"posted" said of sending to a page ("clients posting to
 * /login", "posted credentials to the form").
 */
const METHOD = new RegExp(
  `\\b(${METHODS})\\s+(?=(?:requests?|calls?|hits?)\\b)|\\b(?:http\\s+)?(?:method|verb)\\s*(?:=|:|is\\s+|of\\s+)?\\s*"?(${METHODS})\\b|\\b(post)(?:s|ed|ing)\\s+(?=(?:[\\w-]+\\s+){0,2}?(?:to|against)\\b)|\\b(${METHODS})(?:s|ing|ed|ting)?\\b`,
  'gid',
);
/** A path on a web server: "/wp-admin/", "/login.aspx", "/api/v1/users", "/.env"; not "and/or", "10.0.0.0/8", "11/05". */
const PATH = /(?<![\w.:/\\-])\/(?:[\w.~%-]{1,80}\/){0,8}[\w.~%-]{0,80}(?:\?[\w=&%.-]{0,200})?(?![\w/\\])/g;
/** A path names a resource: it has an extension or a second segment, or the words before it point at it. */
const RESOURCE = /\.[A-Za-z][\w]{0,5}(?:\?|$)|^\/[^/]+\/[^/]/;
const POINTED_AT =
  /\b(?:to|for|on|at|against|hitting|requesting|requested|visiting|path|uri|url|endpoint|page|route)\s+(?:the\s+)?$/i;
/** A path as the subject of what a web server did with it ("did /checkout return 500s", "/login served", "/api threw"). */
const SERVED_AFTER =
  /^\s+(?:(?:ever|still|just|also)\s+)?(?:return(?:s|ed|ing)?|respond(?:s|ed|ing)?|serv(?:e|es|ed|ing)|thr(?:ow|ows|ew|own|owing)|fail(?:s|ed|ing)?|error(?:s|ed)?|gave|giv(?:e|es|ing)|time(?:s|d)?\s+out|redirect(?:s|ed|ing)?)\b/i;

/**
 * A page named by a word rather than its path ("POST requests to the login page", "hits on the admin panel", "errors
 * on the checkout pages"): its path holds the word. Words that say which page rather than name it are none.
 */
const NAMED_PAGE =
  /\b(?:to|on|at|for|against|hitting|of|from)\s+(?:the|our|their|its|a|an)\s+(?!(?:home|main|landing|start|same|other|next|previous|first|last|web|error|status|new|old|whole|entire|single|this|that)\b)([a-z][a-z0-9_-]{2,30})\s+(?:pages?|panel|portal|form|endpoints?)\b/dgi;
/** Words before "page" that name no page of the site: which one of a list, the web itself, or another product's pages. */
const NOT_A_PAGE =
  /^(?:web|home|whole|entire|same|next|previous|first|last|main|other|only|single|one|new|old|static|error|blank|sharepoint|wiki|confluence)$/i;

/** A client named in the user agent: before "in the user agent", after "user agent containing", or a known scanner's name. */
const AGENT_WORD = String.raw`(?:http\s+)?user[\s-]?agents?(?:\s+strings?)?`;
/** A client's name, or a list of up to six ("sqlmap or nikto", "curl, wget or python-requests"): any of them. */
const AGENT_NAME = String.raw`[\w.\/-]{2,40}`;
const AGENT_LIST = String.raw`${AGENT_NAME}(?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+or\s+)${AGENT_NAME}){0,5}`;
const AGENT_IN = new RegExp(
  String.raw`(?<![\w.-])(${AGENT_LIST})\s+(?:in|within)\s+(?:the\s+|their\s+|its\s+)?${AGENT_WORD}`,
  'gi',
);
const AGENT_HAS = new RegExp(
  String.raw`\b${AGENT_WORD}\s+(?:contain(?:s|ing)?|includ(?:es|ing)|like|matching|=|:|is|equal\s+to)\s+"?(${AGENT_LIST})`,
  'gi',
);
/** The items of a list of clients' names. */
const AGENT_SEPARATOR = /\s*,\s*(?:(?:or|and)\s+)?|\s+or\s+/gi;
const SCANNER_AGENT = new RegExp(
  String.raw`\b(sqlmap|nikto|nmap|masscan|zgrab|nuclei|dirbuster|gobuster|wpscan|acunetix|hydra|curl|wget|python-requests|go-http-client|okhttp)\s+${AGENT_WORD}`,
  'gi',
);
/** Words of time and of grouping that end a list of names said after the user agent ("…, last 24h", "…, by src"). */
const LIST_END =
  /^(?:last|past|this|today|yesterday|since|over|during|per|by|from|for|in|on|at|to|with|top|only|show|grouped|split)$/i;
/**
 * Words that stand where a client's name would and are none ("anything in the user agent", "the user agent is
 * empty", "requests or curl in the user agent": the rows asked for).
 */
const NOT_A_CLIENT =
  /^(?:the|a|an|any|anything|something|nothing|string|strings|text|value|values|word|words|change|changes|unusual|odd|weird|suspicious|empty|blank|missing|null|same|different|their|its|and|or|requests?|hits?|calls?|traffic|events?|entries|logs?|sessions?|connections?)$/i;

function columnOf(tables: readonly TableColumns[], pattern: RegExp): string | undefined {
  for (const table of tables)
    for (const column of table.columns) if (pattern.test(column)) return `${table.table}.${column}`;
  return undefined;
}

const METHOD_COLUMN = /^(?:http_?method|cs_?method|request_?method|method|http_?verb|verb)$/i;
const AGENT_COLUMN = /user_?agent/i;

/** The method, path and user-agent values of a question about web requests, where no other reader took the span. */
export function readWebRequests(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  // A path with the status its requests got ("clients getting 502 from /cart/pay") says web traffic without its words.
  if (!WEB_CONTEXT.test(text) && !saysWebRequest(text)) return hits;
  const methodHint = columnOf(tables, METHOD_COLUMN) ?? 'http method';
  scan(
    text,
    METHOD,
    taken,
    (m) => {
      const group = [1, 2, 3].find((at) => m[at] !== undefined) ?? 4;
      const value = m[group]!;
      // A bare method word in lower case ("get", "put") is an ordinary verb.
      if (group === 4 && value !== value.toUpperCase()) return null;
      const [start, end] = m.indices![group]!;
      return { kind: 'text', value: value.toUpperCase(), start, end, hint: methodHint };
    },
    hits,
  );
  scan(
    text,
    PATH,
    taken,
    (m) => {
      const path = m[0];
      if (path.length < 2) return null;
      const end = m.index + path.length;
      if (
        !RESOURCE.test(path) &&
        !POINTED_AT.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
        !SERVED_AFTER.test(text.slice(end, end + 40))
      )
        return null;
      return { kind: 'url', value: path, start: m.index, end: m.index + path.length, operator: 'contains' };
    },
    hits,
  );
  scan(
    text,
    NAMED_PAGE,
    taken,
    (m) => {
      const word = m[1]!;
      if (NOT_A_PAGE.test(word)) return null;
      const [start, end] = m.indices![1]!;
      return { kind: 'url', value: word.toLowerCase(), start, end, operator: 'contains' };
    },
    hits,
  );
  if (/user[\s-]?agent/i.test(text)) {
    const agentHint = columnOf(tables, AGENT_COLUMN) ?? 'user agent';
    for (const pattern of [AGENT_IN, AGENT_HAS, SCANNER_AGENT])
      scan(
        text,
        pattern,
        taken,
        (m) => {
          // Each name of a list is a value of its own: the column contains any of them.
          const listStart = m.index + m[0].indexOf(m[1]!);
          const names: ValueHit[] = [];
          const before = pattern === AGENT_IN;
          let from = 0;
          for (const item of m[1]!.split(AGENT_SEPARATOR)) {
            const at = m[1]!.indexOf(item, from);
            from = at + item.length;
            // Words before a list said before the user agent ("requests or curl") are no names: the last ones are;
            // a word of time or grouping after a list said after it ("…, last 24h") ends it.
            if (NOT_A_CLIENT.test(item) || LIST_END.test(item)) {
              if (before) names.length = 0;
              else break;
              continue;
            }
            names.push({
              kind: 'text',
              value: item,
              start: listStart + at,
              end: listStart + at + item.length,
              operator: 'contains',
              hint: agentHint,
            });
          }
          return names.length > 0 ? names : null;
        },
        hits,
      );
  }
  return hits;
}
