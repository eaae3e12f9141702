import { buildKqlQuery } from './kql-query.builder';
import { aConstraints, aFilter, anInput, DAY, lastSeconds, type AnalysisFixture } from './testing/analysis-fixtures';
import { KQL_SCHEMA } from './testing/bundled-schemas';
import { kustoChecker } from './testing/kusto-checker';

let analyse: ReturnType<typeof kustoChecker>;
beforeAll(() => {
  analyse = kustoChecker(KQL_SCHEMA);
}, 120_000);

function kql(fixture: AnalysisFixture) {
  const result = buildKqlQuery(anInput(fixture), KQL_SCHEMA);
  expect({ query: result.query, errors: analyse(result.query) }).toEqual({ query: result.query, errors: [] });
  return result;
}

describe('buildKqlQuery: values said by where they stand in a name (analysed by Kusto.Language)', () => {
  it('should match a name said by its start with startswith, and one said by its end with endswith', () => {
    const { query } = kql({
      tables: ['DeviceProcessEvents'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        filters: [
          aFilter('host', ['KIOSK-'], { operator: 'contains', expression: 'beginning with KIOSK-' }),
          aFilter('process', ['_x64.exe'], { operator: 'contains', expression: 'ending in _x64.exe' }),
        ],
      }),
    });
    expect(query).toContain('| where DeviceName startswith "KIOSK-"');
    expect(query).toContain('| where FileName endswith "_x64.exe"');
  });
});

describe('buildKqlQuery: audit records (analysed by Kusto.Language)', () => {
  it("should count per actor on Entra's audit log by the initiator's UPN or app, not by the bag itself", () => {
    const { query } = kql({
      tables: ['AuditLogs'],
      ...lastSeconds(7 * DAY, 'last 7 days'),
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'actor', field: 'InitiatedBy' }],
      }),
    });
    expect(query).toContain(
      '| summarize count() by Actor=coalesce(tostring(InitiatedBy.user.userPrincipalName), tostring(InitiatedBy.app.displayName))',
    );
  });

  it('should show who acted and what was acted on in a list of audit records', () => {
    const { query } = kql({ tables: ['AuditLogs'], ...lastSeconds(DAY, 'last 24 hours'), constraints: aConstraints() });
    expect(query).toMatch(/\| project [^\n]*\bInitiatedBy\b[^\n]*\bTargetResources\b/);
  });
});
