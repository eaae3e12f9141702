import type { TableColumns } from './column-mapper';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/*
 * An AWS service named as what the audited calls went to: "EKS API calls", "S3 requests", "KMS activity", "s3
 * AccessDenied errs". A
 * cloud audit log records the service's endpoint (`eks.amazonaws.com`) in its event-source column; the name is
 * a value of that column, read only when a chosen table has one. ("CloudTrail events" name the log, no service.)
 */

/** Each service as a question names it (a pattern) and its endpoint's first label. */
const SERVICES: ReadonlyArray<readonly [RegExp, string]> = [
  ...['ec2', 's3', 'iam', 'sts', 'kms', 'eks', 'ecs', 'ecr', 'rds', 'sns', 'sqs', 'ssm', 'lambda', 'dynamodb'].map(
    (name) => [new RegExp(`^${name}$`, 'i'), name] as const,
  ),
  ...['cloudformation', 'guardduty', 'kinesis', 'redshift', 'athena'].map(
    (name) => [new RegExp(`^${name}$`, 'i'), name] as const,
  ),
  [/^route\s?53$/i, 'route53'],
  [/^secrets\s?manager$/i, 'secretsmanager'],
  [/^cognito$/i, 'cognito-idp'],
];

const SERVICE_CALLS = new RegExp(
  String.raw`\b(${SERVICES.map(([name]) => name.source.slice(1, -1)).join('|')})(?=\s+(?:api\s+|[A-Za-z]+\s+(?=(?:errors?|errs?|failures?|denials?)\b))?(?:calls?|requests?|activity|events?|actions?|operations?|errors?|errs?|failures?|denials?)\b)`,
  'gi',
);

/** A column that records which service an audited call went to. */
const SOURCE_COLUMN = /^event_?source$/i;

function sourceColumn(tables: readonly TableColumns[]): string | undefined {
  for (const table of tables)
    for (const column of table.columns) if (SOURCE_COLUMN.test(column)) return `${table.table}.${column}`;
  return undefined;
}

/**
 * A service's endpoint written out ("kms.amazonaws.com", a regional "s3.eu-west-3.amazonaws.com"): the label before the
 * optional region is the service. The audit log records the endpoint without its region.
 */
const SERVICE_ENDPOINT = /\b([a-z][a-z0-9-]{1,40})\.(?:[a-z]{2}(?:-[a-z]+)+-\d\.)?amazonaws\.com\b/gi;

/**
 * The service endpoints the question writes out, as values of the event-source column (not domains a web log would
 * hold), read only when a chosen table has that column.
 */
export function readServiceEndpoints(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  const column = sourceColumn(tables);
  if (!column) return hits;
  scan(
    text,
    SERVICE_ENDPOINT,
    taken,
    (m) => ({
      kind: 'text',
      value: `${m[1]!.toLowerCase()}.amazonaws.com`,
      start: m.index,
      end: m.index + m[0].length,
      hint: column,
    }),
    hits,
  );
  return hits;
}

/** The services whose calls the question asks about, as their endpoints in the event-source column. */
export function readCloudServices(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  const column = sourceColumn(tables);
  if (!column) return hits;
  scan(
    text,
    SERVICE_CALLS,
    taken,
    (m) => {
      const service = SERVICES.find(([name]) => name.test(m[1]!))?.[1];
      if (!service) return null;
      return {
        kind: 'text',
        value: `${service}.amazonaws.com`,
        start: m.index,
        end: m.index + m[1]!.length,
        hint: column,
      };
    },
    hits,
  );
  return hits;
}

/*
 * A tool the audited calls were made with ("aws api calls from terraform", "calls made via the aws cli", "boto3
 * requests"): a cloud audit log keeps the caller's client in its user-agent column, which holds the tool's name.
 */

/** Each tool as a question names it (a pattern) and the word its user agent holds. */
const API_CLIENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^terraform$/i, 'terraform'],
  [/^(?:aws[\s-]?cli|awscli)$/i, 'aws-cli'],
  [/^boto3?$/i, 'boto'],
  [/^pulumi$/i, 'pulumi'],
  [/^(?:aws[\s-])?cdk$/i, 'aws-cdk'],
];
const CLIENT_NAME = String.raw`terraform|aws[\s-]?cli|awscli|boto3?|pulumi|(?:aws[\s-])?cdk`;
const CALLS = String.raw`(?:api\s+)?(?:calls?|requests?|activity|events?|actions?|operations?|changes?)`;
/** "calls from terraform", "requests made via the aws cli", "changes done with pulumi"; or "terraform api calls". */
const CLIENT_CALLS = new RegExp(
  String.raw`\b${CALLS}(?:\s+(?:(?:that\s+)?(?:were|was|got|been)\s+)?(?:made|done|sent|issued|run|applied|came))?\s+(?:from|via|using|with|through|by)\s+(?:the\s+)?(${CLIENT_NAME})\b|\b(${CLIENT_NAME})[\s-]+(?:made\s+|driven\s+|initiated\s+)?${CALLS}\b`,
  'gi',
);
/** Words that place the calls in a cloud provider's audit log when no chosen table lists its columns. */
const CLOUD_AUDIT = /\b(?:aws|cloudtrail|cloud\s*trail|amazon)\b/i;
const AGENT_COLUMN = /^(?:user_?agent|useragent)$/i;

/** The tools the question says the audited calls were made with, as values of the user-agent column. */
export function readApiClients(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!/terraform|cli\b|boto|pulumi|cdk/i.test(text)) return hits;
  const agent = tables.flatMap((t) => t.columns.filter((c) => AGENT_COLUMN.test(c)).map((c) => `${t.table}.${c}`))[0];
  const hint = agent ?? (CLOUD_AUDIT.test(text) ? 'user agent' : undefined);
  if (!hint) return hits;
  scan(
    text,
    CLIENT_CALLS,
    taken,
    (m) => {
      const group = m[1] !== undefined ? 1 : 2;
      const name = m[group]!;
      const value = API_CLIENTS.find(([pattern]) => pattern.test(name))?.[1];
      if (!value) return null;
      const start = m.index + m[0].indexOf(name);
      return { kind: 'text', value, start, end: start + name.length, operator: 'contains', hint };
    },
    hits,
  );
  return hits;
}
