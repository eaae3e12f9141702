import { nullPrototype } from './null-prototype.util';

/** Nouns of the files a Microsoft 365 file operation acts on. */
const FILE_NOUN = String.raw`(?:files?|documents?|docs)`;

/**
 * A verb done to files: the verb, then up to five words of how many or which ("renamed over 200 of the documents"),
 * then the files; or the files, then the verb ("files were moved").
 */
function fileVerb(verbs: string): RegExp {
  return new RegExp(
    String.raw`\b(?:${verbs})\s+(?:(?!(?:from|to|in|on|by|and|or|then)\b)[\w+,.-]+\s+){0,5}?${FILE_NOUN}\b|\b${FILE_NOUN}\s+(?:(?:were|was|got|being|been)\s+)?(?:${verbs})\b`,
    'i',
  );
}

/** Operations of Microsoft 365's audit log by the verb an analyst uses. */
const OFFICE_OPERATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bdownload(?:s|ed|ing)?\b/i, ['FileDownloaded']],
  [/\bupload(?:s|ed|ing)?\b/i, ['FileUploaded']],
  // Files synced with the OneDrive client: a sync down to the machine, or up from it.
  [/\bsync(?:s|ed|ing|hed|hing)?\b/i, ['FileSyncDownloadedFull', 'FileSyncUploadedFull']],
  [fileVerb(String.raw`deleted|deletes?|deleting|removed|deletions?\s+of`), ['FileDeleted']],
  [
    /\b(?:files?|documents?)\s+(?:deletions?|removals?)\b|\bfiles?\b[^?!;]{0,48}?\b(?:delete|deleted|remove|removed)\b/i,
    ['FileDeleted'],
  ],
  // Mail deleted from a mailbox ("who deleted emails from the shared mailbox", "messages were removed"): Exchange's
  // mailbox audit records a soft or hard delete, or a move to Deleted Items.
  [
    /\b(?:delet(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|purg(?:e|ed|es|ing))\s+(?:(?!(?:from|to|in|on|by)\b)\S+\s+){0,3}?(?:e-?mails?|mails?|messages?|mail\s+items?)\b|\b(?:e-?mails?|messages?|mail\s+items?)\s+(?:(?:were|was|got|being|been)\s+)?(?:deleted|removed|purged)\b|\b(?:soft|hard)[\s-]?deletes?\b/i,
    ['SoftDelete', 'HardDelete', 'MoveToDeletedItems'],
  ],
  [fileVerb(String.raw`renamed|renames?|renaming`), ['FileRenamed']],
  [fileVerb(String.raw`moved|moves?|moving`), ['FileMoved']],
  [fileVerb(String.raw`copied|copies|copy|copying`), ['FileCopied']],
  [fileVerb(String.raw`restored|restores?|restoring`), ['FileRestored']],
  [fileVerb(String.raw`modified|modif(?:y|ies|ying)|edited|edits?|editing`), ['FileModified']],
  // A sign-in to a mailbox ("logged into the shared mailbox", "mailbox logins"), before sharing: a shared mailbox is shared by no one.
  [
    /\bmailbox\s+log[\s-]?ins?\b|\b(?:log(?:ged|s|ging)?|sign(?:ed|s|ing)?)[\s-]*(?:in|on)(?:to|s)?(?:\s+to)?\s+(?:\S+\s+){0,3}?mailbox(?:es)?\b/i,
    ['MailboxLogin'],
  ],
  [
    /\bshar(?:ed|ing)\b(?!\s+mailbox(?:es)?\b)|\banonymous\s+links?\b/i,
    ['SharingSet', 'AnonymousLinkCreated', 'SharingInvitationCreated'],
  ],
  [/\b(?:inbox|mailbox|mail)\s+rules?\b|\bforwarding\s+rules?\b/i, ['New-InboxRule', 'Set-InboxRule']],
  // Rights on someone else's mailbox ("granted full access to the CFO's mailbox", "mailbox permissions", "send-as").
  [
    /\bmailbox\s+(?:permissions?|delegations?|access\s+rights?)\b|\bfull[\s-]access\b|\bsend[\s-]as\b|\bsend[\s-]on[\s-]behalf\b/i,
    ['Add-MailboxPermission', 'Add-RecipientPermission'],
  ],
  // A mailbox opened or read ("who accessed the shared mailbox"): its sign-ins and the mail read in it, not a file.
  [
    /\b(?:access(?:ed|ing)?|open(?:ed|ing)?|read)\s+(?:\S+\s+){0,3}?mailbox(?:es)?\b|\bmailbox(?:es)?\s+(?:access(?:es)?|opened|reads?)\b/i,
    ['MailboxLogin', 'MailItemsAccessed'],
  ],
  // A sign-in to Microsoft 365 itself ("which users logged in from 91.203.14.77", "failed o365 logins"): the audit
  // log's login operations, the failed one when a failure is said.
  [
    /\b(?:fail(?:ed|ing|ures?)?|unsuccessful|bad)\s+(?:\S+\s+){0,2}?(?:log[\s-]?ins?|sign[\s-]?ins?|logons?)\b|\b(?:log[\s-]?ins?|sign[\s-]?ins?|logons?)\s+(?:that\s+)?fail(?:ed|ing|ures?)?\b/i,
    ['UserLoginFailed'],
  ],
  [/\b(?:logg?(?:ed|ing)|sign(?:ed|ing))[\s-]?(?:in|on)\b|\blog[\s-]?ins?\b|\bsign[\s-]?ins?\b/i, ['UserLoggedIn']],
  [/\b(?:accessed|viewed|opened)\b/i, ['FileAccessed']],
];

