import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { firmClauses } from './firm-clauses';
import { analyzeHeuristically } from './heuristic-analyzer';
import { scorePlatforms } from './platform-scorer';

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

  it('sends HTTP errors said by their class on a site ("5xx errors on shop.example.co.uk") to the web data', () => {
    expect(route('the hourly count of 5xx errors on shop.example.co.uk yesterday')).toEqual(['spl']);
    expect(route('4xx errors on portal.example.design per url today')).toEqual(['spl']);
  });

  it('sends changes to an app registration, an object of the cloud directory alone, to the Sentinel workspace', () => {
    expect(
      route('every "Certificates and secrets management" change to the payroll-sync app registration in October'),
    ).toEqual(['kql']);
  });

  it('sends directory role assignments to the Sentinel workspace', () => {
    expect(route('Who was given a privileged directory role assignment this week?')).toEqual(['kql']);
  });

  it('reads the new holders of a directory role ("new global admins") from the directory audit, not sign-ins', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(meshHints(), agents.data);
    for (const question of ['new global admins in entra this month', 'new Security Administrators since Monday']) {
      const { evidence } = analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW });
      expect(evidence.find((e) => e.platform === 'kql')?.tables[0]).toBe('AuditLogs');
    }
  });

  it("sends an app's event named in snake_case by what happened to the app's own log", () => {
    expect(route('voucher_code_rejected floods by address over the past 2 hours?')).toEqual(['sql']);
    expect(route('daily subscription_paused counts this quarter')).toEqual(['sql']);
    // Named with a telemetry source, it is that source's record.
    expect(route('any malware_blocked events in defender since noon?')).not.toContain('sql');
  });

  it("reads what a person did in the business database from the app's log of what its users did", () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(meshHints(), agents.data);
    const { analysis, evidence } = analyzeHeuristically({
      naturalLanguage:
        'okta logins of pia@gardens.test since Friday, plus whatever she did in the database since Friday',
      catalog,
      agents,
      now: NOW,
    });
    expect(analysis.required_platforms).toContain('sql');
    expect(evidence.find((e) => e.platform === 'sql')?.tables[0]).toBe('events');
  });

  it.each([
    'How many failed logins has each app user had this week? Only the ones with 3 or more.',
    'downloads per app user yesterday',
    'logins by app member since Monday',
  ])("reads what the app's own people did (%s) from the app's log of events, not their accounts", (question) => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(meshHints(), agents.data);
    const { analysis, evidence } = analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW });
    expect(analysis.required_platforms).toEqual(['sql']);
    expect(evidence.find((e) => e.platform === 'sql')?.tables[0]).toBe('events');
  });

  it("keeps the app's people asked of their accounts on the accounts' record", () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(meshHints(), agents.data);
    const { evidence } = analyzeHeuristically({
      naturalLanguage: 'app users created last month per department',
      catalog,
      agents,
      now: NOW,
    });
    expect(evidence.find((e) => e.platform === 'sql')?.tables[0]).toBe('users');
  });

  it('sends groups ranked by the money they brought in to the business database', () => {
    expect(route('top 2 categories by money taken this quarter')).toEqual(['sql']);
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

  it("reads no store from the role a machine's name holds (SQL-…, WEB-…)", () => {
    expect(route('who logged on interactively to SQL-REPORT-02 last night?')).toEqual(['kql']);
    expect(route('new services installed on WEB-DMZ-03 this week')).not.toContain('sql');
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
    // An app's account said as whose it is: the app's own record of its accounts.
    ['the expenses app account of kfox', ['sql']],
    // Deals are the sales the business made.
    ['deals over 7k won this week', ['sql']],
    // People who have not signed in to the app: the app's record of when they last logged in.
    ["tellers (dept Vault) that haven't signed into the app in 3 weeks", ['sql']],
    // A fiscal year said in short ("FY31", "fiscal 2030") names the table that files rows by fiscal year.
    ['Orchard spending in FY31', ['sql']],
    ['what did the Atrium spend in fiscal 2030', ['sql']],
    // Signing into an app is a sign-in the identity provider logs, not a row of a business `users` table.
    ['how many people signed into the Workday portal last week', ['kql']],
    ['count the users who logged into Zendesk this morning', ['kql']],
    ['how many users signed into the billing app per day, from the app database', ['sql']],
    // Rows of the app named by a value of theirs ("signin_denied events") are the app's, whatever words the value holds.
    ['signin_denied events recorded by our app since midnight, per hour', ['sql']],
    ['how many logon_rejected events did the app log this week', ['sql']],
    // A source's name leading the question as its label names it, in any case.
    ['sysmon: network connections to port 4444 from host SRV-2 this week', ['spl']],
    // HTTP status codes in the plural, on a site: the web access log.
    ['401/403s on techlog.example.aero today, top 5 src ips', ['spl']],
  ];

  it.each(cases)('routes "%s" to %j', (question, expected) => {
    expect(route(question)).toEqual(expected);
  });
});

describe('the table that keeps when people last did what the question asks', () => {
  it("leads the tables of a question about the app's people not signing in, so their unit is read on it", () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(meshHints(), agents.data);
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'tellers (dept Vault) who have not logged into the app for 25 days',
      catalog,
      agents,
      now: NOW,
    });
    expect(analysis.entities.tables[0]).toBe('users');
    expect(analysis.constraints?.filters).toEqual([
      expect.objectContaining({ values: ['Vault'], field: 'department' }),
    ]);
  });
});

