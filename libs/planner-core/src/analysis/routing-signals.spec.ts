import { aDataAgent, fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';
import { scorePlatforms } from './platform-scorer';
import { phrasesSaid, readQuestion } from './question-reader';
import { TELEMETRY_WORDS } from './vocabulary';

const NOW = new Date('2025-03-10T12:00:00Z');

function analyze(question: string, hints: unknown) {
  const agents = buildAgentDirectory(fullMeshAgents());
  return analyzeHeuristically({
    naturalLanguage: question,
    catalog: readSchemaCatalog(hints, agents.data),
    agents,
    now: NOW,
  }).analysis;
}

/** Both telemetry stores hold the same invented sources; the business database holds accounts and members. */
function mirroredHints(): Record<string, unknown> {
  return {
    kql: {
      description: 'Log Analytics workspace',
      tables: { AwsBucketAccess: ['TimeGenerated', 'BucketName'], WinDriverLoads: ['TimeGenerated', 'DriverName'] },
    },
    spl: { description: 'Splunk indexes', sourcetypes: ['aws:bucket:access', 'win:driver:loads'] },
    sql: {
      description: 'Relational database of a sports club',
      tables: { accounts: ['account_id', 'holder'], members: ['member_id', 'account_id', 'joined_on'] },
    },
  };
}

describe('routing signals that generalise', () => {
  it("routes a vendor's own name, written as a name and held by one store's entries only, to that store", () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          DeviceNetworkInfo: ['TimeGenerated', 'DeviceName', 'NetworkAdapterName'],
          DeviceNetworkEvents: ['TimeGenerated', 'DeviceName', 'RemoteIP'],
        },
      },
      spl: { description: 'Splunk indexes', sourcetypes: { 'quillnet:devices': ['serial', 'firmware', 'model'] } },
      sql: { description: 'Relational database of a bakery', tables: { loaves: ['loaf_id', 'baked_at'] } },
    };
    // The sentence's first word is capitalised for its place, not part of a title with the vendor's name.
    expect(
      analyze('Track Quillnet firmware compliance so all network devices run supported versions.', hints)
        .required_platforms,
    ).toEqual(['spl']);
  });

  it('leans to Splunk for firewall traffic, as for a firewall vendor named', () => {
    const hints = {
      kql: { tables: { HostSocketEvents: ['TimeGenerated', 'RemotePort', 'ActionType'] } },
      spl: { datamodels: { Perimeter_Traffic: ['dest_port', 'action', 'src_ip'] } },
    };

    expect(analyze('perimeter firewall denials per port since Monday', hints).required_platforms[0]).toBe('spl');
  });

  it.each([
    'fw drops to the badge readers on udp 4070 since noon, per src',
    'top talkers the fw let through overnight',
    'any fw denials toward 203.0.113.80 today?',
  ])('reads "fw" as the firewall: %s', (question) => {
    const hints = {
      kql: { tables: { HostSocketEvents: ['TimeGenerated', 'RemotePort', 'RemoteIP', 'ActionType'] } },
      spl: { datamodels: { Perimeter_Traffic: ['dest_port', 'action', 'src_ip', 'dest_ip'] } },
    };

    expect(analyze(question, hints).required_platforms).toEqual(['spl']);
  });

  it('reads no firewall in a bare "FW", the mark of a forwarded mail', () => {
    const hints = {
      kql: { tables: { MailFlow: ['TimeGenerated', 'Subject', 'SenderFromAddress'] } },
      spl: { datamodels: { Perimeter_Traffic: ['dest_port', 'action', 'src_ip', 'dest_ip'] } },
    };

    expect(analyze('mails with FW in the subject line since monday', hints).required_platforms).toEqual(['kql']);
  });

  it("leans to Splunk for sign-ins through a remote-access VPN, the gateway's own log, over the directory's sign-ins", () => {
    const hints = {
      kql: { tables: { TenantLoginLog: ['TimeGenerated', 'UserPrincipalName', 'AppDisplayName'] } },
      spl: { datamodels: { Authentication: ['user', 'app', 'action', 'src'] } },
    };

    expect(analyze('distinct people logging on via FortiClient each week', hints).required_platforms[0]).toBe('spl');
    expect(analyze('vpn logins per country for the contractors', hints).required_platforms[0]).toBe('spl');
  });

  it('reads a CIM data model said by its short name and "dm" as Splunk, and "dm" alone as no Splunk cue', () => {
    const hints = {
      kql: { tables: { TenantLoginLog: ['TimeGenerated', 'UserPrincipalName', 'ResultType', 'IPAddress'] } },
      spl: { datamodels: { Authentication: ['user', 'action', 'src', 'dest'] } },
    };

    expect(analyze('auth dm - bad logons on jump-07 over the last hour by src', hints).required_platforms).toEqual([
      'spl',
    ]);
    expect(analyze('authentication dm, rejected logins per user today', hints).required_platforms).toEqual(['spl']);
    expect(analyze('failed sign-ins per app today, then dm the owners', hints).required_platforms).toEqual(['kql']);
  });

  it('reads a CIM data model named as the source ("using the authentication data") as Splunk, not the bare word', () => {
    const hints = {
      kql: {
        tables: {
          SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'AppDisplayName', 'ResultType', 'IPAddress'],
          DeviceProcessEvents: ['TimeGenerated', 'DeviceName', 'FileName', 'InitiatingProcessFileName'],
        },
      },
      spl: {
        datamodels: {
          Authentication: ['user', 'app', 'action', 'src'],
          'Endpoint.Processes': ['process_name', 'parent_process_name', 'dest'],
        },
      },
    };
    const platforms = (question: string) => analyze(question, hints).required_platforms;

    expect(
      platforms('from the authentication data, who racked up over 30 rejected sign-ins to Ledgerly since friday'),
    ).toEqual(['spl']);
    expect(platforms('accounts with more than 8 failed logons in the authentication data today')).toEqual(['spl']);
    expect(platforms('using the endpoint process data, what launched certutil on kiosk-12 yesterday')).toEqual(['spl']);
    expect(
      platforms(
        'authentication data shows rejected sign-ins to Ledgerly from one IP, which may indicate spraying in Entra',
      ),
    ).toEqual(['kql']);
  });

  it('leans to Splunk first for a third-party source both stores hold, with low confidence', () => {
    const result = analyze('Find denied AWS bucket access by unknown callers', mirroredHints());

    expect(result.required_platforms[0]).toBe('spl');
    expect(result.confidence).toBeLessThan(0.8);
  });

  it('reads a write-up of AWS activity that names no audit trail as a hunt, and one that names the trail as a rule', () => {
    const hunt = analyze('Spot AWS bucket access by unknown callers that may indicate a staging area', mirroredHints());
    const rule = analyze(
      'Spot AWS bucket access by unknown callers read from CloudTrail that may indicate a staging area',
      mirroredHints(),
    );

    expect(hunt.required_platforms).toEqual(['kql']);
    expect(rule.required_platforms).toEqual(['spl']);
  });

  it.each([
    'Detect AWS bucket access by unknown callers.',
    'Identify Amazon S3 bucket policies being made public.',
    'Detect an EC2 instance started in a region the account never used before.',
    'Identify IAM access keys created for a root user. Attackers could use them to persist.',
  ])(
    "reads a rule's title about AWS that names no audit trail as the Microsoft store's analytics rule: %s",
    (question) => {
      expect(analyze(question, mirroredHints()).required_platforms).toEqual(['kql']);
    },
  );

  it.each([
    'Detect AWS bucket access by unknown callers, leveraging AWS CloudTrail logs.',
    'Identify Amazon S3 bucket policies being made public in CloudTrail events.',
  ])("keeps a rule's title about AWS that names the audit trail with Splunk: %s", (question) => {
    expect(analyze(question, mirroredHints()).required_platforms).toEqual(['spl']);
  });

  it.each([
    'Detect suspicious file permission changes made with the chmod command on critical directories.',
    'Identify new accounts created with useradd outside the build pipeline.',
    'Detect capabilities granted to binaries with setcap on production hosts.',
    'Detect kernel modules loaded with insmod by a non-root account.',
  ])('reads a Unix command named as Linux host telemetry, as the word "linux" is: %s', (question) => {
    const hints = {
      kql: { tables: { HostCommandEvents: ['TimeGenerated', 'CommandLine', 'AccountName', 'FolderPath'] } },
      spl: { sourcetypes: ['host:command:events'] },
    };

    expect(analyze(question, hints).required_platforms).toEqual(['spl']);
  });

  it('leans to Splunk for an AWS service named alone (EC2), as for AWS itself', () => {
    const hints = {
      kql: { tables: { HostSocketEvents: ['TimeGenerated', 'RemotePort', 'ActionType'] } },
      spl: { indexes: { cloud_audit: ['eventName', 'eventSource'] } },
    };

    expect(analyze('ec2 boxes terminated since the weekend', hints).required_platforms[0]).toBe('spl');
  });

  it('leans to the Microsoft store first for Windows data both stores hold, with low confidence', () => {
    const result = analyze('Find unsigned Windows driver loads on servers', mirroredHints());

    expect(result.required_platforms[0]).toBe('kql');
    expect(result.confidence).toBeLessThan(0.8);
  });

  it('leans to Splunk first for web requests and URLs both stores hold (access logs a forwarder collects), with low confidence', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: { GatewayRequests: ['TimeGenerated', 'ClientIp', 'Path'] },
      },
      spl: { description: 'Splunk indexes', sourcetypes: ['gateway:requests'] },
      sql: { description: 'Relational database of a ferry company', tables: { harbours: ['harbour_id'] } },
    };

    const result = analyze('gateway requests from one client to the same URL path, more than 300 a minute', hints);

    expect(result.required_platforms).toEqual(['spl']);
    expect(result.confidence).toBeLessThan(0.8);
  });

  it('leans to the Microsoft store for mail both stores hold, unless the question names another vendor as the source', () => {
    const hints = {
      kql: { description: 'Log Analytics workspace', tables: { MailDeliveries: ['TimeGenerated', 'Sender'] } },
      spl: { description: 'Splunk indexes', sourcetypes: ['mail:deliveries'] },
      sql: { description: 'Relational database of a ferry company', tables: { harbours: ['harbour_id'] } },
    };

    const bare = analyze('mail deliveries with a macro attachment from first-time senders', hints);
    const vendor = analyze('Google Workspace mail deliveries with a macro attachment from first-time senders', hints);

    expect(bare.required_platforms).toEqual(['kql']);
    expect(bare.confidence).toBeLessThan(0.8);
    expect(vendor.required_platforms).toEqual(['spl']);
  });

  it('lets a vendor named decide over a kind of data named (Exchange web requests are Microsoft data)', () => {
    const hints = {
      kql: { description: 'Log Analytics workspace', tables: { OwaRequests: ['TimeGenerated', 'ClientIp'] } },
      spl: { description: 'Splunk indexes', sourcetypes: ['owa:requests'] },
      sql: { description: 'Relational database of a ferry company', tables: { harbours: ['harbour_id'] } },
    };

    const result = analyze('Exchange OWA requests for one URL from many clients', hints);

    expect(result.required_platforms).toEqual(['kql']);
  });

  it('does not read a url column of a business question as a telemetry source', () => {
    const hints = {
      kql: { description: 'Log Analytics workspace', tables: { ProxyHits: ['TimeGenerated', 'Url'] } },
      spl: { description: 'Splunk indexes', sourcetypes: ['proxy:hits'] },
      sql: {
        description: 'Relational database of a bookshop',
        tables: { books: ['book_id', 'title', 'cover_url', 'genre'] },
      },
    };

    expect(analyze('which books have a url', hints).required_platforms).toEqual(['sql']);
  });

  it('leans to Splunk for Windows data both stores hold when the question names how it was collected (an EDR agent, script-block logging)', () => {
    const byAgent = analyze('Find unsigned Windows driver loads on servers reported by EDR agents', mirroredHints());
    const byScriptBlocks = analyze('Find unsigned Windows driver loads that script block logging saw', mirroredHints());

    expect([byAgent.required_platforms[0], byScriptBlocks.required_platforms[0]]).toEqual(['spl', 'spl']);
    expect(byAgent.confidence).toBeLessThan(0.8);
  });

  it('does not hedge when only the winner is named by its own language', () => {
    const result = analyze('Use EventCode 6 to find unsigned Windows driver loads', mirroredHints());

    expect(result.required_platforms).toEqual(['spl']);
  });

  it('keeps a security question that says "accounts" and "members" off the business database', () => {
    const result = analyze(
      'Which accounts added new members to privileged groups after a suspicious AWS sign-in?',
      mirroredHints(),
    );

    expect(result.required_platforms).not.toContain('sql');
  });

  it('keeps a question with one word no business question uses ("MFA") off the business database', () => {
    const result = analyze('Show changes to the MFA methods of accounts', mirroredHints());

    expect(result.required_platforms).not.toContain('sql');
  });

  it('does not let ordinary words that are whole business columns ("kill", "spawn") outweigh a word only security work uses', () => {
    const hints = {
      ...mirroredHints(),
      sql: {
        description: 'Relational database of an esports league',
        tables: { rounds: ['round_id', 'kill', 'spawn', 'map'], players: ['player_id', 'nickname'] },
      },
    };

    const result = analyze('ransomware that tries to kill backup agents before it can spawn', hints);

    expect(result.required_platforms).not.toContain('sql');
  });

  it('keeps accounts locked out by the domain off the business database, however the question spells "accounts"', () => {
    for (const question of ['member lockouts since 6am by holder', 'is holder 4411 locked out again? past 2 days'])
      expect(analyze(question, mirroredHints()).required_platforms).not.toContain('sql');
  });

  it('keeps an admin cmdlet named alone off the business database, however the question counts it', () => {
    const hints = {
      kql: { tables: { OfficeAuditTrail: ['TimeGenerated', 'Operation', 'UserId'] } },
      sql: { tables: { events: ['event_id', 'event_type', 'occurred_at'], staff: ['staff_id', 'department'] } },
    };

    expect(
      analyze('list every Remove-TransportRule operation in the last fortnight', hints).required_platforms,
    ).toEqual(['kql']);
  });

  it('reads an admin or attack tool named by its program as endpoint telemetry, not a tie of ordinary words to hedge', () => {
    const hints = {
      kql: { tables: { HostProcessLaunches: ['TimeGenerated', 'DeviceName', 'FileName', 'ProcessCommandLine'] } },
      spl: { datamodels: { Host_Launches: ['dest', 'process_name', 'process', 'user'] } },
      sql: { tables: { users: ['user_id', 'email', 'used_at'], machines: ['machine_id', 'owner'] } },
    };

    for (const question of [
      'was wmic used to pull a file off the web on any machine? past 2 days',
      'bitsadmin being used by anyone lately',
      'regsvr32 with a remote scriptlet (/i:http) on any box this week',
    ])
      expect(analyze(question, hints).required_platforms).toHaveLength(1);
    expect(analyze('was wmic used on any machine? past 2 days', hints).required_platforms).not.toContain('sql');
  });

  it("keeps the directory's built-in roles (Global Administrator) off the business database's roles", () => {
    const hints = {
      kql: { tables: { TenantChangeAudit: ['TimeGenerated', 'OperationName', 'InitiatedBy', 'TargetResources'] } },
      sql: { tables: { users: ['user_id', 'role', 'department'] } },
    };

    expect(analyze('did anyone put a user into the global admins role', hints).required_platforms).toEqual(['kql']);
  });

  it('keeps logons (the Windows word for signing in to a machine) off the business database', () => {
    expect(
      analyze('last logon of each member on KIOSK-7 this month', mirroredHints()).required_platforms,
    ).not.toContain('sql');
  });

  it('keeps rules on mailboxes off the business database, whoever the question groups them by', () => {
    for (const question of ['mailbox rules per holder since friday', 'forwarding rules made by members this week'])
      expect(analyze(question, mirroredHints()).required_platforms).not.toContain('sql');
  });

  it('still sends a records question about accounts and members to the business database', () => {
    const result = analyze('How many members joined per account holder last year?', mirroredHints());

    expect(result.required_platforms).toEqual(['sql']);
  });

  it('gives a question with no evidence at all low confidence, even with one platform available', () => {
    const agents = buildAgentDirectory({ knowledge: [], data: [aDataAgent('kql')] });

    const result = analyzeHeuristically({
      naturalLanguage: 'hello there',
      catalog: readSchemaCatalog({}),
      agents,
      now: NOW,
    });

    expect(result.analysis.confidence).toBeLessThan(0.5);
  });
});