/** Azure Resource Manager operations end in the verb (`MICROSOFT.COMPUTE/VIRTUALMACHINES/DELETE`): matched as a part. */
const AZURE_OPERATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  // The object first: "role assignment changes" are role assignment writes, not every write.
  [/\brole\s+assignments?\b|\b(?:rbac|role)\s+(?:changes?|grants?)\b/i, ['roleassignments']],
  [/\bdelet(?:e|ed|es|ing|ions?)\b|\bremov(?:e|ed|al)\b/i, ['/delete']],
  [
    /\bcreat(?:e|ed|es|ing|ion)\b|\bmodif(?:y|ied|ying|ications?)\b|\bedit(?:s|ed|ing)?\b|\bupdat(?:e|ed|es|ing)\b|\bchang(?:e|ed|es|ing)\b|\bwrit(?:e|es|ing)\b/i,
    ['/write'],
  ],
];

/** Entra ID directory operations by what the question names, matched as a part of the operation name. */
const DIRECTORY_OPERATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:conditional[\s-]access|CA)\s+polic(?:y|ies)\b/i, ['conditional access policy']],
  // "added members to the Global Administrator role", "who was added to a role", "granted a directory role":
  // Entra's "Add member to role".
  [
    /\badd(?:ed|ing|s)?\s+(?:as\s+(?:an?\s+)?)?(?:(?:an?\s+|the\s+)?(?:new\s+)?(?:members?|users?|people|ppl|folks|someone|anyone|accounts?)\s+)?(?:to|into)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}roles?\b|\brole\s+(?:member(?:ship)?\s+)?(?:additions?|adds)\b|\badditions?\s+(?:of\s+(?:an?\s+|new\s+)?(?:members?|users?|accounts?|principals?)\s+)?to\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,4}roles?\b|\b(?:granted|given|assigned(?:\s+to)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:directory\s+|admin(?:istrator)?\s+)?roles?\b(?!\s+assignments?)/i,
    ['Add member to role'],
  ],
  // Administrator rights given ("were given administrator rights", "granted admin privileges"): a role they were added to.
  [
    /\b(?:given|granted|gave|grant(?:s|ing)?|giv(?:es|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:admin(?:istrator|istrative)?|elevated|privileged)\s+(?:rights|privileges?|permissions?|powers)\b/i,
    ['Add member to role'],
  ],
  // A role named by its title alone, after the change that gave it ("added ppl to Global Administrator", "who was made
  // global admin", "assigned Security Reader to …"): the title is "the … role". Titles are capitalised, but for the
  // directory's own "global admin"; "added to the Domain Admins group" is a group's.
  [
    /\b(?:[Aa]dd(?:ed|ing|s)?|[Aa]ssign(?:ed|ing|s)?|[Gg]rant(?:ed|ing|s)?|[Gg]ave|[Gg]iven|[Mm]ade|[Bb]ec(?:a|o)me|[Bb]ecoming|[Pp]romot(?:e|ed|es|ing)|[Ee]levat(?:e|ed|es|ing))\b[^?.!;]{0,40}?(?:\b[Gg]lobal\s+(?:[Aa]dmin(?:istrator)?|[Rr]eader)|\b[Pp]rivileged\s+[Rr]ole\s+[Aa]dmin(?:istrator)?|\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:Admin(?:istrator)?|Reader|Operator))s?\b(?!\s+(?:[Gg]roups?|[Rr]oles?\s+[Aa]ssignments?)\b)/,
    ['Add member to role'],
  ],
  [/\brole\s+assignments?\b/i, ['role']],
  // Passwords also written short ("pwd resets", "passwd changed").
  [
    /\b(?:password|passwd|pwd|pw)\s+resets?\b|\breset\s+(?:\w+\s+)?(?:password|passwd|pwd)s?\b/i,
    ['reset password', 'password reset', 'reset user password'],
  ],
  [
    /\b(?:password|passwd|pwd)\s+(?:changes?|changed)\b|\bchang(?:ed|es?|ing)\s+(?:\w+\s+)?(?:password|passwd|pwd)s?\b/i,
    ['password'],
  ],
  [
    /\badd(?:ed|ing|s)?\s+(?:(?:new\s+)?(?:members?|users?|people|ppl|folks|someone|anyone|accounts?)\s+)?(?:to|into)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}groups?\b|\badditions?\s+(?:of\s+(?:an?\s+|new\s+)?(?:members?|users?|accounts?)\s+)?to\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}groups?\b/i,
    ['Add member to group'],
  ],
  // "group membership changes", "changes to the membership of the 'Vendor-Translators' group", "membership changes to
  // the 'Ops' group": members added or removed.
  [
    /\bgroup\s+membership\b|\bmembership\s+(?:changes?\s+)?(?:of|in|to)\s+(?:(?:a|an|the)\s+)?(?:[\w'‘’"-]+\s+){0,3}?groups?\b/i,
    ['member'],
  ],
  // Credentials of an app or a service principal ("added a client secret to the app", "SP credential changes"):
  // Entra's "Add service principal credentials" and "Certificates and secrets management".
  [
    /\b(?:credentials?|client\s+secrets?|secrets?|certificates?|certs?)\b[^?.!;]{0,40}?\b(?:service\s+principals?|sps?|apps?|applications?|app\s+registrations?|enterprise\s+apps?)\b|\b(?:service\s+principals?|sps?|app(?:lication)?s?|app\s+registrations?)\b[^?.!;]{0,40}?\b(?:credentials?|client\s+secrets?|secrets?|certificates?|certs?)\b/i,
    ['credentials', 'Certificates and secrets'],
  ],
  // A service principal or an app registered ("new service principals", "app registrations created"): Entra's
  // "Add service principal" and "Add application".
  [
    /\b(?:new|creat\w*|add(?:ed|ing|s)?|register\w*)\s+(?:\w+\s+){0,2}?(?:service\s+principals?|app(?:lication)?\s+registrations?|enterprise\s+app(?:lication)?s?)\b|\b(?:service\s+principals?|app(?:lication)?\s+registrations?|enterprise\s+app(?:lication)?s?)\s+(?:(?:were|was|got|been)\s+)?(?:created|added|registered)\b/i,
    ['Add service principal', 'Add application'],
  ],
  // Taken out of a group or a role before an account removed for good.
  [
    /\bremov(?:e|ed|es|ing|al)\b[^?.!;]{0,40}?\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}roles?\b/i,
    ['Remove member from role'],
  ],
  [
    /\bremov(?:e|ed|es|ing|al)\b[^?.!;]{0,40}?\bfrom\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}groups?\b/i,
    ['Remove member from group'],
  ],
  // A user account deleted or disabled in the directory: Entra's "Delete user", "Disable account".
  [
    /\bdelet(?:e|ed|es|ing|ions?)\s+(?:(?:the|an?|any|their|guest|user|member)\s+){0,2}(?:users?|accounts?)\b|\b(?:users?|accounts?)\s+(?:(?:that|which)\s+)?(?:(?:were|was|got|has\s+been|have\s+been|been|being)\s+)?(?:deleted|deletions?)\b/i,
    ['Delete user'],
  ],
  [
    /\bdisabl(?:e|ed|es|ing)\s+(?:(?:the|an?|any|their|guest|user|member)\s+){0,2}(?:users?|accounts?)\b|\b(?:users?|accounts?)\s+(?:(?:that|which)\s+)?(?:(?:were|was|got|has\s+been|have\s+been|been|being)\s+)?disabled\b/i,
    ['Disable account'],
  ],
  [/\b(?:new|created)\s+(?:user\s+)?accounts?\b|\busers?\s+created\b/i, ['Add user']],
  [/\bconsents?\b|\bconsented\b/i, ['Consent to application']],
  // MFA turned off for a user: per-user MFA disabled, or the methods (security info) deleted.
  [
    /\b(?:disabl(?:e|ed|es|ing)|turn(?:ed|s|ing)?\s+off|remov(?:e|ed|es|ing))\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:mfa|2fa|multi[\s-]?factor(?:\s+auth(?:entication)?)?|strong\s+auth(?:entication)?)\b|\b(?:mfa|2fa|multi[\s-]?factor)\s+(?:(?:was|were|got|been)\s+)?(?:disabled|turned\s+off|removed)\b/i,
    ['Disable Strong Authentication', 'deleted security info'],
  ],
  [
    /\binvit(?:e|ed|es|ing|ations?)\b[^?.!;]{0,30}?\bguests?\b|\bguests?\s+(?:users?\s+|accounts?\s+)?(?:(?:that|who|which)\s+)?(?:(?:were|was|got|are|is|being|been|(?:have|has|had)\s+been)\s+)?invited\b/i,
    ['Invite external user'],
  ],
];

