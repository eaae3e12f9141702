import { aDataAgent, fullMeshAgents } from '@mesh/a2a-contracts/testing';
import type { AvailableAgents } from '@mesh/a2a-contracts';
import { analyzeHeuristically } from '../analysis/heuristic-analyzer';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { clarificationFor } from './clarification';

const NOW = new Date('2026-11-24T10:00:00Z');

const HINTS = {
  kql: {
    tables: {
      SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'ResultType'],
      AuditLogs: ['TimeGenerated', 'OperationName', 'InitiatedBy'],
    },
  },
  spl: { sourcetypes: ['WinEventLog:Security'] },
  sql: { tables: { orders: ['order_id', 'customer_id', 'status', 'total_amount'] } },
};

function clarify(question: string, available: AvailableAgents = fullMeshAgents(), hints: unknown = HINTS) {
  const agents = buildAgentDirectory(available);
  const catalog = readSchemaCatalog(hints, agents.data);
  const { analysis, evidence } = analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW });
  return clarificationFor({ naturalLanguage: question, analysis, evidence, catalog, platforms: agents.dataPlatforms });
}

describe('clarificationFor', () => {
  it.each([
    'help',
    'hi',
    'Hello there!',
    'Good afternoon, hope your week is going great!',
    'Hi team, wishing you all a lovely weekend :)',
    'asdkjh qwpeoiru zxmcnv',
    '???',
    'Zeige mir bitte alles',
    '¿Qué pasó ayer?',
    'what can you do',
  ])('asks back for "%s"', (question) => {
    const clarification = clarify(question);

    expect(clarification).not.toBeNull();
    expect(clarification!.missing).toContain('subject');
    expect(clarification!.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(clarification!.suggestions.length).toBeLessThanOrEqual(3);
  });

  it.each([
    'Show failed sign-ins in the last 24 hours',
    'Good evening! Hope all is well - lockouts for dave this afternoon?',
    'SigninLogs',
    'Which customers placed the most orders?',
    'traffic from 10.0.0.5',
    'any anomalies in the last 24 hours?',
    'Users who have not logged in for 90 days',
    'top 10 by count',
  ])('plans "%s"', (question) => {
    expect(clarify(question)).toBeNull();
  });

  it.each(['records', 'Show me all the data', 'get entries pls', 'latest events?'])(
    'asks back for a kind of record and nothing more: "%s"',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each(['could you scan the servers for something odd', 'any problems lately?', 'is everything alright'])(
    'asks back for something unnamed that may be wrong: "%s"',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each([
    'same as yesterday pls',
    'the same thing but for today',
    'run it again',
    'the usual report',
    'could u do that again but over the past 3 days instead',
    'pls rerun it for the previous month',
    "same as last night's check but for the kiosk fleet",
    'the same report as yesterday but with the night shift',
    'same thing again but daily thx',
    'run it again per hour',
  ])('asks back for a request that points at an earlier one it never saw: "%s"', (question) => {
    expect(clarify(question)?.missing).toContain('subject');
  });

  it.each([
    'anything since Monday?',
    'what happened yesterday',
    'can you check the thing from last week',
    'tell me about the incident',
    'please run the query',
    'I need the report Dana asked for',
  ])(
    'asks back when only filler, a referent or a window is said, whatever stray column name it leans on: "%s"',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each(['could you do it for the other clinic too?', 'pls run this one against the other region'])(
    'asks back for an earlier request pointed at for "the other" place: "%s"',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each(['afternoon folks, hope the night was calm', 'evening team! busy day?', 'heya, anyone around?'])(
    'asks back for a greeting that asks nothing: "%s"',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each(['so what changed?', 'what broke over the weekend', 'anything new on the boxes since friday'])(
    'asks back for a change or a novelty said of nothing: "%s"',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each(['what changed in the mailbox rules since friday', 'new guest accounts this month'])(
    'plans a change once it says what changed: "%s"',
    (question) => {
      expect(clarify(question)).toBeNull();
    },
  );

  it.each(['run the monthly report pls', 'can you send the usual numbers', 'ok so do the nightly check asap'])(
    'asks back for a routine named only by its cadence: "%s"',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each(['the weekly report of failed sign-ins', 'the daily check for 10.4.4.4'])(
    'plans a routine once it says what it reads: "%s"',
    (question) => {
      expect(clarify(question)).toBeNull();
    },
  );

  it.each(['anything odd from 10.2.2.2', 'suspicious logons on dc01', 'any failed logins?'])(
    'plans a vague request once it names a value or a kind of activity: "%s"',
    (question) => {
      expect(clarify(question)).toBeNull();
    },
  );

  it.each(['events from 10.1.1.9', 'logs from yesterday', 'error records for the billing job'])(
    'plans a kind of record once anything narrows it: "%s"',
    (question) => {
      expect(clarify(question)).toBeNull();
    },
  );

  it('asks back even when only one platform is available: one platform makes routing certain, not the question meaningful', () => {
    expect(clarify('hi', { knowledge: [], data: [aDataAgent('kql')] })).not.toBeNull();
  });

  it('builds its suggestions from the available platforms and their catalog', () => {
    const suggestions = clarify('help')!.suggestions;

    expect(suggestions).toHaveLength(3);
    expect(suggestions.join(' ')).toMatch(/SigninLogs/);
    expect(suggestions.join(' ')).toMatch(/WinEventLog:Security/);
    expect(suggestions.join(' ')).toMatch(/orders/);
  });

  it('suggests from the platforms alone when the catalog is empty', () => {
    const suggestions = clarify('help', { knowledge: [], data: [aDataAgent('promql')] }, undefined)!.suggestions;

    expect(suggestions[0]).toMatch(/PROMQL/);
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves a question with no data platform at all to the planner’s own error', () => {
    expect(clarify('help', { knowledge: [], data: [] })).toBeNull();
  });
});

describe('clarificationFor a bare kind of record or a feared breach', () => {
  it.each(['can someone look at the logs', 'pull the event records pls', 'have we been breached?', 'whats up'])(
    'asks back for "%s": no subject, so every store would match',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each([
    'error logs of the billing api today',
    'compromised mailboxes since friday',
    'attack traffic from 192.0.2.77',
  ])('plans "%s": a subject or a value is named', (question) => {
    expect(clarify(question)).toBeNull();
  });
});

describe('clarificationFor a question about a whole system', () => {
  it.each(['how is the cluster doing?', 'anything up with our website lately', 'is the db fine'])(
    'asks back for "%s": every record of it would match',
    (question) => {
      expect(clarify(question)?.missing).toContain('subject');
    },
  );

  it.each(['errors on the web server today', 'database logins from 10.2.3.4', 'slow app requests by hour'])(
    'plans "%s": something in the system is named',
    (question) => {
      expect(clarify(question)).toBeNull();
    },
  );
});

describe('clarificationFor a question that points at something it does not name', () => {
  it.each([
    'did this user log in again after the reset?',
    'any traffic to that address since friday',
    'pull the weekly figures for the ops review like before',
  ])('asks back for "%s"', (question) => {
    expect(clarify(question)?.missing).toContain('subject');
  });

  it.each([
    '10.9.8.7 was flagged: any sign-ins from that ip today?',
    'did the same user alice@example.org fail to sign in again today',
    'failed sign-ins for that user who reset her password yesterday',
  ])('plans "%s": the value is named, or a clause says which', (question) => {
    expect(clarify(question)).toBeNull();
  });
});

describe('clarificationFor a follow-up about an earlier answer', () => {
  it.each([
    'pls re-run the counts I requested at lunch',
    'how come this figure differs from yesterday?',
    'the chart u shared earlier looks outdated',
    'why did those totals go down? they jumped last time',
    'how does that compare with the previous report?',
    "the stats you gave me don't match, recheck them",
    'figures seem higher than on tuesday',
    'could you explain the gap?',
    'same totals as at lunch but for the night shift',
  ])('asks back for "%s": it points at a result it never saw and names nothing of its own', (question) => {
    expect(clarify(question)?.missing).toContain('subject');
  });

  it.each([
    'has that number of failed sign-ins changed since monday?',
    'how does that compare to orders shipped last month',
    'these figures for 10.20.30.40 look different today',
    'sign-ins that changed location before noon',
    'which orders changed status before the refund',
    'that report of admin role changes, refreshed for this week',
    'explain the spike in refunds since sunday',
    'figures of badge swipes at the east door yesterday',
    'same counts for locked accounts since sunday',
  ])('plans "%s": the question names its own subject or value', (question) => {
    expect(clarify(question)).toBeNull();
  });
});

describe('clarificationFor a follow-up that reshapes an earlier result or reads a source it never saw', () => {
  it.each([
    'ok now break that down per team',
    'turn it into a weekly view pls',
    'just the first 3 of them',
    'remove the lab machines from those',
    'and per site?',
    'could you look at my ticket',
    'the address from the chat, anything on it?',
    'check the account we discussed this morning',
    'please deal with the item left over from yesterday\u2019s standup',
    "could you take the task raised in this afternoon's ops huddle",
    'follow up on what came up during the weekly sync',
    'Good evening, I have a question for you.',
    'hello team, quick question if you have a moment',
  ])('asks back for "%s": the pronoun or the source stands for nothing in the question', (question) => {
    expect(clarify(question)?.missing).toContain('subject');
  });

  it.each([
    'failed sign-ins for carol and sort them by hour',
    'orders from last week, split them by status',
    'and by the way, any lockouts today?',
    'the incident says 198.51.100.4 scanned us: any traffic from it today',
    'open tickets per priority this week',
    'calls handled per agent in the call center queue yesterday',
    'good morning, failed sign-ins for carol since midnight?',
    'quick question: top 5 processes on WS-01 today',
    'exclude test users from the failed sign-in count',
  ])('plans "%s": the pronoun has something to stand for, or a value is named', (question) => {
    expect(clarify(question)).toBeNull();
  });
});

describe('clarificationFor a pointer whose kind the question names itself', () => {
  it.each([
    'Spot registry writes under Run keys on Windows servers, made within a minute by the same process.',
    'Customers with overdue bills and the total owed by this customer so far.',
    'Detect a new cron file under /etc/cron.d. This file lets a user schedule commands as root.',
    'Sessions opened by admin accounts from a new country, with all activity from that account in the hour after',
  ])('plans "%s": the pointer stands for something named before it', (question) => {
    expect(clarify(question)).toBeNull();
  });
});

describe('clarificationFor a greeting that says only who is asking', () => {
  it.each([
    'late shift l2 here, what do you suggest',
    'new analyst on call, where should I start?',
    'tier 3 speaking, advice pls',
  ])('asks back for "%s": a role or a shift is no subject', (question) => {
    expect(clarify(question)?.missing).toContain('subject');
  });

  it.each(['late shift l2 here: lockouts on dc02 since 23:00', 'new analyst here, failed sign-ins this morning?'])(
    'plans "%s": the role comes with a subject',
    (question) => {
      expect(clarify(question)).toBeNull();
    },
  );
});

describe('clarificationFor a question in another language', () => {
  it('asks for the question in English even when it names a value, without a model', () => {
    const clarification = clarify('montre les connexions échouées pour alice@example.org');

    expect(clarification?.missing).toContain('question in English');
    expect(clarification?.question).toMatch(/only read questions in English/);
  });

  it('leaves it to the plan when a model read the question', () => {
    const question = 'montre les connexions échouées pour alice@example.org';
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(HINTS, agents.data);
    const { analysis, evidence } = analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW });

    expect(
      clarificationFor({
        naturalLanguage: question,
        analysis,
        evidence,
        catalog,
        platforms: agents.dataPlatforms,
        modelRead: true,
      }),
    ).toBeNull();
  });
});

describe('clarificationFor a thing or an earlier request pointed at by a word for anything', () => {
  it.each([
    'any news on the thing from this morning?',
    'can you look at that stuff again',
    'what happened with the issue we talked about yesterday?',
    'Could you run the same thing as on Tuesday, only for the other branch this time?',
    'same thing as monday pls',
    'pls chk that thing frm the dome ticket again, same as b4',
    'can u rerun the one from b4 but for the other region',
    'check the host from the helpdesk ticket',
    'same as yday for the nightshift pls, thx',
    'same as ystrday for the payroll team please',
    'I should be grateful if you would look into the concern the station manager raised.',
    'can u check the issue Priya flagged this morning',
    'what came of the point Tom brought up on friday?',
    'Please look into the issue raised by the customer yesterday.',
    'can u chase the complaint escalated by finance',
    'something looks weird, can you investigate',
    'Could you provide an overview?',
    'the boss wants the figures by eod',
    'As agreed with the night lead, please go ahead with it and tell me when finished.',
    'ok proceed with the change we discussed',
    'redo the numbrs from thurs, the ones the director wanted',
    'Further to my note of Thursday, kindly proceed on the basis we agreed and confirm once it is done.',
    'Further to the Regulator’s letter, please carry out the customary verification and confirm the position by 5pm.',
    'same as last tues but for the other site lol',
    'same as last nite pls, u know the one',
    'Could you pick up where the night shift left off on the meter issue and send it over when done?',
    'can you carry on from where Sam stopped yesterday pls',
    'Re matter 88-2 (Hale v. Marsh): Jo asked on 3 May whether we had finished what Ravi started. Could you complete it?',
    'REQ-20417 from Amir, raised 02/11 - pls do wat he asked in there n attach to the tkt',
    'TASK-8812: action whatever the customer requested and close the ticket',
    'CHG-311 — please proceed with step 2 and revert to the requester.',
    'same drill as last change window pls',
    'same routine as the last release, thanks',
    'Could you confirm whether the ratio has got worse since the previous review, excluding the agreed exceptions?',
  ])('asks back for "%s"', (question) => {
    expect(clarify(question)?.missing).toContain('subject');
  });

  it.each([
    'failed sign-ins in Sentinel for the same thing as yesterday',
    'the thing with failed logons on DC01 this morning - count per user',
    'is the thing with the VPN still happening? sign-in failures from 10.2.0.0/16 last hour',
    'run the same report as last week for orders by country',
    'the failed logins the SOC flagged yesterday on DC01',
    'look into the complaint the customer raised about order 5512',
    'the issue raised by the customer: refunds stuck in pending since Monday',
    'an overview of failed sign-ins per country this week',
    'go ahead with it: failed logons on DC01 since midnight, per account',
    'Example query for SigninLogs showing how to break out packed fields. In this case extending conditional access policies.',
    'same as yday but for 10.1.2.3',
    'Further to my email, show the failed sign-ins in Entra yesterday',
    'pick up where the day team left off on the failed logons for svc_backup on DC01 today',
    "Further to the auditors' letter, list the invoices over 5000 EUR that are still unpaid",
    'proceed with step 3 of the runbook: list failed sign-ins in the last day',
    'same drill as last change window but for failed logons on the domain controllers',
    'has the proportion of refunded orders improved this month compared with last month?',
    'pls do what the ticket asked: failed logons for svc_backup yesterday',
    'revert to the requester with the count of orders cancelled this week',
  ])('plans "%s": a subject or a value is said beside the pointer', (question) => {
    expect(clarify(question)).toBeNull();
  });
});