describe('a product name that is also a business table', () => {
  /** Invented: the chat product's audit lives in the telemetry store; the club database keeps a `Team` table. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { CollabAuditLog: ['TimeGenerated', 'Operation', 'UserId', 'Workload'] },
    },
    spl: { description: 'Splunk indexes', sourcetypes: ['linux:cron'] },
    sql: {
      description: 'Relational database of a sports club',
      tables: { Team: ['team_id', 'team_name', 'coach'], Fixture: ['fixture_id', 'team_id', 'played_on'] },
    },
  };

  it('reads a vendor product written as a name ("Teams" mid-sentence) as the product, not the table', () => {
    expect(analyze('Flag a person archiving a dozen Teams before noon', hints).required_platforms).toEqual(['kql']);
  });

  it('still routes the same word written plainly in a business question to the table', () => {
    expect(analyze('how many teams does each coach train', hints).required_platforms).toEqual(['sql']);
  });
});

describe('two requests joined in one question', () => {
  it('sends a request the evidence cannot place to the store of its kind the other request does not read', () => {
    const result = analyze(
      'Find unsigned driver loads on kiosks; additionally, find denied bucket access by unknown callers',
      mirroredHints(),
    );

    expect([...result.required_platforms].sort()).toEqual(['kql', 'spl']);
  });

  it('keeps one store for requests that each name one of its tables, whatever the other store holds alike', () => {
    const hints = {
      kql: {
        tables: { KioskBadgeSwipes: ['TimeGenerated', 'BadgeId'], HostDriverLoads: ['TimeGenerated', 'DriverName'] },
      },
      spl: { sourcetypes: ['win:driver:loads'] },
    };
    const result = analyze(
      'Find KioskBadgeSwipes rows after midnight; additionally, list HostDriverLoads rows for unsigned driver loads',
      hints,
    );

    expect(result.required_platforms).toEqual(['kql']);
  });

  it('sends the request whose runner-up of the same kind comes close to that store when both went to one', () => {
    const hints = {
      kql: {
        tables: { KioskBadgeSwipes: ['TimeGenerated', 'BadgeId'], HostDriverLoads: ['TimeGenerated', 'DriverName'] },
      },
      spl: { sourcetypes: ['win:driver:loads'] },
    };
    const result = analyze(
      'Find KioskBadgeSwipes rows after midnight; additionally, detect unsigned driver loads',
      hints,
    );

    expect([...result.required_platforms].sort()).toEqual(['kql', 'spl']);
  });

  it('leaves a single request a guess of one store', () => {
    expect(analyze('Find unsigned driver loads on kiosks', mirroredHints()).required_platforms).toHaveLength(1);
  });
});

describe("Defender's word for a device", () => {
  const hints = {
    kql: { tables: { HostInventory: ['TimeGenerated', 'DeviceName', 'OSBuild'] } },
    spl: { sourcetypes: ['host:inventory'] },
  };
  const kqlVocabulary = (question: string) =>
    scorePlatforms({
      reading: readQuestion(question),
      catalog: readSchemaCatalog(hints, buildAgentDirectory(fullMeshAgents()).data),
      platforms: ['kql', 'spl'],
      preferred: [],
    }).find((p) => p.platform === 'kql')!.parts.vocabulary;

  it('counts "machines" as a cue of the Defender store, and "hosts" as none', () => {
    expect(kqlVocabulary('machines whose inventory shows an older build than in May')).toBeGreaterThan(0);
    expect(kqlVocabulary('hosts whose inventory shows an older build than in May')).toBe(0);
  });

  it('does not read "machine learning" as a device', () => {
    expect(kqlVocabulary('machine learning scores per inventory row')).toBe(0);
  });
});

describe('a relative "which" in a detection summary', () => {
  const hints = {
    kql: { description: 'Log Analytics workspace', tables: { HostServiceEvents: ['TimeGenerated', 'ServiceName'] } },
    sql: { description: 'Relational database of a racing league', tables: { laps: ['lap_id', 'halt', 'driver'] } },
  };

  it('does not count ", which would …" as a question asked of records', () => {
    const scored = scorePlatforms({
      reading: readQuestion('Spot a halted backup service, which would leave the archive unprotected'),
      catalog: readSchemaCatalog(hints, buildAgentDirectory(fullMeshAgents()).data),
      platforms: ['kql', 'sql'],
      preferred: [],
    });

    expect(scored.find((p) => p.platform === 'sql')!.parts.domain).toBe(0);
  });

  it('still counts "which" that asks for rows', () => {
    const scored = scorePlatforms({
      reading: readQuestion('which driver had the most laps'),
      catalog: readSchemaCatalog(hints, buildAgentDirectory(fullMeshAgents()).data),
      platforms: ['kql', 'sql'],
      preferred: [],
    });

    expect(scored.find((p) => p.platform === 'sql')!.parts.domain).toBeGreaterThan(0);
  });
});

describe("the business's own application", () => {
  /** An identity store of sign-ins to many apps beside a product database that keeps its own sessions. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { IdentitySignins: ['TimeGenerated', 'UserPrincipalName', 'AppName', 'ClientIp', 'ResultType'] },
    },
    spl: { description: 'Splunk indexes', sourcetypes: ['pan:traffic'] },
    sql: {
      description: 'Relational database',
      tables: {
        sessions: ['session_id', 'rider_id', 'client_ip', 'started_at', 'outcome'],
        rides: ['ride_id', 'rider_id', 'started_at'],
        users: ['user_id', 'nickname', 'joined_at'],
      },
    },
  };

  it('sends sign-in sessions "in our app" to the table of sessions the app keeps', () => {
    const result = analyze('rejected sign-in sessions in our app per client ip since Monday', hints);

    expect(result.required_platforms).toEqual(['sql']);
    expect(result.entities.tables).toContain('sessions');
  });

  it('sends rows named by a value of theirs "in our app" to the table the value qualifies, whatever words it holds', () => {
    const withLog = {
      ...hints,
      sql: {
        description: 'Relational database',
        tables: { ...hints.sql.tables, happenings: ['happening_id', 'rider_id', 'kind', 'happened_at'] },
      },
    };
    const result = analyze('signin_refused happenings in our app per hour today', withLog);

    expect(result.required_platforms).toEqual(['sql']);
    expect(result.entities.tables).toContain('happenings');
  });

  it('still sends sign-in sessions of a named third-party portal to the identity store', () => {
    expect(
      analyze('rejected sign-in sessions in the Freshdesk portal per client ip since Monday', hints).required_platforms,
    ).toEqual(['kql']);
  });

  it('does not send sign-ins to a table named for who signed in when it holds nothing the question asks about', () => {
    expect(analyze('which users signed in to our app from a new country this week', hints).required_platforms).toEqual([
      'kql',
    ]);
  });

  it('does not read an app registration as the business application', () => {
    expect(
      analyze('who changed the secrets of the app registration for the payroll API this week?', hints)
        .required_platforms,
    ).not.toContain('sql');
  });
});

describe('a span of time called a window', () => {
  it('does not read "within a 10-minute window" as the Windows operating system', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          WindowsEvent: ['TimeGenerated', 'EventID', 'Computer'],
          GcpAuditEvents: ['TimeGenerated', 'Principal', 'MethodName'],
        },
      },
      spl: { description: 'Splunk indexes', sourcetypes: ['gcp:audit'] },
      sql: { description: 'Relational database of a ferry company', tables: { harbours: ['harbour_id'] } },
    };

    const [kql] = scorePlatforms({
      reading: readQuestion('GCP audit calls by one principal more than 50 times within a 10-minute window'),
      catalog: readSchemaCatalog(hints),
      platforms: ['kql'],
      preferred: [],
    });

    expect(kql!.matches.map((m) => m.entry.name)).not.toContain('WindowsEvent');
  });
});

describe('vocabulary both stores share', () => {
  it('reads a bare "Azure" (a cloud both stores collect from) as no word of the Microsoft store', () => {
    const [kql] = scorePlatforms({
      reading: readQuestion('Listing of Azure storage account keys by a new caller'),
      catalog: readSchemaCatalog(mirroredHints()),
      platforms: ['kql'],
      preferred: [],
    });

    expect(kql!.parts.vocabulary).toBe(0);
  });

  it('does not read the verb "indicate" as security vocabulary', () => {
    expect(
      phrasesSaid(readQuestion('Indicate the finish time of the winner of the 2008 race'), TELEMETRY_WORDS),
    ).toEqual([]);
  });

  it('reads "event codes" as the Splunk field for Windows event ids', () => {
    const scored = scorePlatforms({
      reading: readQuestion('Windows security event codes 4720 and 4726 on servers'),
      catalog: readSchemaCatalog(mirroredHints()),
      platforms: ['kql', 'spl'],
      preferred: [],
    });

    expect(scored.find((p) => p.platform === 'spl')!.cues.map((c) => c.phrase)).toContain('event codes');
  });

  it('answers a third-party source both stores hold with one store, not both', () => {
    const result = analyze('Find denied AWS bucket access by unknown callers', mirroredHints());

    expect(result.required_platforms).toEqual(['spl']);
  });

  it('keeps a sign-in question off the business database when a column of another table is all it shares', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: { SigninEvents: ['TimeGenerated', 'UserPrincipalName'] },
      },
      spl: { description: 'Splunk indexes', indexes: ['firewall'] },
      sql: {
        description: 'Relational database of a ferry company',
        tables: { users: ['user_id', 'email'], harbours: ['harbour_id', 'region'] },
      },
    };

    expect(analyze('how many users signed in from abroad this week, by region', hints).required_platforms).toEqual([
      'kql',
    ]);
    expect(analyze('how many users do we have, by region', hints).required_platforms).toEqual(['sql']);
  });

  it('sends an HTTP status said in other words ("a status code of 403", "a 404 Not Found response") to the store holding status and url fields, prefixed or not', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: { GatewayHits: ['TimeGenerated', 'RequestUrl', 'ClientIp', 'BytesSent'] },
      },
      spl: { description: 'Splunk indexes', datamodels: { Web: ['Web.url', 'Web.status', 'Web.src'] } },
      sql: { description: 'Relational database of a ferry company', tables: { harbours: ['harbour_id'] } },
    };

    expect(analyze('requests to the login url answered with a status code of 403', hints).required_platforms).toEqual([
      'spl',
    ]);
    expect(analyze('which url got a 404 Not Found response most often', hints).required_platforms).toEqual(['spl']);
  });

  it('reads a bare product name listed beside a named store as a second store, not after "Windows"', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace with Microsoft Defender data',
        tables: { DeviceProcessEvents: ['TimeGenerated', 'FileName', 'ProcessCommandLine'] },
      },
      spl: { description: 'Splunk indexes', indexes: ['edr'], sourcetypes: ['edr:process'] },
      sql: { description: 'Relational database of a ferry company', tables: { harbours: ['harbour_id'] } },
    };

    expect(
      [
        ...analyze('hunt for bitsadmin.exe transfers in Defender and Splunk edr this week', hints).required_platforms,
      ].sort(),
    ).toEqual(['kql', 'spl']);
    expect(
      [...analyze('Splunk edr or Defender: any bitsadmin.exe transfers today?', hints).required_platforms].sort(),
    ).toEqual(['kql', 'spl']);
    expect(analyze('Windows Defender and Splunk: bitsadmin.exe detections today', hints).required_platforms).toEqual([
      'spl',
    ]);
  });

  it('reads a product listed with what is read of it beside a source said to come from a store', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace with Microsoft Defender data',
        tables: { DeviceProcessEvents: ['TimeGenerated', 'DeviceName', 'FileName', 'ProcessCommandLine'] },
      },
      spl: { description: 'Splunk indexes', indexes: ['edr'], sourcetypes: ['edr:process'] },
      sql: { description: 'Relational database of a ferry company', tables: { harbours: ['harbour_id'] } },
    };
    const platforms = (question: string) => [...analyze(question, hints).required_platforms].sort();

    expect(platforms('dk-lt-207 may be owned: Defender process events on it + edr from Splunk, past 3 hrs')).toEqual([
      'kql',
      'spl',
    ]);
    expect(platforms('Defender process starts for dk-lt-207 and the edr data in Splunk since 08:00')).toEqual([
      'kql',
      'spl',
    ]);
    expect(platforms('Windows Defender process events for dk-lt-207 + edr from Splunk today')).toEqual(['spl']);
  });
});

describe('routing rules read from the catalog and public product knowledge', () => {
  /** An invented mesh: a workspace with a Windows security log and sign-ins, Splunk, and an app's own database. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        KioskSignins: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'ResultType'],
        SecurityEvents: ['TimeGenerated', 'Computer', 'EventID', 'TargetUserName'],
        KioskProcessEvents: ['TimeGenerated', 'KioskName', 'FileName'],
      },
    },
    spl: {
      description: 'Splunk with the AWS add-on',
      indexes: { cloud_audit: ['eventName', 'sourceIPAddress', 'userIdentity.arn'] },
      datamodels: { Endpoint_Runs: ['process_name', 'user'] },
    },
    sql: {
      description: 'Relational database of a bakery app',
      tables: {
        app_users: ['user_id', 'email', 'active'],
        happenings: ['happening_id', 'user_id', 'happening_type', 'ip_address', 'occurred_at'],
        user_actions: ['action_id', 'user_id', 'action_type', 'occurred_at'],
      },
    },
  };

  it('reads "the database server" as a machine whose logs a SIEM keeps, not as the database', () => {
    const result = analyze('lockouts (4740) on the database server since midnight', hints);

    expect(result.required_platforms).toEqual(['kql']);
    expect(result.entities.tables[0]).toBe('SecurityEvents');
  });

  it('reads "database ports" as the network of the machines, not the database', () => {
    expect(analyze('list the devices with open database ports', hints).required_platforms).not.toContain('sql');
  });

  it('reads a database product said as a running program ("the postgres process") as a host to hunt on, not the store', () => {
    const result = analyze('which child programs did the postgres process start on build hosts this week', hints);

    expect(result.required_platforms).not.toContain('sql');
  });

  it('still reads a database product said as the store ("in mysql") as the store', () => {
    expect(analyze('app users in mysql who are not active', hints).required_platforms).toEqual(['sql']);
  });

  it('still reads "the database" said alone as the store', () => {
    expect(analyze('app users in the database who are not active', hints).required_platforms).toEqual(['sql']);
  });

  it('reads rows named by a snake_case value of their table ("oven_jammed happenings") as that table, over security words', () => {
    const result = analyze('how many users had oven_jammed happenings per ip address this week', hints);

    expect(result.required_platforms).toEqual(['sql']);
    expect(result.entities.tables[0]).toBe('happenings');
  });

  it('reads an entry a cloud API action reaches before the hunting default of process activity', () => {
    const result = analyze('distinct callers of PutBucketLifecycle per source ip today', hints);

    expect(result.required_platforms).toEqual(['spl']);
    expect(result.entities.tables[0]).toBe('cloud_audit');
  });

  it('reads what a person did in "our app" from the app log of its users\' actions, as a second request', () => {
    const result = analyze(
      'failed entra sign ins of ann@bakery.test over two days, plus everything she did in our app over the same period',
      hints,
    );

    expect([...result.required_platforms].sort()).toEqual(['kql', 'sql']);
    expect(result.entities.tables).toContain('user_actions');
  });
});

describe('"against" as a second source or as a target', () => {
  /** Both telemetry stores hold an invented kiosk portal's sign-ins; the database holds the app's users. */
  const kioskHints = (splHolds: boolean) => ({
    kql: {
      description: 'Log Analytics workspace',
      tables: { KioskSignins: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'ResultType'] },
    },
    spl: { description: 'Splunk indexes', sourcetypes: splHolds ? ['kiosk:signins'] : ['badge:swipes'] },
    sql: { description: 'Relational database of a bakery app', tables: { app_users: ['user_id', 'email'] } },
  });

  it('reads what an attempt is made against as its target, not as a second source to query', () => {
    const question =
      'Flag password guessing against the kiosk portal, leveraging the KioskSignins records to spot lockouts';

    expect(analyze(question, kioskHints(true)).required_platforms).toHaveLength(1);
  });

  it('still reads one source checked against another as two sources', () => {
    const question = 'Cross-check the KioskSignins user names against app_users emails';

    expect([...analyze(question, kioskHints(false)).required_platforms].sort()).toEqual(['kql', 'sql']);
  });
});

