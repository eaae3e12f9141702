import { oncePerList } from './once-per-list.util';

/** An entry as these searches read it. */
type ColumnsOf = { readonly name: string; readonly columns: readonly string[] };

/** Characters of the question read for a cloud resource operation. */
const MAX_TEXT = 1_000;
/** Entries read for resource-operation columns (the first ones; a catalog may hold thousands). */
const MAX_ENTRIES = 200;

/** An Azure Resource Manager operation or resource type written out (`Microsoft.Compute/virtualMachines/delete`). */
const PROVIDER_PATH = /\bmicrosoft\.[a-z]+\/[a-z]/i;
/** Azure named as the cloud, not as its directory (`Azure AD`, `Azure Active Directory` are Entra ID). */
const AZURE_CLOUD = /\bazure\b(?![\s-]+(?:ad|active\s+directory)\b)/i;
/** What Azure Resource Manager manages: machines, groups, subscriptions, storage, vaults, networks, services. */
const RESOURCE =
  /\b(?:virtual\s+machines?|vms?|resource\s+groups?|resources?|subscriptions?|storage\s+accounts?|key\s*vaults?|network\s+security\s+groups?|nsgs?|vnets?|virtual\s+networks?|app\s+services?|aks|deployments?|scale\s+sets?)\b/i;
/** The management plane named as such: "resource operations", "control plane", "Azure activity log". */
const MANAGEMENT_PLANE =
  /\b(?:resource\s+(?:operations?|changes?|deletions?|creations?)|control[\s-]+plane|activity\s+logs?|resource\s+manager|arm\s+operations?)\b/i;

/**
 * Whether the question asks about operations on Azure resources ("who deleted VMs in Azure", "resource
 * group changes in our Azure subscription", `Microsoft.Compute/virtualMachines/delete`): the Azure activity
 * log of the management plane, which records each operation with its caller, not the directory's sign-ins.
 */
export function saysCloudResourceOperation(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  if (PROVIDER_PATH.test(slice)) return true;
  return AZURE_CLOUD.test(slice) && (RESOURCE.test(slice) || MANAGEMENT_PLANE.test(slice));
}

/** A column naming the resource an operation acted on or the subscription it belongs to. */
const RESOURCE_COLUMN = /^_?(?:resource_?(?:id|group|group_?name|provider(?:_?value)?|type|uri)|subscription_?id)$/;
/** A column naming who called the operation. */
const CALLER_COLUMN = /^(?:caller|caller_?ip_?address|initiated_?by)$/;

/**
 * The first of the first entries that keeps resource operations (`ResourceGroup`, `_ResourceId`, `SubscriptionId`
 * beside `Caller`), or undefined.
 */
export const resourceOperationEntry = oncePerList((entries: readonly ColumnsOf[]): ColumnsOf | undefined =>
  entries.slice(0, MAX_ENTRIES).find((entry) => {
    const lower = entry.columns.map((c) => c.toLowerCase().slice(c.lastIndexOf('.') + 1));
    return lower.some((c) => RESOURCE_COLUMN.test(c)) && lower.some((c) => CALLER_COLUMN.test(c));
  }),
);
