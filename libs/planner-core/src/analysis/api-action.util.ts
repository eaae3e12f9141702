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

/**
 * Words a cloud API action name implies: it is a call an audit trail of cloud API calls records
 * (CloudTrail's `eventName` in the Verb+Noun style), not a business table its noun happens to name.
 */
export const API_ACTION_HINTS: readonly string[] = ['cloudtrail', 'api', 'aws'];

/** Whether a token, as written, is a cloud API action name (`AttachUserPolicy`, `ListBuckets`, `GetObjectACL`). */
export function isApiAction(token: string): boolean {
  return token.length <= 64 && API_ACTION.test(token);
}

/** Whether the question writes a cloud API action name (see {@link isApiAction}). */
export function saysApiAction(exactTokens: Iterable<string>): boolean {
  for (const token of exactTokens) if (isApiAction(token)) return true;
  return false;
}
