import type { MeasureRatio } from '@mesh/a2a-contracts';
import type { TableColumns } from './column-mapper';

/** Words that say how much of an allotment was used: "utilisation", "burn", "consumed", "usage", "spent". */
const USED =
  /\b(?:utili[sz]ation|utili[sz]ed|usage|used|consum(?:ed|ption)|burn(?:ed|t)?(?:[\s-]?(?:rate|down))?|spent|spending|absorbed|absorption|drawn\s+down)\b/i;
/** Used-words that are a ratio by themselves ("budget utilisation", "quota burn rate"), without "as a % of". */
const RATIO_BY_ITSELF = /\b(?:utili[sz]ation|burn(?:[\s-]?rate|[\s-]?down)?|absorption)\b/i;
/** "as a percentage of budget", "% of the quota", "share of their limit", "proportion of allocation". */
const PERCENT_OF =
  /(?:%|\bper\s*cent(?:age)?|\bpct|\bshare|\bproportion|\bfraction|\bratio)\s+of\s+(?:the\s+|their\s+|its\s+|each\s+|his\s+|her\s+)?(?:total\s+|allocated\s+|planned\s+|approved\s+)?([a-z][\w-]{2,30})/i;
/** The allotment named before the used-word ("budget utilisation", "quota usage", "credit limit consumed"). */
const WHOLE_BEFORE =
  /\b([a-z][\w-]{2,30})\s+(?:utili[sz]ation|usage|consumption|burn(?:[\s-]?rate|[\s-]?down)?|absorption)\b/i;

/** A column that holds the used part of an allotment (spent, used_gb, actual_cost). */
const PART_COLUMN =
  /^(?:spent|spend|used|usage|consumed|consumption|actual|actuals|utili[sz]ed|burned|burnt|drawn)(?:_[a-z0-9]+)*$|_(?:spent|spend|used|usage|consumed|actual|actuals|utili[sz]ed|burned)$/i;
/** A column that holds the whole (amount, budget, quota_gb, credit_limit, allocated, capacity). */
const WHOLE_COLUMN =
  /^(?:amount|budget|budgeted|allocated|allocation|allotment|limit|quota|capacity|planned|approved|total)(?:_[a-z0-9]+)*$|_(?:amount|budget|limit|quota|capacity|allocated|allocation|planned)$/i;
const KEY_COLUMN = /(?:_id|Id)$/;

/** Words that are no allotment though they follow "percentage of" ("% of rows", "share of departments"). */
const NOT_A_WHOLE = new Set(['the', 'total', 'all', 'each', 'every', 'rows', 'records', 'events']);

function bare(column: string): string {
  return column.includes('.') ? column.slice(column.lastIndexOf('.') + 1) : column;
}

/**
 * "budget utilisation as a percentage of budget", "% of quota consumed", "burn rate of the allocation": what
 * was used of an allotment as a percentage of it — the used column over the whole column of one table. The
 * whole is the column the named word maps to (`fieldOf`), else the table's allotment column; the part is the
 * same table's used column. Null when no used-word, no whole, or no table holds both columns.
 */
export function readMeasureRatio(
  text: string,
  tables: readonly TableColumns[],
  fieldOf: (word: string) => string | null,
): MeasureRatio | null {
  const used = USED.exec(text);
  if (!used) return null;
  const percent = PERCENT_OF.exec(text);
  const before = RATIO_BY_ITSELF.test(used[0]) ? WHOLE_BEFORE.exec(text) : null;
  if (!percent && !before) return null;
  const words = [percent?.[1], before?.[1]].filter(
    (w): w is string => w !== undefined && !NOT_A_WHOLE.has(w.toLowerCase()) && !USED.test(w),
  );
  if (words.length === 0) return null;
  const named = words.map((w) => fieldOf(w)).find((f): f is string => f !== null) ?? null;
  for (const { columns } of tables) {
    const part = columns.find((c) => PART_COLUMN.test(c) && !KEY_COLUMN.test(c));
    if (!part) continue;
    const whole =
      (named !== null && columns.includes(bare(named)) && bare(named) !== part && !KEY_COLUMN.test(bare(named))
        ? bare(named)
        : undefined) ?? columns.find((c) => c !== part && WHOLE_COLUMN.test(c) && !KEY_COLUMN.test(c));
    if (!whole) continue;
    const from = Math.min(used.index, percent?.index ?? Infinity, before?.index ?? Infinity);
    const to = Math.max(
      used.index + used[0].length,
      percent ? percent.index + percent[0].length : 0,
      before ? before.index + before[0].length : 0,
    );
    return {
      part,
      whole: words[0]!,
      part_field: part,
      whole_field: whole,
      expression: text.slice(from, to).trim(),
    };
  }
  return null;
}
