import { buildKqlQuery } from './kql-query.builder';
import { aConstraints, aFilter, anInput, DAY, lastSeconds, type AnalysisFixture } from './testing/analysis-fixtures';
import { KQL_SCHEMA } from './testing/bundled-schemas';
import { kustoChecker } from './testing/kusto-checker';
import type { KqlSchema } from './schema';

/** The bundled schema with a registry table and a user-type column, as a fuller workspace lists them. */
const WIDER: KqlSchema = {
  ...KQL_SCHEMA,
  tables: {
    ...KQL_SCHEMA.tables,
    SigninLogs: [...KQL_SCHEMA.tables['SigninLogs']!, 'UserType'],
    DeviceRegistryEvents: ['TimeGenerated', 'DeviceName', 'ActionType', 'RegistryKey', 'RegistryValueName'],
  },
  types: { ...KQL_SCHEMA.types, DeviceRegistryEvents: { TimeGenerated: 'datetime' } },
};

let analyse: ReturnType<typeof kustoChecker>;
let analyseWider: ReturnType<typeof kustoChecker>;
beforeAll(() => {
  analyse = kustoChecker(KQL_SCHEMA);
  analyseWider = kustoChecker(WIDER);
}, 120_000);

function kql(fixture: AnalysisFixture, schema: KqlSchema = KQL_SCHEMA) {
  const result = buildKqlQuery(anInput(fixture), schema);
  const errors = (schema === WIDER ? analyseWider : analyse)(result.query);
  expect({ query: result.query, errors }).toEqual({ query: result.query, errors: [] });
  return result;
}

const week = lastSeconds(7 * DAY, 'last 7 days');

describe('buildKqlQuery: the table that can hold what the question names (analysed by Kusto.Language)', () => {
  it("should read a resource provider's operations from the activity log, not a device's network events", () => {
    const { query, tables } = kql({
      tables: ['DeviceNetworkEvents'],
      ...week,
      constraints: aConstraints({
        filters: [aFilter('action', ['Microsoft.Cdn'], { operator: 'contains', expression: 'Microsoft.Cdn' })],
      }),
    });
    expect(tables).toEqual(['AzureActivity']);
    expect(query).toContain('| where OperationNameValue contains "Microsoft.Cdn"');
  });

  it("should narrow a provider's namespace to the operation the question's verb names", () => {
    const { query } = kql({
      tables: ['AzureActivity'],
      question: 'Microsoft.Cdn deletions over the last week',
      ...week,
      constraints: aConstraints({
        filters: [aFilter('action', ['Microsoft.Cdn'], { operator: 'contains', expression: 'Microsoft.Cdn' })],
      }),
    });
    expect(query).toContain('| where OperationNameValue contains "Microsoft.Cdn"');
    expect(query).toContain('| where OperationNameValue contains "/delete"');
  });

  it('should read an autostart key from the registry table when the schema has one', () => {
    const { query, tables } = kql(
      {
        tables: ['DeviceProcessEvents'],
        ...week,
        constraints: aConstraints({
          filters: [aFilter('registry', ['CurrentVersion\\RunOnce'], { operator: 'contains', expression: 'RunOnce' })],
        }),
      },
      WIDER,
    );
    expect(tables).toEqual(['DeviceRegistryEvents']);
    expect(query).toContain('| where RegistryKey contains "CurrentVersion\\\\RunOnce"');
  });

  it('should look for a registry key in the command lines that set it when no table keeps the registry', () => {
    const { query, notes } = kql({
      tables: ['DeviceProcessEvents'],
      ...week,
      constraints: aConstraints({
        filters: [
          aFilter('registry', ['HKLM\\Software\\Contoso\\Autostart'], { operator: 'contains', expression: 'key' }),
        ],
      }),
    });
    expect(query).toContain('| where ProcessCommandLine contains "Software\\\\Contoso\\\\Autostart"');
    expect(notes).toContainEqual(expect.stringContaining('no registry column'));
  });

  it("should filter the user type where the table has it, else tell guests by their UPN's mark, and say so", () => {
    const leftOut = {
      tables: ['SigninLogs'],
      ...week,
      constraints: aConstraints({
        filters: [aFilter('text', ['Guest'], { operator: 'neq', field: 'UserType', expression: 'no guests' })],
      }),
    };
    expect(kql(leftOut, WIDER).query).toContain('| where UserType != "Guest"');
    const bare = kql(leftOut);
    expect(bare.query).toContain('| where UserPrincipalName !contains "#EXT#"');
    expect(bare.notes).toContainEqual(expect.stringContaining('no UserType column; guests are told apart'));
  });

  it('should say so when a table has neither a user type nor a principal name to leave guests out by', () => {
    const { query, notes } = kql({
      tables: ['SecurityEvent'],
      ...week,
      constraints: aConstraints({
        filters: [aFilter('text', ['Guest'], { operator: 'neq', field: 'UserType', expression: 'bar guests' })],
      }),
    });
    expect(query).not.toContain('Guest');
    expect(notes).toContainEqual(expect.stringContaining('no column UserType for "bar guests"'));
  });

  it('should not query a well-known table the question names when the schema leaves it out, and say so', () => {
    const { query, tables, notes } = buildKqlQuery(
      anInput({
        tables: ['SigninLogs'],
        question: 'failed ConsoleLogin events in AWSCloudTrail for the last week',
        ...week,
        constraints: aConstraints({ filters: [aFilter('action', ['ConsoleLogin'])] }),
      }),
      KQL_SCHEMA,
    );
    expect(tables).not.toContain('AWSCloudTrail');
    expect(query).not.toContain('AWSCloudTrail');
    expect(notes).toContainEqual(expect.stringContaining('AWSCloudTrail, which the kql schema does not list'));
  });

  it("should read a program's runs from the process table when the planner put the network table first", () => {
    const vnc = aFilter('process', ['tightvnc'], { operator: 'contains', expression: 'TightVNC' });
    const { tables } = kql({
      tables: ['DeviceNetworkEvents', 'DeviceProcessEvents'],
      question: 'TightVNC seen on the lab PCs over the past 9 days?',
      ...week,
      constraints: aConstraints({ filters: [vnc] }),
    });
    expect(tables).toEqual(['DeviceProcessEvents']);
    const { tables: talked } = kql({
      tables: ['DeviceNetworkEvents', 'DeviceProcessEvents'],
      question: 'TightVNC outbound connections over the past 9 days',
      ...week,
      constraints: aConstraints({ filters: [vnc] }),
    });
    expect(talked).toEqual(['DeviceNetworkEvents']);
    const { tables: toAddress } = kql({
      tables: ['DeviceNetworkEvents', 'DeviceProcessEvents'],
      question: 'TightVNC beconing to 203.0.113.9 over the past 9 days',
      ...week,
      constraints: aConstraints({ filters: [vnc, aFilter('ip', ['203.0.113.9'])] }),
    });
    expect(toAddress).toEqual(['DeviceNetworkEvents']);
  });
});