describe('a business table named as a source beside a sign-in store', () => {
  it('queries both when the question says which table ("from the CRM users table") and the sign-ins', () => {
    const platforms = route('Which sales team members from the CRM users table had failed Entra sign-ins this week?');
    expect([...platforms].sort()).toEqual(['kql', 'sql']);
  });
});

/** Two-platform questions, in words of their own: each half routed to its store. */
describe('two-platform questions on the mesh schemas', () => {
  const both = (question: string) => [...route(question)].sort();

  it('reads CloudTrail written in camel case as the AWS store beside an Entra clause', () => {
    expect(
      both(
        'Our honeypot logged 198.51.100.23. Were there Entra ID sign-ins from it over the past day, and did it make any CloudTrail calls over the same day?',
      ),
    ).toEqual(['kql', 'spl']);
  });

  it('cuts two requests set side by side ("alongside", " + ") when each says where its data is', () => {
    expect(
      both('daily revenue from the shop database alongside daily HTTP 4xx errors on the web servers, last week'),
    ).toEqual(['spl', 'sql']);
    expect(
      both('security review of j.doe@corp.io: his entra sign-ins by app + what he did in our app (events by type)'),
    ).toEqual(['kql', 'sql']);
  });

  it("cuts a sign-in clause from one asking a person's profile in the app or one row of a business table as a record", () => {
    const okta = both('blocked Okta logins for ivo@fabrikam.com since Monday and his profile in the app');
    expect(okta).toHaveLength(2);
    expect(okta).toContain('sql');
    expect(both('risky Entra logins of ivo@fabrikam.com over 2 days, and the customer record for that e-mail')).toEqual(
      ['kql', 'sql'],
    );
  });

  it('keeps a sign-in request said inside the account clause with the sign-ins, not with the lines before it', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(meshHints(), agents.data);
    const cut = firmClauses(
      "Helpdesk note: ivo@fabrikam.com reports he is locked out. List his failed Entra logins since Monday with the reason, and whether his account is enabled in our app's users table and when he last signed in.",
      (reading) => scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] }),
    );
    expect(cut?.[0]).toContain('Entra logins');
  });

  it('reads a web server named by its product (nginx) as the web logs beside the app database', () => {
    expect(
      both(
        'signup_completed events per day in the app database this week vs requests to /register per client in the nginx logs',
      ),
    ).toEqual(['spl', 'sql']);
  });

  it('cuts a clause naming a kind of data only one store keeps from one naming the app database by name', () => {
    expect(
      both(
        'a scanner at 203.0.113.200 is flooding us - how many requests did it make to the web servers today, and how many signup events came from it in the app database?',
      ),
    ).toEqual(['spl', 'sql']);
    // Ordinary words of sign-ins beside the named database name no other store.
    expect(
      both('how many customers signed in last week, and how many orders did they place in the shop database?'),
    ).toEqual(['sql']);
  });

  it('cuts a clause asking HTTP errors of a site from one naming the shop database', () => {
    expect(
      both(
        'orders per hour on 27 November from our shop database, and the hourly count of 5xx errors on shop.example.co.uk for that same day',
      ),
    ).toEqual(['spl', 'sql']);
    expect(both('count the orders placed yesterday in the shop db, and the 404 responses on shop.example.com')).toEqual(
      ['spl', 'sql'],
    );
  });

  it("reads a person's app events beside her Entra sign-ins as the app database's", () => {
    expect(both('r.moss@corp.io: entra sign-ins per app and his app actions by type since monday')).toEqual([
      'kql',
      'sql',
    ]);
  });

  it('keeps one request whose second measure is set beside the first ("alongside the users involved")', () => {
    expect(
      both(
        "Using Splunk's network traffic data model, count blocked connections per port alongside the number of distinct hosts involved",
      ),
    ).toEqual(['spl']);
  });

  it('queries both stores of a product pair joined by a sign ("defender & sysmon") or said with "both" after it', () => {
    expect(both('certutil downloading files anywhere today? defender & sysmon')).toEqual(['kql', 'spl']);
    expect(both('wmic spawning processes yesterday - sysmon and defender both, please')).toEqual(['kql', 'spl']);
    // "and" typed as a chat "n".
    expect(both('anything beaconing to 45.9.148.3? defender n sysmon, last 2d')).toEqual(['kql', 'spl']);
  });

  it('cuts a clause that says a product only one store keeps as a source ("defender") from one naming the other', () => {
    expect(
      both(
        'case 77: laptop HR-LT-9 is slow, please check defender process events on it this week and the sysmon network connections in splunk',
      ),
    ).toEqual(['kql', 'spl']);
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

describe('the Windows event log named as a collected log', () => {
  it('reads "the windows event logs" / "windows logs" as the collected log Splunk indexes', () => {
    expect(route('special privilege logons (4672) in the windows event logs since friday, per host')).toEqual(['spl']);
    expect(route('windows logs - service installs (7045) on any server this month')).toEqual(['spl']);
  });

  it('keeps a Windows event id on Sentinel when its table is named', () => {
    expect(route('special privilege logons (4672) since friday in SecurityEvent, per host')).toEqual(['kql']);
  });

  it("sends the app's own admins asked of their last sign-in to the business database that keeps it", () => {
    expect(route("our app's admins who have not logged in for 45 days")).toEqual(['sql']);
  });
});

describe('people nouns that also name a business table ("users", "members", "accounts") beside security work', () => {
  it('sends what was done to those people in words of telemetry to the Sentinel workspace', () => {
    expect(route('members whose MFA registration failed more than 4 times since Sunday')).toEqual(['kql']);
    expect(route('accounts flagged for impossible travel during the last 2 days')).toEqual(['kql']);
    expect(route('employees whose credentials were reset by an operator last Tuesday')).toEqual(['kql']);
  });

  it('sends a role or group membership changed at a time to the audit logs, not the role a record holds now', () => {
    expect(route('which staff got removed from the billing admin role over the weekend')).not.toContain('sql');
    expect(route('anyone added to the Exchange Administrator role in the past fortnight')).toEqual(['kql']);
  });

  it('keeps questions about the business records of those people on the business database', () => {
    expect(route('which users in the Support department hold the role auditor')).toEqual(['sql']);
    expect(route('sign-ups of new users per week this quarter')).toEqual(['sql']);
    expect(route('weekly signups since the spring sale')).toEqual(['sql']);
    expect(route('how many people signed up through the referral page yesterday')).toEqual(['sql']);
    expect(route('users who have never placed a single order')).toEqual(['sql']);
    expect(route('which app users were moved to the editor role this week')).toEqual(['sql']);
    expect(route('orders still processing from the previous week worth more than $800')).toEqual(['sql']);
  });

  it('reads "outside business hours" as a time of day, not as the business database described', () => {
    expect(route('staff whose credentials changed outside business hours')).not.toContain('sql');
    expect(route('invoices paid outside office hours this month')).toEqual(['sql']);
  });
});

describe('mail messages on the mesh schemas, whose business tables keep addresses only', () => {
  it("reads messages to the office suite's audit log on Sentinel, whatever business noun names an attachment", () => {
    for (const question of [
      'mails whose attachment is called receipt_0425.pdf, past week',
      'incoming e-mails from outside senders with a quote attached as a zip file',
      'how many emails did the payroll mailbox send per recipient yesterday',
    ]) {
      const agents = buildAgentDirectory(fullMeshAgents());
      const catalog = readSchemaCatalog(meshHints(), agents.data);
      const { analysis } = analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW });
      expect(analysis.required_platforms).toEqual(['kql']);
      expect(analysis.entities.tables).toContain('OfficeActivity');
    }
  });

  it('keeps the e-mail address of a business row on the business database', () => {
    expect(route('the email of every client whose bill is overdue')).toEqual(['sql']);
  });
});