/**
 * A directory activity written out in brackets or quotes as Entra names it, a capitalised word then lower-case
 * ones ("(Update conditional access policy)", "'Remove owner from group'"): that activity, whatever verb the
 * question uses around it. A name in capitals after the first word ("(Global Reader)") is no activity.
 */
const WRITTEN_ACTIVITY = /(?<=[("'\u2018\u201c]\s*)[A-Z][a-z]+(?:\s+[a-z][a-z-]*){1,7}(?=\s*[)"'\u2019\u201d])/g;

/**
 * Words in brackets that say where to look ("(Sentinel audit log)", "(Entra sign-in logs)", "(use the audit table)"),
 * not an activity: a store or product first, or a log, a table or data last.
 */
const WRITTEN_SOURCE =
  /^(?:Sentinel|Splunk|Defender|Entra|Azure|Microsoft|Office|Okta|Use|Using|From|Via|Per|Please|Only|Just|See)\b|\b(?:logs?|tables?|data|feeds?|index(?:es)?)$/;

/** The directory activities a question writes out in brackets or quotes, in its order; null when it writes none. */
function writtenDirectoryActivities(question: string): readonly string[] | null {
  const written = [...question.slice(0, 2_000).matchAll(WRITTEN_ACTIVITY)]
    .map((m) => m[0])
    .filter((words) => !WRITTEN_SOURCE.test(words));
  return written.length > 0 ? [...new Set(written)] : null;
}

/** CloudTrail event names start with the verb (`DeleteBucket`, `CreateUser`, `ConsoleLogin`). */
const AWS_OPERATIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bconsole\s*log[\s-]?ins?\b/i, ['ConsoleLogin']],
  [/\bdelet(?:e|ed|es|ing|ions?)\b/i, ['Delete']],
  [/\bcreat(?:e|ed|ion|ions)\b/i, ['Create']],
  [/\bassum(?:e|ed)\s+roles?\b/i, ['AssumeRole']],
];

/** Azure resource types by the words an analyst uses, as Resource Manager spells their provider path. */
const AZURE_RESOURCES: ReadonlyArray<readonly [RegExp, string]> = [
  // Scale sets before VMs: "VM scale sets" are not the VMs.
  [/\b(?:vmss|(?:vm|virtual\s+machine)\s+scale\s+sets?)\b/i, 'Microsoft.Compute/virtualMachineScaleSets'],
  [
    /\b(?:aks|kubernetes(?:\s+service)?)(?:\s+clusters?)?\b|\bmanaged\s*clusters?\b/i,
    'Microsoft.ContainerService/managedClusters',
  ],
  [/\b(?:acr|container\s+registr(?:y|ies))\b/i, 'Microsoft.ContainerRegistry/registries'],
  [/\b(?:vm|virtual\s+machine)\s+extensions?\b/i, 'Microsoft.Compute/virtualMachines/extensions'],
  [/\b(?:vms?|virtual\s+machines?)\b/i, 'Microsoft.Compute/virtualMachines'],
  [/\b(?:managed\s+)?disks?\b/i, 'Microsoft.Compute/disks'],
  // "storage accts", "storage accs": the account shortened as people type it.
  [/\bstorage\s+(?:accounts?|accts?|accs?)\b/i, 'Microsoft.Storage/storageAccounts'],
  // A vault's access policies before the vault: "key vault access policy changes" change no vault.
  [/\b(?:key\s*vaults?\s+|vaults?\s+)?access\s+polic(?:y|ies)\b/i, 'Microsoft.KeyVault/vaults/accessPolicies'],
  [/\b(?:key\s*)?vaults?\s+secrets?\b/i, 'Microsoft.KeyVault/vaults/secrets'],
  [/\bkey\s*vaults?\b/i, 'Microsoft.KeyVault/vaults'],
  [/\b(?:custom\s+)?role\s+definitions?\b|\bcustom\s+(?:rbac\s+)?roles?\b/i, 'Microsoft.Authorization/roleDefinitions'],
  // A part of a resource before the resource: "NSG rule changes" change rules, not the group.
  [
    /\b(?:nsgs?|network\s+security\s+groups?)\s+rules?\b|\bsecurity\s+rules?\b/i,
    'Microsoft.Network/networkSecurityGroups/securityRules',
  ],
  [/\b(?:nsgs?|network\s+security\s+groups?)\b/i, 'Microsoft.Network/networkSecurityGroups'],
  [/\bpublic\s+ips?\b/i, 'Microsoft.Network/publicIPAddresses'],
  [/\bv?nets?\b|\bvirtual\s+networks?\b/i, 'Microsoft.Network/virtualNetworks'],
  [/\b(?:web\s*apps?|app\s+services?|function\s+apps?)\b/i, 'Microsoft.Web/sites'],
  [/\b(?:azure\s+)?sql\s+(?:databases?|dbs?)\b/i, 'Microsoft.Sql/servers/databases'],
  [/\b(?:azure\s+)?sql\s+(?:server\s+)?firewall\s+rules?\b/i, 'Microsoft.Sql/servers/firewallRules'],
  [/\b(?:azure\s+)?sql\s+servers?\b/i, 'Microsoft.Sql/servers'],
  [/\bload\s+balancers?\b/i, 'Microsoft.Network/loadBalancers'],
  [/\b(?:app(?:lication)?\s+gateways?)\b/i, 'Microsoft.Network/applicationGateways'],
  [/\b(?:azure\s+)?firewalls?\b/i, 'Microsoft.Network/azureFirewalls'],
  [/\b(?:resource\s+)?locks?\b/i, 'Microsoft.Authorization/locks'],
  [/\bpolicy\s+assignments?\b/i, 'Microsoft.Authorization/policyAssignments'],
  [/\bdiagnostic\s+settings?\b/i, 'Microsoft.Insights/diagnosticSettings'],
];
const AZURE_VERBS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdelet(?:e|ed|es|ing|ions?)\b|\bremov(?:e|ed|es|ing|als?)\b/i, 'delete'],
  [
    /\bcreat(?:e|ed|es|ing|ion)\b|\bmodif(?:y|ied|ying|ications?)\b|\bedit(?:s|ed|ing)?\b|\bupdat(?:e|ed|es|ing)\b|\bchang(?:e|ed|es|ing)\b|\bwrit(?:e|es|ing)\b|\binstall(?:s|ed|ing|ations?)?\b|\bdeploy(?:s|ed|ing|ments?)?\b/i,
    'write',
  ],
];
/**
 * A machine turned on, off or round ("who stopped or restarted VMs"): Resource Manager's actions on it, each said
 * (`…/powerOff/action`, `…/deallocate/action` for a stop). "the start of the month" starts nothing.
 */
