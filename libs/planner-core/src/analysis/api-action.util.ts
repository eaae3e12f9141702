import { allMatches } from './regex-matches.util';
/**
 * Verbs a cloud control-plane API action starts with (`CreateUser`, `AttachRolePolicy`, `PutBucketAcl`,
 * `RunInstances`, `GetSecretValue`, `StopLogging`): the action names a cloud audit trail records.
 */
const API_VERBS: readonly string[] = [
  'Accept',
  'Add',
  'Associate',
  'Assume',
  'Attach',
  'Authorize',
  'Batch',
  'Cancel',
  'Change',
  'Copy',
  'Create',
  'Decrypt',
  'Delete',
  'Deregister',
  'Describe',
  'Detach',
  'Disable',
  'Disassociate',
  'Enable',
  'Encrypt',
  'Export',
  'Generate',
  'Get',
  'Import',
  'Invoke',
  'List',
  'Modify',
  'Publish',
  'Put',
  'Reboot',
  'Register',
  'Reject',
  'Remove',
  'Replace',
  'Reset',
  'Restore',
  'Revoke',
  'Rotate',
  'Run',
  'Send',
  'Set',
  'Start',
  'Stop',
  'Tag',
  'Terminate',
  'Untag',
  'Update',
  'Upload',
];

/** A verb, then one or more capitalised words, nothing else (`DeleteBucket`; not `Delete`, `Deleted`, `PowerShell`). */
const API_ACTION = new RegExp(`^(?:${API_VERBS.join('|')})(?:[A-Z][a-z0-9]+|[A-Z]{2,}(?=[A-Z][a-z]|$))+$`);

/** AWS services a question names before one of their API calls ("kms Decrypt", "sts AssumeRole"). */
const SERVICES: readonly string[] = [
  'kms',
  's3',
  'iam',
  'sts',
  'ec2',
  'lambda',
  'sns',
  'sqs',
  'ssm',
  'ecr',
  'eks',
  'ecs',
  'rds',
];

/** A name in any case, as a pattern (`kms` → `[kK][mM][sS]`). */
const anyCase = (name: string): string => name.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * A service, then an API verb with or without a PascalCase object, after a space or as a policy writes it
 * ("kms Decrypt", "lambda Invoke", "S3 PutObject", "sts:AssumeRole").
 */
const SERVICE_CALL = new RegExp(
  `\\b(?:${SERVICES.map(anyCase).join('|')})(?:\\s+|:)((?:${API_VERBS.join('|')})(?:[A-Z][a-z0-9]+|[A-Z]{2,}(?=[A-Z][a-z]|\\b))*)\\b`,
  'g',
);

/** A service named as {@link SERVICE_CALL} needs it, before a space or a colon: a cheap test before it. */
const SERVICE_NAMED = new RegExp(`\\b(?:${SERVICES.join('|')})(?:\\s|:)`, 'i');

/** Characters of the question read for a service's call. */
const MAX_SERVICE_CALL_TEXT = 1_000;

/** A service's call the question names after the service ("kms Decrypt" → `Decrypt`), with where the name stands. */
export interface ServiceCall {
  readonly action: string;
  readonly start: number;
}

/** The API calls the question names after their AWS service ("kms Decrypt", "sts AssumeRole"), in order. */
export function readServiceCalls(text: string): ServiceCall[] {
  const calls: ServiceCall[] = [];
  const head = text.slice(0, MAX_SERVICE_CALL_TEXT);
  if (!SERVICE_NAMED.test(head)) return calls;
  for (const m of allMatches(head, SERVICE_CALL)) {
    const action = m[1]!;
    calls.push({ action, start: m.index + m[0].length - action.length });
  }
  return calls;
}

/**
 * Words a cloud API action name implies: it is a call an audit trail of cloud API calls records
 * (CloudTrail's `eventName` in the Verb+Noun style), not a business table its noun happens to name.
 */
export const API_ACTION_HINTS: readonly string[] = ['cloudtrail', 'api', 'aws'];

/** Whether a token, as written, is a cloud API action name (`AttachUserPolicy`, `ListBuckets`, `GetObjectACL`). */
export function isApiAction(token: string): boolean {
  return token.length <= 64 && API_ACTION.test(token);
}

/** An AWS service's endpoint (`sts.amazonaws.com`, `s3.eu-west-3.amazonaws.com`): where the calls a trail records went. */
const SERVICE_ENDPOINT = /^[a-z][a-z0-9-]{1,40}\.(?:[a-z0-9-]{1,40}\.)?amazonaws\.com$/i;

/** Whether a token, as written, is an AWS service's endpoint (see {@link SERVICE_ENDPOINT}). */
export function isServiceEndpoint(token: string): boolean {
  return token.length <= 96 && SERVICE_ENDPOINT.test(token);
}

/**
 * Whether the question writes a cloud API action name (see {@link isApiAction}) or a service's endpoint (see
 * {@link isServiceEndpoint}), or a service's call after the service (see {@link readServiceCalls}) when its text is given.
 */
export function saysApiAction(exactTokens: Iterable<string>, text = ''): boolean {
  for (const token of exactTokens) if (isApiAction(token) || isServiceEndpoint(token)) return true;
  return readServiceCalls(text).length > 0;
}
