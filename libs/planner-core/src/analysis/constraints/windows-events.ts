import type { TableColumns } from './column-mapper';
import { MACHINE_POWER_EVENTS, MACHINE_POWER_WORD } from '../windows-event.util';
import { scan, type SpanSet, type ValueHit } from './value-hit';
import { rememberLast } from '../remember-last.util';

/**
 * Windows Security activities said in words, with the event ids that record them. The first list
 * names activities only Windows logs ("account lockouts", "Kerberos service tickets", "the security
 * log was cleared"); the second names activities a directory in the cloud has too ("user accounts
 * created"), read only when the question speaks of Windows or the domain.
 */
/** The domain's built-in privileged groups: no cloud directory has them. */
const DOMAIN_GROUPS = String.raw`(?:domain|enterprise|schema)\s+admins`;
const WINDOWS_ONLY: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:account\s+)?lock[\s-]?outs?\b|\blocked[\s-]out\b/gi, ['4740']],
  [/\b(?:accounts?\s+)?unlock(?:ed|s)?\b(?:\s+accounts?\b)?/gi, ['4767']],
  [
    /\b(?:kerberos\s+)?service\s+tickets?(?:\s+requests?)?\b|\btgs(?:[\s-]+req(?:uest)?s?)?\b|\bkerberoast(?:ing|ed)?\b/gi,
    ['4769'],
  ],
  [/\b(?:kerberos\s+)?pre-?auth(?:entication)?\s+fail(?:ures?|ed|s)\b/gi, ['4771']],
  [/\btgts?(?:\s+requests?)?\b|\b(?:kerberos\s+)?authentication\s+tickets?(?:\s+requests?)?\b/gi, ['4768']],
  [/\bntlm\s+(?:authentications?|logons?|credential\s+validations?)\b/gi, ['4776']],
  [/\bexplicit\s+credentials?\b/gi, ['4648']],
  [/\bspecial\s+privileges?\b/gi, ['4672']],
  [
    /\bscheduled\s+tasks?\s+(?:was\s+|were\s+)?(?:created|registered|added)\b|\b(?:new|created)\s+scheduled\s+tasks?\b/gi,
    ['4698'],
  ],
  [
    /\bservices?\s+(?:was\s+|were\s+|got\s+)?installed\b|\b(?:service\s+installs?|service\s+installations?|new\s+services?)\b(?!\s+(?:principals?|accounts?|connections?|endpoints?|tags?))/gi,
    ['4697', '7045'],
  ],
  [
    /\b(?:security|audit|event)\s+logs?\s+(?:was\s+|were\s+|got\s+|being\s+)?(?:cleared|wiped|erased)\b|\b(?:cleared|wiped)\s+(?:the\s+)?(?:security|audit|event)\s+logs?\b/gi,
    ['1102'],
  ],
  // The local Administrators group named by its members ("new local admins", "added as a local admin").
  [
    /\b(?:new\s+)?local\s+admin(?:istrator)?s?\s+(?:group\s+)?(?:members?\s+)?(?:was\s+|were\s+|got\s+)?(?:added|granted)\b|\bnew\s+local\s+admin(?:istrator)?s?\b|\badded\s+(?:\S+\s+)?(?:to|as)\s+(?:a\s+|the\s+)?local\s+admin(?:istrator)?s?\b/gi,
    ['4732'],
  ],
  // "who added themself to domain admins", "new members of Enterprise Admins": a member added to a domain group (the
  // words before the group's name, which stays a value of its own).
  [
    new RegExp(
      String.raw`\b(?:add(?:ed|s|ing)?|put)\s+(?:[\w.@$-]+\s+){0,3}?(?:to|into)(?=\s+(?:the\s+)?${DOMAIN_GROUPS}\b)|\b(?:new\s+)?members?\s+(?:added\s+to|of)(?=\s+(?:the\s+)?${DOMAIN_GROUPS}\b)`,
      'gi',
    ),
    ['4728', '4732', '4756'],
  ],
];
const WINDOWS_CONTEXTUAL: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:user\s+)?accounts?\s+(?:was\s+|were\s+)?created\b|\b(?:new|created)\s+(?:user\s+)?accounts?\b/gi, ['4720']],
  [/\b(?:user\s+)?accounts?\s+(?:was\s+|were\s+)?deleted\b|\bdeleted\s+(?:user\s+)?accounts?\b/gi, ['4726']],
  [/\b(?:user\s+)?accounts?\s+(?:was\s+|were\s+)?disabled\b|\bdisabled\s+(?:user\s+)?accounts?\b/gi, ['4725']],
  [/\bpassword\s+resets?\b|\breset\s+(?:\w+\s+)?passwords?\b/gi, ['4724']],
  [/\badded\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:security\s+)?groups?\b/gi, ['4728', '4732', '4756']],
];

/** Words that place a question in Windows or the domain. */
const WINDOWS_CONTEXT =
  /\b(?:windows|active\s+directory|domain\s+controllers?|dcs?\d*|domain|securityevent|wineventlog|security\s+(?:event\s+)?log|event\s+logs?|kerberos|ntlm|gpo|local\s+admin(?:istrator)?s?)\b/i;
