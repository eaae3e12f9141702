import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { readCloudServices } from './cloud-services';
import { SpanSet } from './value-hit';

const trail: TableColumns = { table: 'trail', columns: ['eventTime', 'eventName', 'eventSource', 'sourceIPAddress'] };
const read = (text: string, tables = [trail]) =>
  readCloudServices(text, tables, new SpanSet()).map((h) => [h.value, h.hint]);

describe('readCloudServices', () => {
  it('reads a service named as what the calls went to, as its endpoint in the event-source column', () => {
    expect(read('KMS api calls by role since monday')).toEqual([['kms.amazonaws.com', 'trail.eventSource']]);
    expect(read('count Secrets Manager requests per caller')).toEqual([
      ['secretsmanager.amazonaws.com', 'trail.eventSource'],
    ]);
  });

  it('should read no service where no table records one, or from the log itself', () => {
    expect(read('KMS api calls', [{ table: 'signins', columns: ['user', 'ip'] }])).toEqual([]);
    expect(read('cloudtrail events from 203.0.113.5')).toEqual([]);
    expect(read('s3 buckets created this week')).toEqual([]);
  });

  it('filters the calls of the service named in the question', () => {
    const [filter] = extractConstraints({ text: 'daily DynamoDB API calls this month', tables: [trail] }).filters;
    expect(filter).toMatchObject({ values: ['dynamodb.amazonaws.com'], field: 'eventSource', operator: 'eq' });
  });
});
