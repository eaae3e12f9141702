import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { readApiClients, readCloudServices, readServiceEndpoints } from './cloud-services';
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

  it('reads a service named with its errors, an error code maybe between ("s3 AccessDenied errs")', () => {
    expect(read('s3 AccessDenied errs past 3h')).toEqual([['s3.amazonaws.com', 'trail.eventSource']]);
    expect(read('kms failures today')).toEqual([['kms.amazonaws.com', 'trail.eventSource']]);
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

describe('readServiceEndpoints', () => {
  const endpoints = (text: string, tables = [trail]) =>
    readServiceEndpoints(text, tables, new SpanSet()).map((h) => [h.value, h.hint]);

  it("reads a service's endpoint written out as a value of the event-source column, without its region", () => {
    expect(endpoints('denied calls to ssm.amazonaws.com since tuesday')).toEqual([
      ['ssm.amazonaws.com', 'trail.eventSource'],
    ]);
    expect(endpoints('traffic to SQS.ap-south-2.amazonaws.com')).toEqual([['sqs.amazonaws.com', 'trail.eventSource']]);
  });

  it('should read no endpoint where no table records one', () => {
    expect(endpoints('denied calls to ssm.amazonaws.com', [{ table: 'proxy', columns: ['url', 'status'] }])).toEqual(
      [],
    );
  });

  it('filters the event source on the endpoint, not a domain no audit column holds', () => {
    const { filters } = extractConstraints({
      text: 'top 4 sourceIPAddress values for ecr.amazonaws.com over 3 days',
      tables: [trail],
    });
    expect(filters).toEqual([
      expect.objectContaining({ kind: 'text', values: ['ecr.amazonaws.com'], field: 'eventSource' }),
    ]);
  });
});

describe('readApiClients', () => {
  const agentTrail: TableColumns = { table: 'trail', columns: ['eventTime', 'eventName', 'userAgent', 'errorCode'] };
  const clients = (text: string, tables: TableColumns[]) =>
    readApiClients(text, tables, new SpanSet()).map((h) => [h.value, h.hint, h.operator]);

  it.each([
    ['aws api calls from terraform that errored yday', 'terraform'],
    ['which IAM changes were made via terraform this week', 'terraform'],
    ['cloudtrail calls made with the aws cli yesterday', 'aws-cli'],
    ['terraform api calls last 24h by eventName', 'terraform'],
    ['requests sent using boto3 since monday', 'boto'],
  ])('reads the tool "%s" names as a part of the user agent', (text, value) => {
    expect(clients(text, [agentTrail])).toEqual([[value, 'trail.userAgent', 'contains']]);
  });

  it('names the user agent by its kind for an AWS log whose columns are not listed, and reads nothing elsewhere', () => {
    expect(clients('aws api calls from terraform yesterday', [])).toEqual([['terraform', 'user agent', 'contains']]);
    expect(clients('calls from terraform yesterday', [])).toEqual([]);
    expect(clients('did anyone install terraform on the build hosts', [agentTrail])).toEqual([]);
  });
});

describe('extractConstraints: ports written as a slash list', () => {
  const network: TableColumns = {
    table: 'DeviceNetworkEvents',
    columns: ['Timestamp', 'DeviceName', 'RemoteIP', 'RemotePort', 'InitiatingProcessFileName'],
  };

  it('reads "9001/9030" after a word of connecting as both ports, and a date-like pair as none', () => {
    const ports = (text: string) =>
      extractConstraints({ text, tables: [network] })
        .filters.filter((f) => f.kind === 'port')
        .flatMap((f) => f.values);
    expect(ports('defender connections to 9001/9030 today by process')).toEqual(['9001', '9030']);
    expect(ports('connections on 11/28 to the vpn')).toEqual([]);
  });
});
