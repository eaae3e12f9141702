import { KQL_SCHEMA, SPL_SCHEMA, SQL_SCHEMA } from '../query/testing/bundled-schemas';
import { createJourneyCheckers, type JourneyCheckers } from './journey-checkers';
import type { JourneyCase } from './journey-cases';
import { runJourneyCase } from './journey-runner';

/**
 * Values said in words, from the question to the query through the real planning core and builders (KQL
 * analysed by Kusto.Language, SPL checked against its schema): a well-known app and a conditional access
 * failure, a bare handle as the subject, a list of error codes, a registry key by its name, a program in
 * another's command line.
 */
const CASES: readonly JourneyCase[] = [
  {
    id: 'values-kql-app-and-conditional-access',
    question: 'entra: zoom sign-ins that failed conditional access in the past 3 days, hourly count',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/AppDisplayName (contains|has|=~) "(Microsoft )?Zoom"/, 'ConditionalAccessStatus == "failure"'],
      },
    },
  },
  {
    id: 'values-spl-app-in-azure-index',
    question: 'splunk azure index: outlook sign-ins with errors yesterday, per error code',
    expect: { spl: { table: 'azure', has: [/properties\.appDisplayName="?\*?Outlook/] } },
  },
  {
    id: 'values-spl-bare-handle-subject',
    question: 'splunk: k.osei keeps hitting kerberos pre-auth failures (4771) since this morning',
    expect: { spl: { has: [/\buser="?k\.osei\b/, /EventCode=4771/] } },
  },
  {
    id: 'values-spl-code-list',
    question:
      'splunk, aws cloudtrail: events over the past 2 days whose error code was AccessDenied or ExpiredToken, per event name',
    expect: { spl: { has: [/errorCode IN \(AccessDenied, ExpiredToken\)/] } },
  },
  {
    id: 'values-spl-registry-key-named',
    question: 'splunk endpoint registry data model: edits under Session Manager Environment in the last 3 days',
    expect: { spl: { table: 'Endpoint.Registry', has: ['Registry.registry_path="*Session Manager Environment*"'] } },
  },
  {
    id: 'values-kql-program-in-command-line',
    question: 'defender: certutil executions with whoami in the command line, last 3 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['FileName contains "certutil"', 'ProcessCommandLine contains "whoami"'],
        not: [/FileName[^|]*whoami/],
      },
    },
  },
  {
    id: 'values-spl-program-in-command-line',
    question: 'splunk endpoint processes data model: certutil runs with whoami in the command line since monday',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: ['Processes.process_name=*certutil*', 'Processes.process=*whoami*'],
        not: [/process_name=\*whoami/],
      },
    },
  },
];

const schemas = { kql: KQL_SCHEMA, spl: SPL_SCHEMA, sql: SQL_SCHEMA };
let checkers: JourneyCheckers;

beforeAll(async () => {
  checkers = await createJourneyCheckers(schemas);
}, 120_000);

afterAll(async () => {
  await checkers?.close();
});

describe('values said in words, question to query', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, journey) => {
    const result = await runJourneyCase(journey, { schemas, checkers: checkers.checkers });
    expect(result.failures).toEqual([]);
  });
});