const AZURE_POWER_VERBS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\brestart(?:s|ed|ing)?\b|\breboot(?:s|ed|ing)?\b/i, ['restart']],
  [
    /(?<!\bre)\bstart(?:s|ed|ing)?\b(?!\s+of\b)|\bboot(?:s|ed|ing)?\s+up\b|\b(?:switch(?:es|ed|ing)?|turn(?:s|ed|ing)?|power(?:s|ed|ing)?)[\s-]?on\b(?!\s+(?:the\s+)?(?:mfa|logging|diagnostics?|auditing|encryption|backups?)\b)/i,
    ['start'],
  ],
  // "switched off", "turned off", "shut off", "powered down": a machine stopped, in everyday words.
  [
    /\bstop(?:s|ped|ping)?\b|\bshut\s*(?:s|ting)?\s*(?:down|off)\b|\bdeallocat(?:e|ed|es|ing|ion)\b|\bpower(?:ed|s|ing)?[\s-]?(?:off|down)\b|\b(?:switch(?:es|ed|ing)?|turn(?:s|ed|ing)?)[\s-]?off\b/i,
    ['powerOff', 'deallocate'],
  ],
];

/** Words of any change to a resource, of no one kind ("who touched the NSG rules", "messed with the vault"). */
const AZURE_ANY_CHANGE =
  /\btouch(?:e?d|es|ing)?\b|\btamper(?:ed|s|ing)?\s+with\b|\bmess(?:ed|es|ing)?\s+(?:with|around)\b|\bfiddl(?:e|ed|es|ing)\s+with\b/i;

