/**
 * Money asked beside a number of units: "how many units did we sell and for how much", "units sold and the
 * revenue", "units sold + revenue", "quantity plus total sales per region", "how much money we made and how many units" — the units
 * summed, and what they sold for summed beside them.
 */
/** Pieces counted, or things sold by the piece when said as sold ("seats sold"). */
const UNITS = String.raw`(?:units?|items?|pieces?|quantit(?:y|ies)|qty|(?:tickets|seats|licen[cs]es|passes|copies)(?=\s+sold\b))`;
/** A total said with how it is worked out ("the hammer total (quantity times price)", "value (qty x unit price)"). */
const WORKED_OUT = String.raw`(?:[\w-]+\s+){0,2}?(?:totals?|value|amount|sum)\s*\(\s*(?:quantity|qty|units?)\s*(?:times|x|\*|×|multiplied\s+by)\s*(?:the\s+)?(?:unit\s+)?price(?=\s*\))`;
const MONEY = String.raw`(?:${WORKED_OUT}|revenue|sales|turnover|income|takings|money|amount|value|for\s+how\s+much|how\s+much(?:\s+(?:money|revenue))?|what\s+(?:they|it)\s+(?:brought\s+in|made|earned))`;
const UNITS_THEN_MONEY = new RegExp(
  String.raw`\b${UNITS}\b[^?.;]{0,60}?(?:\b(?:and|plus|along\s+with|as\s+well\s+as|with)\s+|\s*[+&]\s*)(?:(?:the|their|its|total|combined)\s+){0,2}${MONEY}\b`,
  'i',
);
const MONEY_THEN_UNITS = new RegExp(
  String.raw`\b${MONEY}\b[^?.;]{0,60}?(?:\b(?:and|plus|along\s+with|as\s+well\s+as|with)\s+|\s*[+&]\s*)(?:(?:the|their|its|total|number\s+of|how\s+many)\s+){0,2}${UNITS}\b`,
  'i',
);

/** Whether the question asks for money beside a number of units. */
export function asksMoneyBesideUnits(text: string): boolean {
  const cut = text.slice(0, 1_000);
  return UNITS_THEN_MONEY.test(cut) || MONEY_THEN_UNITS.test(cut);
}
