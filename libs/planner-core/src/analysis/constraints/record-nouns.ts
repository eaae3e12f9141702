/**
 * Nouns of business and activity records, each one row of its table ("invoices", "tickets", "refunds"): a number
 * of them is a count of rows ("customers with 3 or more invoices"), never a value such as an amount or a size.
 */
const RECORD_NOUN =
  /^(?:invoices?|bills?|payments?|transactions?|charges?|refunds?|returns?|subscriptions?|tickets?|incidents?|cases?|bookings?|reservations?|shipments?|deliveries|delivery|contracts?|quotes?|claims?|events?|sessions?|logins?|sign-?ins?|requests?|alerts?|records?|entries|entry|rows?|line\s+items?|order\s+lines?)$/;

/** Whether a counted noun (lower case, singular or plural) names records, one row each. */
export function isRecordNoun(noun: string): boolean {
  return RECORD_NOUN.test(noun.trim().toLowerCase());
}
