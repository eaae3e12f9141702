import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';
import { CHOICE, choosePlatforms } from './platform-choice';
import type { ScoredPlatform } from './platform-scorer';
import type { EntryMatch } from './catalog-matcher';

const NOW = new Date('2025-03-10T12:00:00Z');

function analyze(question: string, hints: unknown) {
  const agents = buildAgentDirectory(fullMeshAgents());
  return analyzeHeuristically({
    naturalLanguage: question,
    catalog: readSchemaCatalog(hints, agents.data),
    agents,
    now: NOW,
  });
}

/** An invented catalog: no name here is from any eval set. */
function inventedHints(): Record<string, unknown> {
  return {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        HostProcessStarts: ['TimeGenerated', 'HostName', 'ImageName'],
        MailDeliveries: ['TimeGenerated', 'Recipient', 'Verdict'],
      },
    },
    spl: {
      description: 'Splunk',
      datamodels: ['Turnstile'],
      sourcetypes: ['zebra:scanner:reads', 'acme:powershell:transcripts'],
    },
    sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id', 'flour_kind'] } },
  };
}

describe('choosing between two telemetry stores', () => {
  it('chooses one store with low confidence when the winner rests on one ordinary word matching a catalog name', () => {
    const result = analyze('Show suspicious turnstile swipes at the lobby.', inventedHints());

    expect(result.analysis.required_platforms).toEqual(['spl']);
    expect(result.analysis.confidence).toBeLessThan(0.8);
  });

  it('trusts a win on a name the question writes as a name', () => {
    const result = analyze('Find Zebra scanner reads from the loading dock host.', inventedHints());

    expect(result.analysis.required_platforms).toEqual(['spl']);
  });

  it("trusts a win on the platform's own language even with an ordinary word", () => {
    const result = analyze('Use tstats to show suspicious turnstile changes on the lobby host.', inventedHints());

    expect(result.analysis.required_platforms).toEqual(['spl']);
  });

  it('chooses one store with low confidence when the winner rests on a product both of them ingest', () => {
    const result = analyze('Find PowerShell transcripts on a host that download a payload.', inventedHints());

    expect(result.analysis.required_platforms).toHaveLength(1);
    expect(result.analysis.confidence).toBeLessThan(0.8);
  });

  it('names the process table for a file the question names, even beside a stronger match', () => {
    const result = analyze('Look for deliveries of the malicious payload, loader.exe.', inventedHints());

    expect(result.analysis.entities.tables).toEqual(expect.arrayContaining(['MailDeliveries', 'HostProcessStarts']));
  });
});