/**
 * The operations' last parts a question's verbs name: power actions said, else the first change verb said; a change
 * of no one kind ("touched") is every operation on the resource (an empty part).
 */
function azureVerbs(question: string): readonly string[] {
  // "deleted or stopped VMs": every kind of operation said, a power action beside a change.
  const power = AZURE_POWER_VERBS.filter(([pattern]) => pattern.test(question)).flatMap(([, verbs]) => verbs);
  const changes = AZURE_VERBS.filter(([pattern]) => pattern.test(question)).map(([, verb]) => verb);
  // A power action said is the change asked ("who restarted the VM that was updated"): a write beside it is none.
  const said = power.length > 0 ? [...changes.filter((verb) => verb === 'delete'), ...power] : changes;
  if (said.length > 0) return said;
  return AZURE_ANY_CHANGE.test(question) ? [''] : [];
}

/** An operation written as Resource Manager names it ("Microsoft.Network/networkSecurityGroups/securityRules/delete"). */
const PROVIDER_OPERATION = /\bMicrosoft\.[A-Za-z]+(?:\/[A-Za-z]+){1,6}\b/gi;

/**
 * "deleted VMs" → `Microsoft.Compute/virtualMachines/delete`: the verb narrowed to each resource type the
 * question names ("key vaults or storage accounts" → both); words one type took are not read again ("VM
 * scale sets" are no VMs). An operation the question writes out is that operation.
 */
