import { RESOURCE_GROUP_NAME } from './constraints/resource-groups';
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
/**
 * What Azure Resource Manager manages: machines, groups, subscriptions, storage, vaults, networks, services, and the
 * role assignments that grant access to them (RBAC), not a role in the directory ("directory role assignments").
 */
const RESOURCE =
  /\b(?:virtual\s+machines?|vms?|resource\s+groups?|resources?|subscriptions?|storage\s+accounts?|key\s*vaults?|network\s+security\s+groups?|nsgs?|vnets?|virtual\s+networks?|app\s+services?|aks|deployments?|scale\s+sets?|(?<!\bdirectory\s)(?:rbac\s+)?role\s+assignments?)\b/i;
/** The management plane named as such: "resource operations", "control plane", "Azure activity log". */
const MANAGEMENT_PLANE =
  /\b(?:resource\s+(?:operations?|changes?|deletions?|creations?)|control[\s-]+plane|activity\s+logs?|resource\s+manager|arm\s+operations?)\b/i;

/** A word that qualifies operations: their kind or their outcome ("azure *failed* operations", "azure *arm* ops"). */
const OPERATION_QUALIFIER = String.raw`(?:resource|management|arm|subscription|admin(?:istrative)?|failed|failing|unsuccessful|successful|succeeded|denied|rejected|erroring|errored)`;
/**
 * "azure operations", "failed Azure ops", "azure failed operations", "operations that failed in azure": what the
 * cloud itself did, not a sign-in to its directory. Up to two qualifiers may stand between the cloud and the noun.
 */
const AZURE_OPERATIONS = new RegExp(
  String.raw`\bazure\s+(?:${OPERATION_QUALIFIER}\s+){0,2}op(?:eration)?s\b|\bop(?:eration)?s\s+(?:(?:that|which)\s+(?:have\s+)?${OPERATION_QUALIFIER}\s+)?(?:in|on|against|across)\s+(?:the\s+|our\s+)?azure\b(?![\s-]+(?:ad|active\s+directory)\b)`,
  'i',
);

/**
 * A change made in Azure itself ("what did she modify in our azure", "changes by ops@… in azure"): the activity log
 * records it with its caller. Not a change of the directory's own objects (a password, MFA, a sign-in).
 */
const CHANGE_IN_AZURE = new RegExp(
  String.raw`\b(?:chang|modif|alter|updat|edit)\w{0,5}\b[^?!;]{0,40}?\b(?:in|on|to|across)\s+(?:the\s+|our\s+)?azure\b(?![\s-]+(?:ad|active\s+directory|entra)\b)`,
  'i',
);
/** Directory objects a change in Azure may be about, which its audit log keeps rather than the activity log. */
const DIRECTORY_OBJECT =
  /\b(?:passwords?|mfa|sign[\s-]?ins?|log[\s-]?ins?|logons?|licen[cs]es?|roles?|group\s+members\w*)\b/i;

/** Resources only Azure calls so ("storage account", "key vault", "NSG"), or its verb for stopping a machine. */
const AZURE_ONLY_RESOURCE =
  /\b(?:storage\s+accounts?|key\s*vaults?|network\s+security\s+groups?|nsgs?|scale\s+sets?|app\s+service\s+plans?|deallocat\w*)\b/i;
/** Machines acted on by a management verb, either way round ("VMs that were stopped", "who resized the VM"). */
const MACHINE_MANAGED =
  /\b(?:vms?|virtual\s+machines?)\b[^.?!;]{0,40}?\b(?:stop|start|restart|deallocat|delet|creat|resiz|deploy|redeploy|power)\w{0,6}\b|\b(?:stop|start|restart|deallocat|delet|creat|resiz|deploy|redeploy|power)\w{0,6}\s+(?:(?:the|an?|our|any|all|some|\w+)\s+)?(?:vms?|virtual\s+machines?)\b/i;
/** Another cloud, a hypervisor or a room of our own named: its machines are not Azure's. */
const OTHER_MACHINE_HOST =
  /\b(?:aws|amazon|ec2|gcp|google\s+cloud|vmware|vsphere|esxi|hyper-?v|proxmox|kvm|on-?prem\w*|server\s+rooms?|data\s*cent(?:er|re)s?|racks?)\b/i;

