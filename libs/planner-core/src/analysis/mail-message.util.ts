/** Characters of the question read for mail messages. */
const MAX_TEXT = 1_000;

/** A mail message said as such (`email`, `e-mails`, `mails`, `messages`). */
const MESSAGE = String.raw`(?:e-?mails?|mails?|messages?)`;

/** A mail message or a mail address said as such (`email`, `e-mails`, `mails`, `messages`, `ops@example.org`). */
const MAIL_WORD = /\b(?:e-?mails?|mails?|messages?)\b|\w@\w/i;
/** What a message has that other things have too (a ticket's attachments, a payment's sender): said with mail. */
const MESSAGE_PART = /\b(?:attachments?|attached\s+(?:files?|documents?)|senders?|recipients?)\b/i;
/** What only mail has: a subject line, a mailbox's folders ("spam" alone is as often a flood of anything). */
const MAIL_ONLY_PART = /\b(?:subject\s+lines?|inbox(?:es)?|(?:junk|spam)\s+(?:mail|folders?))\b/i;

/** What happens to a message on its way: sent, received, delivered, forwarded, quarantined, blocked, clicked. */
const DELIVERY = String.raw`(?:sent|received|delivered|forwarded|quarantined|blocked|bounced|rejected|opened|clicked|reported)`;

/**
 * Messages said with their way ("emails sent by …", "mails delivered to …", "received a mail", "inbound emails"), not an
 * address (`the email of each customer`, `email addresses`).
 */
const MESSAGE_ON_ITS_WAY = new RegExp(
  String.raw`\b${MESSAGE}\s+(?:(?:that|which)\s+)?(?:(?:was|were|got|been|being)\s+)?${DELIVERY}\b|\b${DELIVERY}\s+(?:(?:an?|the|any|some|\d+)\s+)?${MESSAGE}\b|\b(?:inbound|outbound|incoming|outgoing|external|internal)\s+${MESSAGE}\b`,
  'i',
);

/**
 * Whether the question asks about mail messages ("emails whose attachment is a zip", "mails from outside senders",
 * "messages delivered to the finance inbox"): what a mail server or the office suite's audit log keeps. A business
 * table keeps a person's e-mail address, never the messages, so such a question is security telemetry whatever
 * business nouns it holds (an attachment named after an invoice is no invoice row).
 */
export function saysMailMessages(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  return (
    MAIL_ONLY_PART.test(slice) || MESSAGE_ON_ITS_WAY.test(slice) || (MESSAGE_PART.test(slice) && MAIL_WORD.test(slice))
  );
}