function azureResourceOperation(question: string): readonly string[] | null {
  const written = [...question.slice(0, 2_000).matchAll(PROVIDER_OPERATION)].map((m) => m[0]);
  if (written.length > 0) return [...new Set(written)];
  const verbs = azureVerbs(question);
  if (verbs.length === 0) return null;
  let rest = question.slice(0, 2_000);
  const named: Array<readonly [number, string]> = [];
  for (const [pattern, resource] of AZURE_RESOURCES) {
    const m = pattern.exec(rest);
    if (!m) continue;
    for (const verb of verbs) named.push([m.index, verb ? `${resource}/${verb}` : resource]);
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  // In the order the question names them (blanking keeps every position).
  return named.length > 0 ? named.sort((a, b) => a[0] - b[0]).map(([, operation]) => operation) : null;
}

/** IAM and other AWS objects by the words an analyst uses, as CloudTrail event names spell them. */
const AWS_OBJECTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^access[\s-]?keys?$/i, 'AccessKey'],
  [/^login\s+profiles?$/i, 'LoginProfile'],
  [/^(?:iam\s+)?users?$/i, 'User'],
  [/^(?:iam\s+)?roles?$/i, 'Role'],
  [/^(?:iam\s+)?groups?$/i, 'Group'],
  [/^(?:iam\s+)?polic(?:y|ies)$/i, 'Policy'],
  [/^(?:s3\s+)?buckets?$/i, 'Bucket'],
  [/^security\s+groups?$/i, 'SecurityGroup'],
  [/^key\s+pairs?$/i, 'KeyPair'],
  [/^snapshots?$/i, 'Snapshot'],
  [/^trails?$/i, 'Trail'],
  [/^secrets?$/i, 'Secret'],
];
const AWS_VERB =
  /\b(creat|delet|attach|detach|updat)(?:e|ed|es|ing|ion|ions)?\s+((?:[\w-]+(?:\s+|\s*,\s*)){0,7}[\w-]+)/i;

/** Words of a rule or of access opened, added or allowed ("opened", "added", "authorised", "granted"). */
const OPENED = String.raw`(?:open(?:ed|s|ing)?|add(?:ed|s|ing)?|creat(?:ed|es|ing)|allow(?:ed|s|ing)?|authori[sz](?:ed|es|ing)|grant(?:ed|s|ing)?)`;
/** Words of a rule or of access taken away ("revoked", "removed", "closed"). */
const CLOSED = String.raw`(?:revok(?:ed|es|ing)|remov(?:ed|es|ing)|delet(?:ed|es|ing)|clos(?:ed|es|ing))`;

/** "ingress rules opened", "opened inbound rules", "revoked egress access": a rule of a direction, and what was done to it. */
function ruleChange(direction: string, done: string): RegExp {
  const rule = String.raw`(?:${direction})(?:\s+(?:sg|security[\s-]groups?))?\s+(?:rules?|permissions?|access)`;
  return new RegExp(
    String.raw`\b${rule}\b[^.?!;]{0,30}?\b${done}\b|\b${done}\s+(?:(?:an?|the|new|any|some)\s+)?${rule}\b`,
    'i',
  );
}

/** Words of logging or a log turned off ("deleted", "stopped", "disabled", "turned off"). */
const TURNED_OFF = String.raw`(?:delet(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|disabl(?:e|ed|es|ing)|stop(?:s|ped|ping)?|turn(?:ed|s|ing)?\s+off|paus(?:e|ed|es|ing)|kill(?:ed|s|ing)?)`;

/**
 * Calls that open or close a security group's rules, and that turn logging off, by what they do ("ingress rules
 * opened", "deleted VPC flow logs", "stopped CloudTrail logging"): each is one CloudTrail event, whatever verb says it.
 * Every one said is asked ("deleted flow logs or stopped logging" → both).
 */
const RULE_AND_LOGGING_CALLS: ReadonlyArray<readonly [RegExp, string]> = [
  [ruleChange('ingress|inbound', OPENED), 'AuthorizeSecurityGroupIngress'],
  [ruleChange('ingress|inbound', CLOSED), 'RevokeSecurityGroupIngress'],
  [ruleChange('egress|outbound', OPENED), 'AuthorizeSecurityGroupEgress'],
  [ruleChange('egress|outbound', CLOSED), 'RevokeSecurityGroupEgress'],
  [
    new RegExp(
      String.raw`\b${TURNED_OFF}\s+(?:[\w-]+\s+){0,3}?flow[\s-]?logs?\b|\bflow[\s-]?logs?\s+(?:(?:were|was|got|been|being)\s+)?${TURNED_OFF}`,
      'i',
    ),
    'DeleteFlowLogs',
  ],
  [
    new RegExp(
      String.raw`\b${TURNED_OFF}\s+(?:(?:the|any|its|their)\s+)?(?:cloud\s*trail\s+)?logging\b|\b(?:cloud\s*trail\s+)?logging\s+(?:(?:was|were|got|been|being)\s+)?${TURNED_OFF}|\b(?:stop(?:s|ped|ping)?|disabl(?:e|ed|es|ing)|turn(?:ed|s|ing)?\s+off|paus(?:e|ed|es|ing))\s+(?:(?:the|a|any|our)\s+)?(?:cloud\s*trail|trails?)\b(?!\s+(?:logs?|events?|records?|data)\b)`,
      'i',
    ),
    'StopLogging',
  ],
];

