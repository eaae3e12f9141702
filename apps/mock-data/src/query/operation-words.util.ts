import { nullPrototype } from './null-prototype.util';

/** Operations of Microsoft 365's audit log by the verb an analyst uses. */
const OFFICE_OPERATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bdownload(?:s|ed|ing)?\b/i, ['FileDownloaded']],
  [/\bupload(?:s|ed|ing)?\b/i, ['FileUploaded']],
  [/\b(?:deleted|deletes?|deleting|removed)\s+(?:\w+\s+)?files?\b|\bfiles?\s+(?:were\s+)?deleted\b/i, ['FileDeleted']],
  [/\bshar(?:ed|ing)\b/i, ['SharingSet', 'AnonymousLinkCreated', 'SharingInvitationCreated']],
  [/\binbox\s+rules?\b|\bforwarding\s+rules?\b/i, ['New-InboxRule', 'Set-InboxRule']],
  [/\bmailbox\s+log[\s-]?ins?\b/i, ['MailboxLogin']],
  [/\b(?:accessed|viewed|opened)\b/i, ['FileAccessed']],
];

/** Azure Resource Manager operations end in the verb (`MICROSOFT.COMPUTE/VIRTUALMACHINES/DELETE`): matched as a part. */
const AZURE_OPERATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bdelet(?:e|ed|es|ing|ions?)\b|\bremov(?:e|ed|al)\b/i, ['/delete']],
  [/\bcreat(?:e|ed|ion)\b|\bmodif(?:y|ied|ications?)\b|\bupdat(?:e|ed|es)\b|\bchang(?:e|ed|es)\b/i, ['/write']],
  [/\brole\s+assignments?\b/i, ['roleassignments']],
];

/** Entra ID directory operations by what the question names, matched as a part of the operation name. */
const DIRECTORY_OPERATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\brole\s+assignments?\b|\badded\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+)?role\b/i, ['role']],
  [/\bpassword\s+resets?\b|\breset\s+(?:\w+\s+)?passwords?\b/i, ['password']],
  [/\badded\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+)?group\b|\bgroup\s+membership\b/i, ['member to group']],
  [/\b(?:new|created)\s+(?:user\s+)?accounts?\b|\busers?\s+created\b/i, ['Add user']],
  [/\bconsents?\b|\bconsented\b/i, ['Consent to application']],
];

/** CloudTrail event names start with the verb (`DeleteBucket`, `CreateUser`, `ConsoleLogin`). */
const AWS_OPERATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bconsole\s*log[\s-]?ins?\b/i, ['ConsoleLogin']],
  [/\bdelet(?:e|ed|es|ing|ions?)\b/i, ['Delete']],
  [/\bcreat(?:e|ed|ion|ions)\b/i, ['Create']],
  [/\bassum(?:e|ed)\s+roles?\b/i, ['AssumeRole']],
];

interface OperationSource {
  readonly column: string;
  readonly operator: 'eq' | 'contains';
  readonly words: ReadonlyArray<readonly [RegExp, readonly string[]]>;
}

/** The sources whose column holds operations, that column, and how its values are matched. */
const OPERATION_SOURCES: Readonly<Record<string, OperationSource>> = nullPrototype({
  officeactivity: { column: 'Operation', operator: 'eq', words: OFFICE_OPERATIONS },
  o365: { column: 'Operation', operator: 'eq', words: OFFICE_OPERATIONS },
  azureactivity: { column: 'OperationNameValue', operator: 'contains', words: AZURE_OPERATIONS },
  auditlogs: { column: 'OperationName', operator: 'contains', words: DIRECTORY_OPERATIONS },
  aws: { column: 'eventName', operator: 'contains', words: AWS_OPERATIONS },
  'aws:cloudtrail': { column: 'eventName', operator: 'contains', words: AWS_OPERATIONS },
});

/**
 * The operation filter a question's verb calls for on a source that records operations
 * ("downloaded" → Operation == FileDownloaded, "deletions" → OperationNameValue contains /delete);
 * null for other sources or when no verb is known.
 */
export function operationFilter(
  source: string,
  columns: readonly string[],
  question: string,
): { column: string; operator: 'eq' | 'contains'; values: readonly string[] } | null {
  const known = OPERATION_SOURCES[source.toLowerCase()];
  if (!known || !columns.includes(known.column)) return null;
  for (const [pattern, values] of known.words)
    if (pattern.test(question)) return { column: known.column, operator: known.operator, values };
  return null;
}
