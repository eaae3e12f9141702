/**
 * "paid last month but after their due date", "invoices paid in October, after the due date": the payment and
 * the words saying it came after the due date stand apart (a window, a qualifier between them). Up to 80
 * characters in one sentence between "paid" and "after … due", so the test stays linear and local. "Not paid and past
 * the due date" is no payment at all.
 */
const PAID_THEN_AFTER_DUE =
  /(?<!\b(?:not|never|un|yet)\s*|n['’]t\s+(?:been\s+|yet\s+)?)\b(?:paid|settled)\b[^.?!;]{0,80}?\b(?:after|later\s+than|beyond)\s+(?:(?:their|the|its)\s+)?due(?:[\s-]+dates?)?\b/i;

/** Whether the question says the payment came after the due date with other words between the two. */
export function saysPaidAfterDue(question: string): boolean {
  return PAID_THEN_AFTER_DUE.test(question.slice(0, 2_000));
}

/** "… after their due date" at the end of the words before a window: the due date is compared with, not the window's time. */
const DUE_COMPARISON_AT_END =
  /\b(?:after|beyond|past|later\s+than|before)\s+(?:(?:their|the|its)\s+)?due(?:[\s-]+dates?)?[\s,]*$/i;

/** The words before a window without a due-date comparison that ends them. */
export function withoutDueComparison(words: string): string {
  return words.replace(DUE_COMPARISON_AT_END, ' ');
}