/** EC2 instances launched, turned off, on or round, by the verb said ("stopped", "rebooted"), as CloudTrail names each call. */
const INSTANCE_POWER: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\bstop(?:s|ped|ping)?\b|\bshut\s*(?:down|off)\b|\bpower(?:ed|s|ing)?[\s-]?(?:off|down)\b|\b(?:switch(?:es|ed|ing)?|turn(?:s|ed|ing)?)[\s-]?off\b/i,
    'StopInstances',
  ],
  [/(?<!\bre)\bstart(?:s|ed|ing)?\b(?!\s+of\b)/i, 'StartInstances'],
  [/\bterminat(?:e|ed|es|ing|ions?)\b/i, 'TerminateInstances'],
  [/\bre-?boot(?:s|ed|ing)?\b|\brestart(?:s|ed|ing)?\b/i, 'RebootInstances'],
  [/\blaunch(?:es|ed|ing)?\b|\bspun\s+up\b|\bspin(?:s|ning)?\s+up\b/i, 'RunInstances'],
];
const INSTANCES = /\b(?:ec2\s+)?instances?\b|\bec2\b/i;
/** A bucket opened to anyone ("buckets made public", "public access turned off"): the calls that can do it. */
const PUBLIC_BUCKET =
  /\bbuckets?\b[^.?!;]{0,40}\b(?:public|world[\s-]readable)\b|\bpublic(?:ly)?\s+(?:readable\s+|accessible\s+|exposed\s+)?(?:s3\s+)?buckets?\b|\bpublic\s+access\s+block/i;
const PUBLIC_BUCKET_CALLS = [
  'PutBucketAcl',
  'PutBucketPolicy',
  'PutBucketPublicAccessBlock',
  'DeleteBucketPublicAccessBlock',
];
/** IAM policies changed ("who changed IAM policies", "policy modifications"): every call that changes one. */
const POLICY_CHANGE =
  /\b(?:chang|modif|edit|alter|tamper)\w*\s+(?:\w+\s+){0,3}?polic(?:y|ies)\b|\bpolic(?:y|ies)\s+(?:was\s+|were\s+)?(?:chang|modif|edit|alter)\w*/i;
const POLICY_CHANGE_CALLS = [
  'CreatePolicyVersion',
  'SetDefaultPolicyVersion',
  'PutUserPolicy',
  'PutRolePolicy',
  'PutGroupPolicy',
  'AttachUserPolicy',
  'AttachRolePolicy',
  'AttachGroupPolicy',
  'DetachUserPolicy',
  'DetachRolePolicy',
  'DetachGroupPolicy',
];

/**
 * CloudTrail calls a question names by what they do to an object rather than by a verb joined to it: rules opened
 * and logging turned off (see {@link RULE_AND_LOGGING_CALLS}); instances stopped, started, terminated or rebooted;
 * buckets made public; IAM policies changed. Null when it names none.
 */
function awsDoneCalls(question: string): readonly string[] | null {
  const text = question.slice(0, 2_000);
  const changed = RULE_AND_LOGGING_CALLS.filter(([pattern]) => pattern.test(text)).map(([, call]) => call);
  if (changed.length > 0) return changed;
  if (INSTANCES.test(question)) {
    const calls = INSTANCE_POWER.filter(([pattern]) => pattern.test(question)).map(([, call]) => call);
    if (calls.length > 0) return calls;
  }
  if (PUBLIC_BUCKET.test(question)) return PUBLIC_BUCKET_CALLS;
  if (POLICY_CHANGE.test(question)) return POLICY_CHANGE_CALLS;
  return null;
}

/**
 * An object said new, maybe after an everyday verb of making ("making new access keys", "any new IAM users", "set up
 * new roles"): one created.
 */
const MADE_NEW =
  /\b(?:(?:mak(?:e|es|ing)|made|generat(?:e|ed|es|ing)|issu(?:e|ed|es|ing)|add(?:s|ed|ing)?|set(?:s|ting)?\s+up|spun\s+up)\s+)?(?:(?:a|an|any|some)\s+)?new\s+(?=(?:aws\s+|iam\s+)?(?:access[\s-]?keys?|login\s+profiles?|users?|roles?|groups?|polic(?:y|ies)|buckets?|security\s+groups?|key\s+pairs?|snapshots?|trails?|secrets?)\b)/gi;

/**
 * "created IAM access keys or users" → CreateAccessKey, CreateUser: the verb joined to each object the
 * question lists after it, as CloudTrail names the call; null when no listed object is known.
 */
function awsNamedCalls(question: string): readonly string[] | null {
  const m = AWS_VERB.exec(question.replace(MADE_NEW, 'created '));
  if (!m) return null;
  const verb = `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()}e`;
  const calls: string[] = [];
  for (const part of m[2]!.split(/\s*(?:,|\bor\b|\band\b|&|\/)\s*/i)) {
    const words = part
      .replace(/^(?:the|a|an|new|any|aws|iam)\s+/gi, '')
      .replace(/^(?:aws|iam)\s+/i, '')
      .trim();
    // The object is the part's first one or two words ("access keys since ..." → "access keys").
    const tokens = words.split(/\s+/);
    const noun = [tokens.slice(0, 2).join(' '), tokens[0] ?? ''].map(
      (candidate) => AWS_OBJECTS.find(([pattern]) => pattern.test(candidate))?.[1],
    );
    const object = noun[0] ?? noun[1];
    if (object && !calls.includes(`${verb}${object}`)) calls.push(`${verb}${object}`);
  }
  return calls.length > 0 ? calls : null;
}