describe('a platform the question names', () => {
  it('queries every platform the question names, even where the other words lean elsewhere', () => {
    const both = analyze('Look for Zebra scanner reads in Sentinel and in Splunk over the last day.', inventedHints());
    const mixed = analyze(
      'Mail deliveries to carol@example.org in Log Analytics and her loaves in the bakery database.',
      inventedHints(),
    );

    expect([...both.analysis.required_platforms].sort()).toEqual(['kql', 'spl']);
    expect([...mixed.analysis.required_platforms].sort()).toEqual(['kql', 'sql']);
  });

  it('routes to the one platform named, with high confidence', () => {
    const result = analyze('Show host process starts of notepad.exe in Splunk.', inventedHints());

    expect(result.analysis.required_platforms).toEqual(['spl']);
    expect(result.analysis.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

/** A scored platform built by hand, so a rule is tested on the evidence it reads and nothing else. */
function scoredAs(platform: string, score: number, extra: Partial<ScoredPlatform> = {}): ScoredPlatform {
  return {
    platform,
    score,
    reasons: [],
    tables: [],
    parts: { entities: score, vocabulary: 0, description: 0, domain: 0, lean: 0, preference: 0 },
    cues: [],
    matches: [],
    sourceNamed: false,
    styled: false,
    domain: platform === 'sql' ? 'records' : 'telemetry',
    ...extra,
  };
}

const NO_OPTIONS = { multiSource: false, preferred: [] } as const;

/** Evidence that refers to a catalog entry by two words of its own name (not written out, not a vendor). */
const REFERRED: Partial<ScoredPlatform> = {
  matches: [
    {
      coverage: 1,
      verbatim: false,
      fuzzy: false,
      evidenceStems: ['badg', 'swipe'],
      distinctiveStems: [],
      spelledStems: [],
    } as unknown as EntryMatch,
  ],
};

/** Evidence that writes a catalog name out as it is spelt (`CommonSecurityLog`). */
const WRITTEN_OUT: Partial<ScoredPlatform> = {
  matches: [
    {
      coverage: 1,
      verbatim: true,
      fuzzy: false,
      evidenceStems: ['common', 'secur', 'log'],
      distinctiveStems: [],
      spelledStems: [],
    } as unknown as EntryMatch,
  ],
};

describe('a catalog name written out as an identifier', () => {
  it('ranks the store whose table the question writes out above a higher-scoring one reached by ordinary words', () => {
    const spl = scoredAs('spl', 15, REFERRED);
    const kql = scoredAs('kql', 11, WRITTEN_OUT);

    const choice = choosePlatforms([spl, kql, scoredAs('sql', 1)], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['kql']);
  });

  it('keeps the winner when it writes one of its own names out too', () => {
    const spl = scoredAs('spl', 15, WRITTEN_OUT);
    const kql = scoredAs('kql', 11, WRITTEN_OUT);

    const choice = choosePlatforms([spl, kql], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['spl']);
  });

  it('keeps the winner when it says its own language', () => {
    const spl = scoredAs('spl', 15, { cues: [{ phrase: 'sourcetype', weight: 3 }] });
    const kql = scoredAs('kql', 11, WRITTEN_OUT);

    const choice = choosePlatforms([spl, kql], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['spl']);
  });

  it('does not let a name written out outrank a store of another kind of data', () => {
    const sql = scoredAs('sql', 10);
    const kql = scoredAs('kql', 4, WRITTEN_OUT);

    const choice = choosePlatforms([sql, kql], NO_OPTIONS);

    expect(choice.chosen[0]!.platform).toBe('sql');
  });
});

describe('two telemetry stores with close evidence', () => {
  it('ranks the store whose own field name the question says above a higher-scoring one of the same kind', () => {
    const kql = scoredAs('kql', 10);
    const spl = scoredAs('spl', 7, {
      cues: [{ phrase: 'EventCode', weight: 3 }],
      parts: { entities: 4, vocabulary: 3, description: 0, domain: 0, lean: 0, preference: 0 },
    });

    const choice = choosePlatforms([kql, spl, scoredAs('sql', 1)], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['spl']);
  });

  it('does not let a cue of one store outrank a store of another kind of data', () => {
    const sql = scoredAs('sql', 10);
    const spl = scoredAs('spl', 4, { cues: [{ phrase: 'EventCode', weight: 3 }] });

    const choice = choosePlatforms([sql, spl], NO_OPTIONS);

    expect(choice.chosen[0]!.platform).toBe('sql');
  });

  it('settles a tie by the store that usually holds the vendor the question names, with low confidence', () => {
    const kql = scoredAs('kql', 10);
    const spl = scoredAs('spl', 9.5, { sourceNamed: true });

    const choice = choosePlatforms([kql, spl], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['spl']);
    expect(choice.confidence).toBeLessThanOrEqual(CHOICE.sourceConfidence);
  });

  it('settles a close call by how the request is written before by the vendor it names', () => {
    const kql = scoredAs('kql', 10, { sourceNamed: true });
    const spl = scoredAs('spl', 9.2, { styled: true });

    const choice = choosePlatforms([kql, spl], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['spl']);
    expect(choice.confidence).toBeLessThanOrEqual(CHOICE.sourceConfidence);
  });

  it('still queries both on a true tie written as a detection rule', () => {
    const choice = choosePlatforms(
      [scoredAs('kql', 10, REFERRED), scoredAs('spl', 9.8, { ...REFERRED, styled: true })],
      NO_OPTIONS,
    );

    expect(choice.chosen.map((p) => p.platform)).toEqual(['kql', 'spl']);
  });

  it('queries both when the evidence is tied and names no vendor', () => {
    const choice = choosePlatforms([scoredAs('kql', 10, REFERRED), scoredAs('spl', 9.8, REFERRED)], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['kql', 'spl']);
  });

  it('does not hedge a tie carried by ordinary words alone, however high it scores', () => {
    const choice = choosePlatforms([scoredAs('kql', 10), scoredAs('spl', 9.8)], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['kql']);
    expect(choice.confidence).toBeLessThanOrEqual(CHOICE.hedgeConfidence);
  });

  it('does not hedge a tie too weak to be a finding (one ordinary word matching a table of each)', () => {
    const choice = choosePlatforms([scoredAs('kql', 1.2), scoredAs('spl', 1.2)], NO_OPTIONS);

    expect(choice.chosen).toHaveLength(1);
    expect(choice.confidence).toBeLessThanOrEqual(CHOICE.hedgeConfidence);
  });

  it('settles a close call that names no vendor by the default lean, with low confidence', () => {
    const lean = { entities: 7.8, vocabulary: 0, description: 0, domain: 0, lean: 1, preference: 0 };
    const kql = scoredAs('kql', 10);
    const spl = scoredAs('spl', 8.8, { parts: lean });

    const choice = choosePlatforms([kql, spl], NO_OPTIONS);

    expect(choice.chosen.map((p) => p.platform)).toEqual(['spl']);
    expect(choice.confidence).toBeLessThanOrEqual(CHOICE.hedgeConfidence);
  });

  it('reads a tie as balanced only without the default lean', () => {
    const lean = { entities: 9, vocabulary: 0, description: 0, domain: 0, lean: 1, preference: 0 };

    const choice = choosePlatforms(
      [scoredAs('kql', 10, { ...REFERRED, parts: lean }), scoredAs('spl', 9, REFERRED)],
      NO_OPTIONS,
    );

    expect(choice.chosen.map((p) => p.platform)).toEqual(['kql', 'spl']);
  });
});

describe('a question that names two stores of different kinds', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { BadgeSwipeLogs: ['TimeGenerated', 'UserPrincipalName', 'DoorName'] },
    },
    sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id', 'baker_email'] } },
  };

  it('queries the named db and the store whose own product and table the question also names', () => {
    const result = analyze('for ann@bakery.test: her loaves in the bakery db and her Entra badge swipes, today', hints);

    expect([...result.analysis.required_platforms].sort()).toEqual(['kql', 'sql']);
  });

  it('keeps to the named db when the other store is reached by its table alone', () => {
    const result = analyze('for ann@bakery.test: her loaves in the bakery db and her badge swipes, today', hints);

    expect(result.analysis.required_platforms).toEqual(['sql']);
  });
});

describe('a whole column only one store holds', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { SwipeLogs: ['TimeGenerated', 'UserPrincipalName', 'DoorName', 'ResultType'] },
    },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { bakers: ['baker_id', 'guild', 'last_swipe_at'] },
    },
  };

  it('sends a question naming that column to its store, though it reads like telemetry', () => {
    const result = analyze('Which bakers in the Rye guild have not logged in for 30 days?', hints);

    expect(result.analysis.required_platforms).toEqual(['sql']);
  });

  it('leaves the question to the telemetry store without that column', () => {
    const result = analyze('Which bakers have not logged in for 30 days?', hints);

    expect(result.analysis.required_platforms).toEqual(['kql']);
  });
});

