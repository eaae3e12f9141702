import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';

const NOW = new Date('2025-03-10T12:00:00Z');
const SCHEMAS = resolve(__dirname, '../../../../apps/mock-data/schemas');

/** The mesh's own data agents' schemas, as a caller would pass them in `schema_hints`. */
function meshHints(): Record<string, unknown> {
  const read = (platform: string): unknown => JSON.parse(readFileSync(resolve(SCHEMAS, `${platform}.json`), 'utf8'));
  return { kql: read('kql'), spl: read('spl'), sql: read('sql') };
}

function route(question: string): readonly string[] {
  const agents = buildAgentDirectory(fullMeshAgents());
  const catalog = readSchemaCatalog(meshHints(), agents.data);
  return analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW }).analysis.required_platforms;
}

describe('routing on the mesh schemas (apps/mock-data/schemas)', () => {
  it('sends Entra sign-ins from one address to the Sentinel workspace', () => {
    expect(route('List the sign-ins that came from 203.0.113.7 in the past day')).toEqual(['kql']);
  });

  it('sends directory role assignments to the Sentinel workspace', () => {
    expect(route('Who was given a privileged directory role assignment this week?')).toEqual(['kql']);
  });

  it('keeps newly created Windows accounts (event 4720) off the business database', () => {
    expect(route('Show Windows accounts created yesterday, event 4720')).not.toContain('sql');
  });

  it('keeps SharePoint file downloads off the business database', () => {
    expect(route('Which users downloaded the most files from SharePoint last month?')).not.toContain('sql');
  });

  it('sends web requests answered with status 500 to Splunk', () => {
    expect(route('Count web requests that returned HTTP status 500 per URL')).toEqual(['spl']);
  });

  it('still sends a question about customer orders to the business database', () => {
    expect(route('What is the total of orders per customer segment this quarter?')).toEqual(['sql']);
  });
});

/**
 * The store rules asked in other words than any journey or eval set: a Microsoft 365 product both SIEMs
 * hold goes to the Microsoft store unless the question spells the other store's source; a source only
 * one store holds (Sysmon here) decides; a Windows program names Windows telemetry; failed "auth" is
 * authentication; an inactivity condition over a column the business table keeps, or business-only
 * columns, go to the database.
 */
describe('store rules on the mesh schemas, in other words', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['Files shared from OneDrive by carol@fabrikam.com over the past two weeks', ['kql']],
    ['SharePoint site access from 192.0.2.10 yesterday', ['kql']],
    ['Office 365 mailbox operations by frank@contoso.com this month', ['kql']],
    ['O365 management activity records for ops@contoso.com since Monday', ['spl']],
    ['authentication failures for erin@contoso.com over the past 3 days', ['kql']],
    ['failed auth attempts from 203.0.113.9 in the past 12 hours', ['kql']],
    ['Which processes did rundll32.exe spawn on WKS-7 today?', ['kql']],
    ['Which users have not signed in to Entra ID for 45 days?', ['kql']],
    ['Network connections to port 4444 logged by Sysmon on host SRV-01 this week', ['spl']],
    ['DNS queries recorded by Sysmon on host LAP-9 in the past day', ['spl']],
    ['Image loads of wininet.dll on host PC-33 from Sysmon yesterday', ['spl']],
    ['Customers who have not placed an order in 3 months', ['sql']],
    ['Users in the Marketing department whose last login is older than 30 days', ['sql']],
    ['Employees in the Sales dept with the admin role', ['sql']],
    ['List app users who have not logged in for 3 months', ['sql']],
    // Signing into an app is a sign-in the identity provider logs, not a row of a business `users` table.
    ['how many people signed into the Workday portal last week', ['kql']],
    ['count the users who logged into Zendesk this morning', ['kql']],
    ['how many users signed into the billing app per day, from the app database', ['sql']],
    // A source's name leading the question as its label names it, in any case.
    ['sysmon: network connections to port 4444 from host SRV-2 this week', ['spl']],
  ];

  it.each(cases)('routes "%s" to %j', (question, expected) => {
    expect(route(question)).toEqual(expected);
  });
});

describe('a business table named as a source beside a sign-in store', () => {
  it('queries both when the question says which table ("from the CRM users table") and the sign-ins', () => {
    const platforms = route('Which sales team members from the CRM users table had failed Entra sign-ins this week?');
    expect([...platforms].sort()).toEqual(['kql', 'sql']);
  });
});

describe('a bare "defender" clause beside a clause of the other SIEM', () => {
  it('queries both when one clause asks Defender and the other names a source only Splunk keeps', () => {
    expect(
      route(
        'did the loader with md5 0cc175b9c0f1b6a831c399e269772661 start on any laptop per defender, and does sysmon list it too? past 2 weeks',
      ),
    ).toEqual(['kql', 'spl']);
    expect(
      route(
        'Grab the defender device connections to 198.51.100.23 and the firewall flows from splunk since monday, per source',
      ),
    ).toEqual(['kql', 'spl']);
  });

  it('queries both when the Splunk clause asks its own question ("what does splunk … show")', () => {
    expect(
      route('did LAB-PC-9 launch mshta.exe per defender on monday, and what does splunk sysmon say about it?'),
    ).toEqual(['kql', 'spl']);
  });

  it('should keep to Splunk when Defender is only data Splunk holds', () => {
    expect(route('pull the defender alerts from splunk for host LAB-3 today and the sysmon process events')).toEqual([
      'spl',
    ]);
  });
});

describe('a clause that names its store by name beside a clause spelling out a table of the other kind', () => {
  it('queries both, though ordinary words of the named clause ("log in") score the other store higher', () => {
    expect(
      route(
        'ci-runner@acme.test: what did it change in azure activity yesterday, and which events did it log in our app database?',
      ),
    ).toEqual(['kql', 'sql']);
  });
});