describe("an account's lifecycle events on the mesh schemas", () => {
  it('sends accounts deleted, disabled or short-lived to the security logs, not the business users table', () => {
    for (const question of [
      'which accounts were locked and re-enabled during the night shift',
      'user accounts made and removed again inside 20 minutes, past fortnight',
      'who deleted user accounts yesterday',
      'users that got disabled since monday, by operator',
    ]) {
      const agents = buildAgentDirectory(fullMeshAgents());
      const catalog = readSchemaCatalog(meshHints(), agents.data);
      const { analysis } = analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW });
      expect([question, analysis.required_platforms]).toEqual([question, ['kql']]);
      expect(analysis.entities.tables).toContain('SecurityEvent');
    }
  });

  it("keeps the app's own accounts, and accounts merely created with a role, on the business database", () => {
    expect(route('app accounts disabled this week')).toEqual(['sql']);
    expect(route('users created since April with the viewer role')).toEqual(['sql']);
  });
});

describe('cloud and identity words beside a business noun on the mesh schemas', () => {
  it("sends operations on Azure's resources to its activity log, whoever the business noun says owns them", () => {
    for (const question of [
      'RBAC role assignments granted in azure over the weekend, by caller',
      'client VMs that were deallocated on sunday',
      'which virtual machines of the partner subscriptions got restarted today',
    ]) {
      const agents = buildAgentDirectory(fullMeshAgents());
      const catalog = readSchemaCatalog(meshHints(), agents.data);
      const { analysis } = analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW });
      expect([question, analysis.required_platforms]).toEqual([question, ['kql']]);
      expect(analysis.entities.tables[0]).toBe('AzureActivity');
    }
  });

  it("sends the identity provider's sign-in policies and guest accounts to the Sentinel workspace", () => {
    expect(route('guest accounts stopped by conditional access since friday')).toEqual(['kql']);
    expect(route('how many conditional access blocks hit our partner users this week')).toEqual(['kql']);
  });

  it('reads role assignments granted on a scope as an audit event, and impossible travel from the sign-ins', () => {
    expect(route('who granted role assignments at the subscription scope on tuesday')).toEqual(['kql']);
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(meshHints(), agents.data);
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'staff accounts flagged for impossible travel on tuesday',
      catalog,
      agents,
      now: NOW,
    });
    expect(analysis.required_platforms).toEqual(['kql']);
    expect(analysis.entities.tables[0]).toBe('SigninLogs');
  });

  it('keeps the business rows those nouns name on the business database', () => {
    expect(route('clients in Canada with more than two unpaid bills')).toEqual(['sql']);
    expect(route('app users in the Ops department with the owner role')).toEqual(['sql']);
  });
});