/** A resource group said as one ("in the web-01 resource group") or named as one usually is (`rg-payroll-dev`). */
const RESOURCE_GROUP_SAID = new RegExp(
  String.raw`\b(?:in|within|inside|under|from|across|of|to)\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+)?(?:resource[\s-]?group|rg)\b|${RESOURCE_GROUP_NAME.source}`,
  'i',
);

/** What every way of {@link RESOURCE_GROUP_SAID} holds ("resource group", "rg", `rg-…`, `…-rg`): a cheap test before it. */
const SAYS_RESOURCE_GROUP = /rg|resource/i;

/**
 * Whether the question asks about operations on Azure resources ("who deleted VMs in Azure", "resource
 * group changes in our Azure subscription", `Microsoft.Compute/virtualMachines/delete`): the Azure activity
 * log of the management plane, which records each operation with its caller, not the directory's sign-ins. Azure's
 * operations said outright count too, and a resource group, Azure's own word, with or without the word azure; so do
 * resources only Azure names so and machines stopped, started or deleted when no other cloud is named.
 */
export function saysCloudResourceOperation(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  if (PROVIDER_PATH.test(slice) || (SAYS_RESOURCE_GROUP.test(slice) && RESOURCE_GROUP_SAID.test(slice))) return true;
  return (
    (AZURE_CLOUD.test(slice) &&
      (RESOURCE.test(slice) || MANAGEMENT_PLANE.test(slice) || AZURE_OPERATIONS.test(slice))) ||
    (CHANGE_IN_AZURE.test(slice) && !DIRECTORY_OBJECT.test(slice)) ||
    // "who deleted a storage account", "VMs deallocated over the weekend": Azure's own words, no cloud named.
    ((AZURE_ONLY_RESOURCE.test(slice) || MACHINE_MANAGED.test(slice)) && !OTHER_MACHINE_HOST.test(slice))
  );
}

/** A cloud or a cloud's managed database service named ("azure", "aws", "rds", "in the cloud"). */
const CLOUD = /\b(?:azure|aws|amazon|gcp|rds|aurora|cloud)\b/i;
/** A management verb said of a resource ("deleted", "drops", "creation", "restore"). */
const MANAGE = String.raw`(?:delet|drop|creat|restor|provision|remov)\w{0,6}`;
/** A database as a resource: "sql databases", "db instances", "the rds cluster"; not its rows ("db records"). */
const DATABASE = String.raw`(?:(?:azure|aws|rds|cloud)\s+)?(?:sql\s+)?(?:databases?|dbs?)(?:\s+(?:instances?|servers?|clusters?))?\b(?!\s+(?:records?|rows?|entries|tables?|data)\b)`;
/**
 * A database acted on by a management verb, either way round ("deleted the SQL databases", "sql database delete",
 * "databases that were dropped").
 */
const DATABASE_RESOURCE = new RegExp(
  String.raw`\b${MANAGE}\s+(?:(?:the|an?|our|any|all|some)\s+)?${DATABASE}|\b${DATABASE}\s+(?:(?:that\s+)?(?:were|was|got|been|being)\s+)?${MANAGE}`,
  'gi',
);

/**
 * The question with the databases it speaks of as cloud resources blanked out ("who deleted the sql databases in
 * azure", "DB instance deletions in AWS"): there "database" names what was acted on, not the store to read. Null
 * when the question names no cloud or no database acted on so (then every word of it names what it names).
 */
export function withoutCloudDatabases(text: string): string | null {
  const slice = text.slice(0, MAX_TEXT);
  if (!CLOUD.test(slice)) return null;
  DATABASE_RESOURCE.lastIndex = 0;
  const blanked = slice.replace(DATABASE_RESOURCE, (m) => ' '.repeat(m.length));
  return blanked === slice ? null : blanked;
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

/**
 * The nouns of a cloud's machines and containers as they are brought up ("instances", "VMs", "pods", "stacks"), a
 * pattern source: launching one is an operation of the cloud's control plane, not a process started on a host.
 */
export const CLOUD_MACHINE_NOUN = String.raw`(?:instances?|vms?|virtual\s+machines?|containers?|pods?|clusters?|stacks?)`;
