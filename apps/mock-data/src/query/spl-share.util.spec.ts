import { splShareCommands } from './spl-share.util';

describe('splShareCommands', () => {
  it('should count all events and the marked part per group, as a percentage, highest first', () => {
    expect(splShareCommands({ test: 'action=blocked', groups: ['src'], span: null, having: null })).toEqual([
      '| eval matching=if(searchmatch("action=blocked"), 1, 0)',
      '| stats count as total sum(matching) as matching by src',
      '| eval percent=round(100 * matching / total, 2)',
      '| sort - percent',
    ]);
  });

  it('should hold the share itself to a threshold said in percent', () => {
    const lines = splShareCommands({
      test: 'action=blocked',
      groups: ['src'],
      span: null,
      having: { operator: 'gte', value: 40, percent: true },
    });
    expect(lines).toContain('| where percent >= 40');
    expect(lines.join('\n')).not.toContain('where total');
  });

  it('should bucket the events by time when a span is given, and keep the buckets in time order', () => {
    const lines = splShareCommands({ test: 'status=5*', groups: [], span: '1h', having: null });
    expect(lines[0]).toBe('| bin _time span=1h');
    expect(lines).toContain('| stats count as total sum(matching) as matching by _time');
    expect(lines[lines.length - 1]).toBe('| sort + _time');
  });

  it('should hold a threshold to the count of all events, and escape quotes in the test', () => {
    const lines = splShareCommands({
      test: 'reason="bad pass"',
      groups: [],
      span: null,
      having: { operator: 'gte', value: 10 },
    });
    expect(lines[0]).toBe('| eval matching=if(searchmatch("reason=\\"bad pass\\""), 1, 0)');
    expect(lines).toContain('| where total >= 10');
    expect(lines).toContain('| stats count as total sum(matching) as matching');
  });
});