describe('people named by their job, asked when they last signed in to the app', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'AppDisplayName'] },
    },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { staff: ['staff_id', 'email', 'guild', 'last_login_at'] },
    },
  };

  it('reads them from the app record that keeps their last login', () => {
    const result = analyze('kiosk technicians that have not logged into the app for 3 weeks', hints);

    expect(result.analysis.required_platforms).toEqual(['sql']);
  });

  it('leaves people who log in elsewhere to the sign-in log', () => {
    const result = analyze('kiosk technicians that have not logged in for 3 weeks', hints);

    expect(result.analysis.required_platforms).toEqual(['kql']);
  });
});

describe('invoices called bills', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: { description: 'Log Analytics workspace', tables: { SigninLogs: ['TimeGenerated', 'UserPrincipalName'] } },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { invoices: ['invoice_id', 'amount', 'due_date', 'paid_at'] },
    },
  };

  it('reads bills from the invoices table', () => {
    const result = analyze('bills a fortnight late from the Lyon shop', hints);

    expect(result.analysis.required_platforms).toEqual(['sql']);
    expect(result.analysis.entities.tables).toContain('invoices');
  });
});

describe('customers called by their tier and accounts', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'Location'] },
    },
    sql: {
      description: 'Relational database of a flower wholesaler',
      tables: {
        customers: ['customer_id', 'name', 'segment', 'country'],
        orders: ['order_id', 'customer_id', 'total'],
      },
    },
  };

  it('reads accounts said with a customer tier, and buyers, from the customers table', () => {
    for (const question of ['the 4 mid-market accounts in Peru with the most outlay', 'b2b accounts based in Chile']) {
      const result = analyze(question, hints);
      expect(result.analysis.required_platforms).toEqual(['sql']);
      expect(result.analysis.entities.tables).toContain('customers');
    }
    expect(analyze('top buyers in Norway', hints).analysis.required_platforms).toEqual(['sql']);
  });
});

