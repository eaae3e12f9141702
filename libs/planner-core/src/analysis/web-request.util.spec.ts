import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';
import { readQuestion } from './question-reader';
import { saysWebRequest, withoutUrlPaths } from './web-request.util';

describe('saysWebRequest', () => {
  it('reads a method with a path or the word request, a method said as the request, or a server page', () => {
    expect(saysWebRequest('PUT to /api/v3/carts from one address')).toBe(true);
    expect(saysWebRequest('count DELETE requests per hour')).toBe(true);
    expect(saysWebRequest('how many get requests did the storefront answer')).toBe(true);
    expect(saysWebRequest('hits on /portal/signin.aspx since noon')).toBe(true);
  });

  it('reads requests picked by their user agent, and not a user agent said of anything else', () => {
    expect(saysWebRequest('page views from a headless-chrome user-agent this week')).toBe(true);
    expect(saysWebRequest('hits whose useragent mentions nikto')).toBe(true);
    expect(saysWebRequest('sign-ins with an unusual user agent')).toBe(false);
  });

  it('reads a URL path with the user agents or the HTTP status code its requests got', () => {
    expect(saysWebRequest('browsers getting 403 on /partners/feed since lunch')).toBe(true);
    expect(saysWebRequest('410s from /legacy/catalog by hour')).toBe(true);
    expect(saysWebRequest('which user agents call /api/v4/quotes')).toBe(true);
    expect(saysWebRequest('files under /srv/data getting 300 rows')).toBe(false);
    expect(saysWebRequest('hosts getting 404 from the cdn')).toBe(false);
  });

  it('reads a class of HTTP errors, or a code said as errors of a site named', () => {
    expect(saysWebRequest('the hourly count of 5xx errors on shop.example.co.uk')).toBe(true);
    expect(saysWebRequest('4xx responses per client since noon')).toBe(true);
    expect(saysWebRequest('how many 500 errors on portal.contoso.com this week')).toBe(true);
    expect(saysWebRequest('more than 500 errors on DC01 today')).toBe(false);
    expect(saysWebRequest('orders in the 5xx range of ids')).toBe(false);
  });

  it("reads a site's requests by its name, and not names looked up nor requests of a mail address", () => {
    expect(
      saysWebRequest('our client portal (portal.firm.law) kept erroring: how many requests failed each hour'),
    ).toBe(true);
    expect(saysWebRequest('how many requests to shop.example.com failed yesterday')).toBe(true);
    expect(saysWebRequest('how many dns requests for evil.com were made today')).toBe(false);
    expect(saysWebRequest('requests from bob@corp.io for new laptops')).toBe(false);
  });

  it("reads a site's visits by its name, and not visits said of nothing on the web", () => {
    expect(saysWebRequest('How many visits did pay.brookmere.sch.uk get on each day of the last 7 days?')).toBe(true);
    expect(saysWebRequest('page views of shop.example.com per hour')).toBe(true);
    expect(saysWebRequest('store visits per region last month')).toBe(false);
    expect(saysWebRequest('dns lookups of evil.example.com')).toBe(false);
  });

  it('reads the statuses a site named by its domain served, given to whoever visited it', () => {
    expect(saysWebRequest('which pages on shop.tidewell.co.uk are giving customers 404 errors today')).toBe(true);
    expect(saysWebRequest('did portal.example.org return 503 since noon')).toBe(true);
    expect(saysWebRequest('customers who got 404 refunds on orders.csv')).toBe(false);
  });

  it('does not read a unix file path, a CIDR, an upper-case word alone or a plain verb as a web request', () => {
    expect(saysWebRequest('files written under /var/tmp/cache today')).toBe(false);
    expect(saysWebRequest('hosts in 10.8.0.0/16 talking on port 22')).toBe(false);
    expect(saysWebRequest('DELETE statements run against the ledger')).toBe(false);
    expect(saysWebRequest('get the orders placed yesterday')).toBe(false);
  });
});

describe('withoutUrlPaths', () => {
  it('blanks the paths and keeps the rest', () => {
    expect(withoutUrlPaths('POST to /members/login.jsp from 192.0.2.9').replace(/\s+/g, ' ')).toBe(
      'POST to from 192.0.2.9',
    );
  });

  it("keeps the words of a path out of a web question's reading", () => {
    expect(readQuestion('POST requests to /members/login.jsp').terms.has('login')).toBe(false);
    expect(readQuestion('member login failures today').terms.has('login')).toBe(true);
  });
});

describe('routing a web request put by its method and path', () => {
  /** An invented catalog: a sign-in table the path's words name, and a web access log. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { MemberLoginLogs: ['TimeGenerated', 'MemberName', 'Outcome'] },
    },
    spl: { description: 'Splunk', datamodels: { Web: ['url', 'status', 'http_method', 'src'] } },
    sql: { description: 'Relational database of a bakery chain', tables: { members: ['member_id', 'joined_on'] } },
  };

  it('goes to the store that keeps web requests for requests picked by user agent, not to a users table', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(
      { ...hints, spl: { description: 'Splunk', datamodels: { Web: ['url', 'status', 'http_user_agent', 'src'] } } },
      agents.data,
    );
    const { analysis } = analyzeHeuristically({
      naturalLanguage: "requests carrying 'zgrab' in the user agent, per day since monday",
      catalog,
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    });

    expect(analysis.required_platforms).toEqual(['spl']);
  });

  it('goes to the store that keeps web requests for a path and the status its requests got, not a members table', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(hints, agents.data);
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'top 4 members getting 401 from /members/area this week',
      catalog,
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    });

    expect(analysis.required_platforms).toEqual(['spl']);
  });

  it('goes to the store that keeps web requests for the statuses a site named served, not a table of its visitors', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(
      {
        ...hints,
        sql: {
          description: 'Relational database of a bakery chain',
          tables: { members: ['member_id', 'joined_on'], loaf_orders: ['order_id', 'member_id', 'ordered_at'] },
        },
      },
      agents.data,
    );
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'which pages on our loaf ordering site (loaves.example.org) gave members 404 errors most today?',
      catalog,
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    });

    expect(analysis.required_platforms).toEqual(['spl']);
  });

  it('goes to the store that keeps web requests, not the one the words of the path name', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(hints, agents.data);
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'POST requests to /members/login.jsp per hour from 192.0.2.9 since yesterday',
      catalog,
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    });

    expect(analysis.required_platforms).toEqual(['spl']);
    expect(analysis.entities.tables).toContain('Web');
  });
});

describe('saysWebRequest: requests said to go to a path', () => {
  it.each([
    'Please report the number of requests to the /transcripts/request page that failed with a server error',
    'how many requests to the /api/orders endpoint got a server error in the last 6 hours',
    'hits on /pricing yesterday',
    'page views of /careers this week',
  ])('reads "%s" as web requests', (text) => {
    expect(saysWebRequest(text)).toBe(true);
  });

  it.each(['access requests for /etc/shadow on the db hosts', 'requests approved in the 10.0.0.0/8 range'])(
    'reads "%s" as no web request',
    (text) => {
      expect(saysWebRequest(text)).toBe(false);
    },
  );
});
