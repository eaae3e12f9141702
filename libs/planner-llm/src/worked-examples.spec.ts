import type { OfferedEntry } from './relevant-schema.util';
import { buildWorkedExamples } from './worked-examples';

const entry = (name: string, platform: string | null, score: number, columns: string[] = []): OfferedEntry => ({
  name,
  kind: 'table',
  platform,
  columns,
  score,
});

describe('buildWorkedExamples', () => {
  it('routes a question made of each platform’s best entry to that platform, best platform first, at most three', () => {
    const examples = buildWorkedExamples([
      entry('customer_orders', 'sql', 4, ['order_id']),
      entry('SigninLogs', 'kql', 9, ['UserPrincipalName']),
      entry('AuditLogs', 'kql', 3),
      entry('wineventlog', 'spl', 1),
      entry('other', 'pg', 0),
    ]);

    expect(examples).toEqual([
      '"signin logs by user principal name" -> kql: SigninLogs',
      '"customer orders by order id" -> sql: customer_orders',
      '"recent wineventlog" -> spl: wineventlog',
    ]);
  });

  it('makes one example when one platform is offered, and none from an empty or unplaced schema', () => {
    expect(buildWorkedExamples([entry('wineventlog', 'spl', 0)])).toEqual(['"recent wineventlog" -> spl: wineventlog']);
    expect(buildWorkedExamples([])).toEqual([]);
    expect(buildWorkedExamples([entry('orphan', null, 5)])).toEqual([]);
  });
});
