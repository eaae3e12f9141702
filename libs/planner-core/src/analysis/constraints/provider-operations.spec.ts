import { readProviderOperations } from './provider-operations';
import { SpanSet } from './value-hit';

const read = (text: string) =>
  readProviderOperations(text, new SpanSet()).map((hit) => [hit.value, hit.operator ?? 'eq']);

describe('readProviderOperations', () => {
  it('reads a written-out resource manager operation as an action matched whole', () => {
    expect(read('list Microsoft.Sql/servers/firewallRules/write calls since Monday.')).toEqual([
      ['Microsoft.Sql/servers/firewallRules/write', 'eq'],
    ]);
  });

  it('reads each operation of a list, in any case', () => {
    expect(read('MICROSOFT.CDN/PROFILES/DELETE or microsoft.cdn/profiles/endpoints/purge/action')).toEqual([
      ['MICROSOFT.CDN/PROFILES/DELETE', 'eq'],
      ['microsoft.cdn/profiles/endpoints/purge/action', 'eq'],
    ]);
  });

  it('searches for a resource type named without a verb in the operation names', () => {
    expect(read('anything done to Microsoft.Cache/redis, today')).toEqual([['Microsoft.Cache/redis', 'contains']]);
  });

  it('reads a provider namespace alone said with what was done or as a provider, as a part of the operation', () => {
    expect(read('top callers of Microsoft.Sql writes this week')).toEqual([['Microsoft.Sql', 'contains']]);
    expect(read('anything under the resource provider microsoft.web today')).toEqual([['microsoft.web', 'contains']]);
    expect(read('requests to microsoft.com calls')).toEqual([]);
  });

  it('reads no provider namespace without a resource type, nor one inside a web address', () => {
    expect(read('events from Microsoft.Insights in the portal')).toEqual([]);
    expect(read('see https://learn.example.com/Microsoft.Web/sites for details')).toEqual([]);
  });

  it("reads a namespace called a provider, or with a resource's kind before what was done, as a part of the operation", () => {
    expect(read('did anything in the Microsoft.Cdn provider change overnight')).toEqual([
      ['Microsoft.Cdn', 'contains'],
    ]);
    expect(read('Microsoft.Cache redis cluster deletions this week')).toEqual([['Microsoft.Cache', 'contains']]);
    expect(read('Microsoft.Insights is noisy; how many alerts today')).toEqual([]);
  });
});