/** Words that place it in a cloud directory or service, whose records carry no Windows event ids. */
const CLOUD_CONTEXT =
  /\b(?:entra|azure\s+ad|aad|sign[\s-]?ins?|signinlogs|okta|aws|cloudtrail|iam|o365|office\s*365|m365|microsoft\s+365|sharepoint|onedrive|exchange|gcp|google)\b/i;
/** A cloud's machines ("azure vms", "ec2 instances"): turned off or round in the cloud's activity log, not a Security log. */
const CLOUD_MACHINES = /\b(?:vms?|virtual\s+machines?|instances?|ec2|droplets?|nodes?)\b/i;
/** A chosen source named as the Windows event log (`WinEventLog:Security`, `wineventlog`), whatever columns it lists. */
const WINDOWS_LOG_NAME = /wineventlog|securityevent/i;
/** A column naming the machine a row is about (`DeviceName`, `Computer`, the CIM's `Processes.dest`). */
const HOST_COLUMN = /^(?:[\w]+\.)*(?:dest|host|hostname|computer|computername|devicename|dvc)$/i;
const EVENT_COLUMN = /^event_?(?:id|code)$/i;
/** A logon said by its type: "RDP logons", "interactive logons", "logon type 10", "logons of type 3". */
const LOGON_OF_A_TYPE =
  /\b(?:rdp|remote\s+desktop|remote\s*interactive|interactive|network|batch|service|unlock|cached)\s+log(?:on|in)s?\b|\blog(?:on|in)s?\s+(?:of\s+)?type\s*(?:=|==|:)?\s*\d{1,2}\b|\blogon[\s_]?type\s*(?:=|==|:)?\s*\d{1,2}\b/i;
/** Words that ask for failed logons (the failure filter reads them as 4625). */
const FAILURE_WORDS =
  /\b(?:fail(?:ed|ures?|s|ing)?|unsuccessful|denied|rejected|bad\s+passwords?|wrong\s+passwords?)\b/i;

/** Characters of a question read for a Windows-only activity when choosing where to look. */
const MAX_ACTIVITY_TEXT = 1_000;

/**
 * Whether the question names in words an activity only Windows logs ("kerberoasting", "account lockouts", "the
 * audit log was wiped", "reboots of the kiosk"), and no cloud directory or service: Windows telemetry, as an event
 * id is.
 */
function readSaysWindowsActivity(text: string): boolean {
  const head = text.slice(0, MAX_ACTIVITY_TEXT);
  if (CLOUD_CONTEXT.test(head)) return false;
  if (WINDOWS_ONLY.some(([pattern]) => head.search(pattern) >= 0)) return true;
  if (!MACHINE_POWER_WORD.test(head)) return false;
  return !CLOUD_MACHINES.test(head) && MACHINE_POWER_EVENTS.some(([pattern]) => head.search(pattern) >= 0);
}

/** {@link readSaysWindowsActivity}, the last text's answer kept (see {@link rememberLast}). */
export const saysWindowsActivity = rememberLast(readSaysWindowsActivity);

/**
 * Windows Security event ids of the activities a question names in words ("account lockouts" → 4740,
 * "Kerberos service tickets" → 4769, "services installed" → 4697 and 7045), when the question is not
 * about a cloud directory or service and the chosen tables hold event ids or none are chosen (or it
 * speaks of Windows or the domain), unless the question writes its event ids out (`idsSaid`). Each
 * becomes an `event_id` value over the words that name it.
 */
export function readWindowsEvents(
  text: string,
  tables: readonly TableColumns[],
  taken: SpanSet,
  idsSaid = false,
): ValueHit[] {
  const hits: ValueHit[] = [];
  // "services installed, event 4697": ids written out are the ones meant; the words describe them.
  if (idsSaid || CLOUD_CONTEXT.test(text)) return hits;
  const windows = WINDOWS_CONTEXT.test(text);
  const eventTables =
    tables.length === 0 ||
    tables.some((t) => WINDOWS_LOG_NAME.test(t.table) || t.columns.some((c) => EVENT_COLUMN.test(c)));
  // A machine's own start-up and shut-down are asked of any log of machines (one that names each host).
  const machineTables = eventTables || tables.some((t) => t.columns.some((c) => HOST_COLUMN.test(c)));
  if (!windows && !machineTables) return hits;
  const windowsLog = windows || eventTables;
  // "RDP logons", "logon type 10": a logon of a type is a successful logon event unless failures are asked for
  // (those the failure filter reads). Its words are the logon type's too, so this hit shares their span.
  const logon = windowsLog ? LOGON_OF_A_TYPE.exec(text) : null;
  if (logon && !FAILURE_WORDS.test(text))
    hits.push({ kind: 'event_id', value: '4624', start: logon.index, end: logon.index + logon[0].length });
  const lists = windowsLog ? [...WINDOWS_ONLY] : [];
  if (MACHINE_POWER_WORD.test(text) && !CLOUD_MACHINES.test(text)) lists.push(...MACHINE_POWER_EVENTS);
  if (windows) lists.push(...WINDOWS_CONTEXTUAL);
  for (const [pattern, ids] of lists)
    scan(
      text,
      pattern,
      taken,
      (m) => ids.map((value) => ({ kind: 'event_id', value, start: m.index, end: m.index + m[0].length })),
      hits,
    );
  return hits;
}