describe("a person's email asked as a detail", () => {
  const hints = {
    kql: {
      tables: {
        EmailEvents: ['TimeGenerated', 'SenderFromAddress', 'RecipientEmailAddress', 'Subject'],
        UserSignins: ['TimeGenerated', 'UserPrincipalName'],
      },
    },
    spl: { sourcetypes: ['mail:gateway'] },
    sql: {
      tables: { bakers: ['baker_id', 'full_name', 'contact_email', 'hired_on'], loaves: ['loaf_id', 'baker_id'] },
    },
  };

  it('reads the name and email of a person from the record of people, not the mail log', () => {
    expect(analyze('Find the name and email of the user who baked the most loaves', hints).required_platforms).toEqual([
      'sql',
    ]);
  });

  it('still reads mail received by a person from the mail log', () => {
    expect(analyze('emails received by the user from a new domain', hints).required_platforms).toEqual(['kql']);
  });
});

describe('the rows of a business table described by its own columns', () => {
  /** An identity store of sign-ins beside a staff database that keeps each account's team, flag and last login. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        IdentitySignins: ['TimeGenerated', 'UserPrincipalName', 'AppName', 'ClientIp', 'Country', 'ResultType'],
      },
    },
    spl: { description: 'Splunk indexes', sourcetypes: ['pan:traffic'] },
    sql: {
      description: 'Relational database',
      tables: {
        staff: ['staff_id', 'email', 'team', 'active', 'created_at', 'last_login_at'],
        shifts: ['shift_id', 'staff_id', 'started_at', 'ended_at'],
      },
    },
  };

  it("sends accounts of a team said by its value, asked with more of that table's columns, to the table that keeps them", () => {
    const result = analyze(
      'helpdesk: list enabled accounts in the Kitchen team that have not logged in for 30 days or more',
      hints,
    );

    expect(result.required_platforms).toEqual(['sql']);
    expect(result.entities.tables[0]).toBe('staff');
  });

  it('reads the state of an account "in our app" as a second request beside its sign-in locations', () => {
    const result = analyze(
      'nina@bakery.test is abroad - from which countries has she signed in over the last 3 days, and is her account in our app still active and when did she last log in?',
      hints,
    );

    expect([...result.required_platforms].sort()).toEqual(['kql', 'sql']);
    expect(result.entities.tables).toContain('staff');
  });

  it.each([
    'sorting out logins for Pastry Kitchen: which ones are still active though nobody has logged in to them for 40 days?',
    'active accounts that have not logged in for 8 weeks',
    'which accounts are still active but no one has signed in for 3 months',
  ])('sends accounts asked of their flag and of their last login to the table that keeps both: "%s"', (question) => {
    const result = analyze(question, hints);

    expect(result.required_platforms).toEqual(['sql']);
    expect(result.entities.tables[0]).toBe('staff');
  });

  it('sends accounts that never logged in to the table that keeps when each last did, not to a log of logins', () => {
    const result = analyze('how many active accounts in every team have never once logged in?', hints);

    expect(result.required_platforms).toEqual(['sql']);
    expect(result.entities.tables[0]).toBe('staff');
  });

  it('keeps a first login from a place never used before on the identity store', () => {
    expect(
      analyze('accounts that logged in today from a country they never logged in from before', hints)
        .required_platforms,
    ).toEqual(['kql']);
  });

  it('still sends sign-in locations of a person to the identity store when nothing is asked of the app', () => {
    expect(
      analyze('from which countries has nina@bakery.test signed in over the last 3 days?', hints).required_platforms,
    ).toEqual(['kql']);
  });
});

describe('the way a security request is written', () => {
  it('leans to the detection content store for a rule summary when the evidence is otherwise even', () => {
    const plain = analyze('Show windows driver loads of unsigned drivers', mirroredHints());
    const rule = analyze(
      'Flag windows driver loads of unsigned drivers, leveraging driver load telemetry, specifically outside the system folder.',
      mirroredHints(),
    );

    expect(plain.required_platforms).toEqual(['kql']);
    expect(rule.required_platforms).toEqual(['spl']);
  });

  it('leans to the hunting store for a hunting query when the evidence is otherwise even', () => {
    const plain = analyze('Denied AWS bucket access by unknown callers', mirroredHints());
    const hunt = analyze('Look for denied AWS bucket access by unknown callers', mirroredHints());

    expect(plain.required_platforms).toEqual(['spl']);
    expect(hunt.required_platforms).toEqual(['kql']);
  });

  it('leans to the detection content store for a rule title on the cloud directory called by its former name', () => {
    const hints = {
      kql: { tables: { TenantRoleChanges: ['TimeGenerated', 'TargetUser', 'RoleName'] } },
      spl: { sourcetypes: ['tenant:role:changes'] },
    };

    expect(analyze('Identify guest users granted a privileged role in Azure AD', hints).required_platforms).toEqual([
      'spl',
    ]);
    expect(analyze('Guest users granted a privileged role in Azure AD', hints).required_platforms).toEqual(['kql']);
    expect(analyze('Identify guest users granted a privileged role in Entra ID', hints).required_platforms).toEqual([
      'kql',
    ]);
  });

  it('reads a hunt opener with no word of telemetry as a hunt when the words reach a telemetry store best', () => {
    const hints = {
      kql: { tables: { KioskJobEvents: ['TimeGenerated', 'DeviceName', 'JobName', 'ActionType'] } },
      spl: { sourcetypes: ['WinEventLog:Kiosk-Scheduled-Job/Operational'] },
      sql: { tables: { app_users: ['user_id', 'email'], orders: ['order_id', 'placed_at'] } },
    };

    expect(analyze('Any new scheduled kiosk job', hints).required_platforms).toEqual(['spl']);
    expect(analyze('Search for any new scheduled kiosk job', hints).required_platforms).toEqual(['kql']);
    expect(analyze('Look for orders placed twice by one app user', hints).required_platforms).toEqual(['sql']);
  });

  it('does not read words a business question says too ("look for", "specifically") as a style', () => {
    expect(analyze('look for members who joined this spring', mirroredHints()).required_platforms).toEqual(['sql']);
    expect(
      analyze('members per account, specifically the ones who joined in spring', mirroredHints()).required_platforms,
    ).toEqual(['sql']);
  });
});
