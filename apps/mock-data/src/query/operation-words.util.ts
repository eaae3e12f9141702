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

/** The sources whose column holds Microsoft 365 operations, and that column. */
const OPERATION_COLUMN: Readonly<Record<string, string>> = nullPrototype({
  officeactivity: 'Operation',
  o365: 'Operation',
});

/**
 * The operation filter a question's verb calls for on a Microsoft 365 source ("downloaded" →
 * Operation == FileDownloaded); null for other sources or when no verb is known.
 */
export function operationFilter(
  source: string,
  columns: readonly string[],
  question: string,
): { column: string; values: readonly string[] } | null {
  const column = OPERATION_COLUMN[source.toLowerCase()];
  if (!column || !columns.includes(column)) return null;
  for (const [pattern, values] of OFFICE_OPERATIONS) if (pattern.test(question)) return { column, values };
  return null;
}