interface OperationSource {
  readonly column: string;
  readonly operator: 'eq' | 'contains';
  readonly words: ReadonlyArray<readonly [RegExp, readonly string[]]>;
}

/** The sources whose column holds operations, that column, and how its values are matched. */
const OPERATION_SOURCES: Readonly<Record<string, OperationSource>> = nullPrototype({
  officeactivity: { column: 'Operation', operator: 'eq', words: OFFICE_OPERATIONS },
  o365: { column: 'Operation', operator: 'eq', words: OFFICE_OPERATIONS },
  azureactivity: { column: 'OperationNameValue', operator: 'contains', words: AZURE_OPERATIONS },
  auditlogs: { column: 'OperationName', operator: 'contains', words: DIRECTORY_OPERATIONS },
  aws: { column: 'eventName', operator: 'contains', words: AWS_OPERATIONS },
  'aws:cloudtrail': { column: 'eventName', operator: 'contains', words: AWS_OPERATIONS },
  // Sentinel's table of the same trail.
  awscloudtrail: { column: 'EventName', operator: 'contains', words: AWS_OPERATIONS },
});

/**
 * The operation filter a question's verb calls for on a source that records operations
 * ("downloaded" → Operation == FileDownloaded, "deletions" → OperationNameValue contains /delete);
 * null for other sources or when no verb is known.
 */
export function operationFilter(
  source: string,
  columns: readonly string[],
  question: string,
): { column: string; operator: 'eq' | 'contains'; values: readonly string[] } | null {
  const known = OPERATION_SOURCES[source.toLowerCase()];
  if (!known || !columns.includes(known.column)) return null;
  const named =
    known.words === AZURE_OPERATIONS
      ? azureResourceOperation(question)
      : known.words === AWS_OPERATIONS
        ? (awsDoneCalls(question) ?? awsNamedCalls(question))
        : known.words === DIRECTORY_OPERATIONS
          ? writtenDirectoryActivities(question)
          : null;
  // A CloudTrail call named whole ("deleted buckets" → DeleteBucket) is that event, not every event
  // whose name holds it (DeleteBucketPolicy, DeleteBucketCors delete no bucket); a directory activity written
  // out is matched as a part, as the known ones are.
  if (named)
    return { column: known.column, operator: known.words === AWS_OPERATIONS ? 'eq' : known.operator, values: named };
  const first = firstOperations(known.words, question);
  if (!first) return null;
  // "downloaded or synced", "deleted or changed": the second of two verbs joined names its operations too, read with
  // the first verb left out.
  const joined = JOINED_VERBS.exec(question.slice(0, 2_000));
  const second = joined
    ? firstOperations(
        known.words,
        question.slice(0, joined.index) +
          ' '.repeat(joined[1]!.length) +
          question.slice(joined.index + joined[1]!.length),
      )
    : null;
  const values = [
    ...new Set([...first, ...(second ?? []), ...(joinedOperationWords(known.words, question, first) ?? [])]),
  ];
  return { column: known.column, operator: known.operator, values };
}

/** Two words joined by "and", "or" or a slash, in any form ("write and delete operations", "creates or deletes"). */
const JOINED_WORDS = /\b([a-z]{3,})\s*(?:,\s*)?(?:\bor\b|\band\b|\/)\s*([a-z]{3,})\b/gi;

/**
 * "write and delete operations", "creates/deletes": the operations of each of two words joined, when both are words of
 * operations and the first operations read are one of theirs (not an object said before them, "role assignment …").
 */
function joinedOperationWords(
  words: ReadonlyArray<readonly [RegExp, readonly string[]]>,
  question: string,
  first: readonly string[],
): readonly string[] | null {
  for (const m of question.slice(0, 2_000).matchAll(JOINED_WORDS)) {
    const one = firstOperations(words, m[1]!);
    const other = firstOperations(words, m[2]!);
    if (!one || !other) continue;
    return one === first || other === first ? [...one, ...other] : null;
  }
  return null;
}

/** Two verbs in the past joined by "or", "and" or a slash ("downloaded or synced", "deleted/changed"). */
const JOINED_VERBS = /\b([a-z]{3,}(?:ed|d))\s*(?:,\s*)?(?:\bor\b|\band\b|\/)\s*(?:\w+\s+)?([a-z]{3,}(?:ed|d))\b/i;

/** The operations of the first words of a list the question says, or null. */
function firstOperations(
  words: ReadonlyArray<readonly [RegExp, readonly string[]]>,
  question: string,
): readonly string[] | null {
  for (const [pattern, values] of words) if (pattern.test(question)) return values;
  return null;
}
