import { DOMAIN_NAME } from './domain-names.util';
import { rememberLast } from './remember-last.util';

/** Characters of the question read for a web request. */
const MAX_TEXT = 1_000;

/** An HTTP method written as one (`POST`, `GET`): upper case, as access logs and analysts write it. */
const METHOD = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/;
/** A method said as the kind of request ("post requests", "GET calls"), in any case. */
const METHOD_REQUEST = /\b(?:get|post|put|patch|delete|head|options)\s+(?:requests?|calls?|hits?)\b/i;
/** A URL path as its own word (`/admin/login`, `/api/v2/orders`), not the tail of a CIDR (`10.0.0.0/8`) or `and/or`. */
const PATH = /(?:^|[\s("'])\/[A-Za-z0-9_~%.-]+(?:\/[A-Za-z0-9_~%.-]*)*/;
const PATHS = new RegExp(PATH.source, 'g');
/** A path to a page a web server runs (`/login.php`, `/default.aspx`, `/cgi-bin/test.cgi`): a web request on its own. */
const PAGE =
  /(?:^|[\s("'])\/(?:[A-Za-z0-9_~%.-]+\/)*[A-Za-z0-9_~%-]+\.(?:php\d?|aspx?|ashx|jspx?|html?|cgi|do|action)\b/i;

/** The User-Agent header said as such ("user agent", "user-agent", `useragent`). */
const USER_AGENT = /\buser[\s_-]?agents?\b/i;
/** Requests said as what a web server counts ("requests", "hits", "web traffic"). */
const REQUEST_WORD = /\b(?:requests?|hits?|http|web|visits?|page\s*views?)\b/i;

/**
 * An HTTP status code said as what a request got ("getting 429", "served a 503", "giving customers 404 errors", "404s"), not
 * a count ("got 300 rows").
 */
const STATUS_GOT =
  /\b(?:get(?:s|ting)?|got|return(?:s|ed|ing)?|serv(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|throw(?:s|ing)?|threw|receiv(?:e|es|ed|ing))\s+(?:(?:customers|users|visitors|members|people|clients|shoppers|guests|them|us)\s+)?(?:an?\s+)?[1-5]\d\d\b(?!\s+(?:requests?|hits?|calls?|times|rows?|results?|records?|events?|users?|visits?|pages?|items?|of)\b)|(?<![\w.$€£:/-])[1-5]\d\ds\b/i;

/**
 * A class of HTTP status codes said as errors or responses ("5xx errors", "4xx responses", "the 5xxs"): no other kind of
 * code is written so. Shared with the value reader (`literal-values.ts`), which reads the class as a status.
 */
export const HTTP_STATUS_CLASS = /(?<![\w.-])[1-5]xx(?:s\b|\s+(?:errors?|responses?|status(?:es)?|codes?)\b)/i;
/** A code said as errors of a site named by its domain ("500 errors on portal.contoso.com"). */
const STATUS_ERRORS =
  /(?<![\w.$€£:/-])[1-5]\d\d\s+(?:errors?|responses?)\s+(?:on|from|at|for|of)\s+(?:the\s+)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/i;

/** Requests said as such ("requests", "page loads"): with a site named by its domain, what its web server logs. */
const SITE_REQUESTS = /\b(?:requests?|page\s*loads?)\b/i;
/** Names looked up, not pages fetched ("dns requests for evil.com", "lookups of x.io"). */
const NAME_LOOKUP = /\b(?:dns|lookups?|look(?:ed|ing)?\s+up|resol\w+|quer(?:y|ies|ied))\b/i;

/** Visits of a site counted as a web server counts them ("visits", "visitors", "page views", "hits"). */
const VISITS = /\b(?:visits?|visitors?|page\s*views?|pageviews?|hits)\b/i;

/**
 * Requests said to go to a URL path ("requests to the /transcripts/request page", "hits on /api/orders", "page views of
 * /pricing"): what a web server or a proxy logs, whatever the path's words. A Unix file path (`/etc/shadow`) is no page.
 */
const REQUESTS_TO_PATH =
  /\b(?:requests?|hits?|page\s*views?|visits?)\s+(?:[a-z]+\s+){0,2}?(?:to|for|on|against|of|at)\s+(?:the\s+|our\s+)?\/(?!(?:etc|var|tmp|usr|home|bin|sbin|opt|proc|dev|root|mnt|srv|lib)\/)[A-Za-z0-9_~%.-]/i;

/**
 * Whether the question asks about web requests by their shape: an HTTP method with a URL path or the
 * word request ("POST requests to /admin"), a method said as the request ("get requests"), or a path to
 * a server page (`/index.php`), or requests picked by their user agent ("hits with curl in the user agent"), or a URL
 * path with the user agents or the HTTP status code its requests got ("agents getting 403 on /api/cart"), or requests
 * said to go to a path ("requests to the /login page"), or HTTP errors of a class or of a site ("5xx errors", "500 errors
 * on shop.example.com"), or a site's visits or the statuses it served by its name ("visits to pay.example.org"). Such data is
 * in a web server or proxy access log, whatever ordinary words the path holds (`/user/login` is not a sign-in log).
 */
function readSaysWebRequest(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  // A path or a page starts with a slash: without one, neither pattern is tried.
  const slashed = slice.includes('/');
  if ((slashed && PAGE.test(slice)) || METHOD_REQUEST.test(slice)) return true;
  if (USER_AGENT.test(slice) && REQUEST_WORD.test(slice)) return true;
  if (slashed && PATH.test(slice) && (USER_AGENT.test(slice) || STATUS_GOT.test(slice))) return true;
  if (slashed && REQUESTS_TO_PATH.test(slice)) return true;
  if (HTTP_STATUS_CLASS.test(slice) || STATUS_ERRORS.test(slice)) return true;
  // "how many visits did pay.example.org get", "page views of shop.example.com": a site's visits, by its name; "which
  // pages on order.example.com are giving customers 404 errors": the statuses a site named served.
  // "our portal (portal.example.law) … how many requests failed": a site's requests, by its name; not a name looked up.
  if (
    (VISITS.test(slice) || STATUS_GOT.test(slice) || (SITE_REQUESTS.test(slice) && !NAME_LOOKUP.test(slice))) &&
    slice.includes('.') &&
    new RegExp(DOMAIN_NAME.source, 'i').test(slice)
  )
    return true;
  return METHOD.test(slice) && ((slashed && PATH.test(slice)) || /\brequests?\b/i.test(slice));
}

/** {@link readSaysWebRequest}, the last text's answer kept (see {@link rememberLast}). */
export const saysWebRequest = rememberLast(readSaysWebRequest);

/**
 * The text with its URL paths blanked, for a question about web requests: the words of a path
 * (`/account/login.php`) name the resource requested, not the data asked about (a sign-in log, an accounts table).
 */
export function withoutUrlPaths(text: string): string {
  return text.slice(0, MAX_TEXT).replace(PATHS, ' ') + text.slice(MAX_TEXT);
}
