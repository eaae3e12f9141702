import type { SpanSet, ValueHit } from './value-hit';

/**
 * An Azure Resource Manager path written out: the provider namespace, then resource types, maybe a verb
 * (`Microsoft.Storage/storageAccounts/listKeys/action`, `microsoft.network/networkSecurityGroups`), or the
 * namespace alone (`Microsoft.Sql`), each of whose operations begins with it.
 */
const PROVIDER_PATH = /(?<![\w.@/\\-])microsoft\.[a-z]{2,40}(?:\/[a-z][\w.-]{0,60}){0,6}(?![\w@/\\-])/gi;
/** A namespace alone that is a web domain's ending (`microsoft.com`), not a resource provider. */
const WEB_DOMAIN = /^microsoft\.(?:com|net|org|io|co|us|uk|de|fr|nl|au|ca|jp|in|cn|ie|nz|eu)$/i;
/**
 * A namespace alone said of what was done with it ("Microsoft.Sql operations", "Microsoft.Web calls"), or called a
 * provider ("the Microsoft.Cdn provider", "Microsoft.Cdn resources"), a resource's kind maybe between ("Microsoft.Network NSG
 * deletions").
 */
const DONE_AFTER =
  /^\s+(?:[a-z][\w-]{0,30}\s+){0,2}(?:operations?|calls?|actions?|writes?|deletes?|deletions?|changes?|requests?|activity|activities|(?:resource\s+)?providers?|namespaces?|resources?)\b/i;
/** Characters after a namespace read for what was done with it. */
const DONE_REACH = 80;
/** A namespace alone said as a provider ("the resource provider Microsoft.Sql", "namespace Microsoft.Web"). */
const PROVIDER_BEFORE = /\b(?:providers?|namespaces?)\s+$/i;
/** The verbs an operation's path ends with; a path without one names a resource type, part of each of its operations. */
const OPERATION_VERB = /\/(?:read|write|delete|action)$/i;
/** Characters of the question read for such paths. */
const MAX_TEXT = 4_000;

/** A namespace alone names a provider when said as one or with what was done with it, and is no web domain. */
function isProviderSaid(text: string, start: number, end: number): boolean {
  if (WEB_DOMAIN.test(text.slice(start, end))) return false;
  return (
    DONE_AFTER.test(text.slice(end, end + DONE_REACH)) ||
    PROVIDER_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  );
}

/**
 * Azure Resource Manager operations named whole ("the Microsoft.KeyVault/vaults/delete operations"): each is an
 * `action` matched as it is spelt (Azure compares it without case). A resource type without a verb
 * (`Microsoft.Web/sites`) is searched for in the operation's name, which begins with it.
 */
export function readProviderOperations(text: string, taken: SpanSet): ValueHit[] {
  const slice = text.slice(0, MAX_TEXT);
  if (!/microsoft\./i.test(slice)) return [];
  const hits: ValueHit[] = [];
  PROVIDER_PATH.lastIndex = 0;
  for (let m = PROVIDER_PATH.exec(slice); m !== null; m = PROVIDER_PATH.exec(slice)) {
    // A full stop or a comma closing the sentence is no part of the path.
    const value = m[0].replace(/[.,]+$/, '');
    const end = m.index + value.length;
    if (taken.overlaps(m.index, end) || (!value.includes('/') && !isProviderSaid(slice, m.index, end))) continue;
    hits.push({
      kind: 'action',
      value,
      start: m.index,
      end,
      ...(OPERATION_VERB.test(value) ? {} : { operator: 'contains' as const }),
    });
    taken.add(m.index, end);
  }
  return hits;
}