describe('sales called deals', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: { description: 'Log Analytics workspace', tables: { SigninLogs: ['TimeGenerated', 'UserPrincipalName'] } },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { orders: ['order_id', 'total', 'currency', 'created_at'] },
    },
  };

  it('reads an amount of money with its currency as a records question', () => {
    const result = analyze('anything over €450 booked since Monday?', hints);

    expect(result.analysis.required_platforms).toEqual(['sql']);
  });

  it('reads deals from the orders table', () => {
    const result = analyze('deals above 700 CHF signed this week', hints);

    expect(result.analysis.required_platforms).toEqual(['sql']);
    expect(result.analysis.entities.tables).toContain('orders');
  });
});

describe('one telemetry word that spells a telemetry table', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: { description: 'Log Analytics workspace', tables: { SigninLogs: ['TimeGenerated', 'UserPrincipalName'] } },
    sql: { description: 'Relational database of a bakery chain', tables: { bakers: ['baker_id', 'shift'] } },
  };

  it('outweighs a business table reached by an ordinary word', () => {
    const result = analyze('How many distinct bakers signed in from Peru this week?', hints);

    expect(result.analysis.required_platforms).toEqual(['kql']);
  });
});

describe('an HTTP status code asked of urls', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: { description: 'Log Analytics workspace', tables: { ProxyHits: ['TimeGenerated', 'TargetUrl', 'Bytes'] } },
    spl: { description: 'Splunk', tables: { gateway_access: ['_time', 'url', 'status', 'clientip'] } },
  };

  it('goes to the store that keeps both a status and a url column', () => {
    const result = analyze('which urls returned 503 most often today', hints);

    expect(result.analysis.required_platforms).toEqual(['spl']);
  });

  it('does not read a count as a status code', () => {
    const result = analyze('top 100 urls today', hints);

    expect(result.analysis.reasoning).not.toContain('HTTP status');
  });
});

describe('a Microsoft 365 product both SIEMs hold', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { OfficeTenantAudit: ['TimeGenerated', 'UserId', 'Operation'] },
    },
    spl: { description: 'Splunk', sourcetypes: ['o365:tenant:journal'] },
    sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id', 'flour_kind'] } },
  };

  it('goes to the Microsoft store when the question names only the product', () => {
    const result = analyze('Which files did bob@example.org share in Office 365 this week?', hints);

    expect(result.analysis.required_platforms).toEqual(['kql']);
  });

  it("goes to the other store when the question spells that store's source further", () => {
    const result = analyze('Which files did bob@example.org share per the O365 tenant journal this week?', hints);

    expect(result.analysis.required_platforms).toEqual(['spl']);
  });
});

describe('a store named by one of its entries and the entry kind', () => {
  /** An invented catalog: no name here is from any eval set. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'ResultType'],
        PrinterJobEvents: ['TimeGenerated', 'PrinterName'],
        VpnGatewaySessions: ['TimeGenerated', 'PeerAddress'],
      },
    },
    spl: { description: 'Splunk', sourcetypes: ['badge:reader:swipes', 'hvac:sensor:readings'] },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { bakers: ['baker_id', 'guild', 'email'], loaves: ['loaf_id', 'flour_kind'] },
    },
  };

  it('queries that store and the other store whose own product the question names', () => {
    const result = analyze(
      'Get the Rye guild members from the bakers table, and their failed Entra ID sign-ins',
      hints,
    );

    expect([...result.analysis.required_platforms].sort()).toEqual(['kql', 'sql']);
  });
});

describe('a rate of business records', () => {
  it('reads a refund or cancellation rate as a records question, with the sales kept with the orders', () => {
    const hints = {
      ...inventedHints(),
      sql: {
        description: 'Relational database of a bike shop',
        tables: { sales: ['sale_id', 'status', 'total', 'created_at'], riders: ['rider_id', 'name'] },
      },
    };
    for (const question of ['weekly refund rate', 'cancellation ratio for March'])
      expect(analyze(question, hints).analysis.required_platforms).toEqual(['sql']);
  });

  it('routes a misspelt business word as the word ("paymnets")', () => {
    const hints = {
      ...inventedHints(),
      sql: {
        description: 'Relational database of a bike shop',
        tables: { payments: ['payment_id', 'amount', 'paid_at'] },
      },
    };
    expect(analyze('paymnets above 300 in May', hints).analysis.required_platforms).toEqual(['sql']);
  });
});
