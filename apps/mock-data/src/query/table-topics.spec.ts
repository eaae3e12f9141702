import { calledByKind, isOwnProductName, topicalSource, topicScore } from './table-topics';

describe('table topics', () => {
  it('counts the distinct topic words of a source a question says', () => {
    expect(topicScore('OfficeActivity', 'files downloaded from SharePoint and OneDrive')).toBe(3);
    expect(topicScore('officeactivity', 'sharepoint sharepoint')).toBe(1);
    expect(topicScore('UnknownTable', 'sharepoint')).toBe(0);
    expect(topicScore('Network_Traffic', 'udp flows towards the dmz')).toBe(1);
  });

  it('prefers the chosen source about the words, then the catalog, else none', () => {
    const catalog = { SigninLogs: [], AzureActivity: [], OfficeActivity: [] };
    expect(topicalSource(['AzureActivity', 'SigninLogs'], catalog, 'sign-in')).toBe('SigninLogs');
    expect(topicalSource(['AzureActivity'], catalog, 'sign-in')).toBe('SigninLogs');
    expect(topicalSource(['AzureActivity'], catalog, 'order')).toBeNull();
  });

  it('reads people signing or logging "into" apps as sign-ins, ahead of an Office app said beside them', () => {
    const catalog = { SigninLogs: [], OfficeActivity: [] };
    expect(topicScore('SigninLogs', 'apps the nurses sign into')).toBe(1);
    expect(topicScore('SigninLogs', 'which tools do we log into daily')).toBe(1);
    expect(topicalSource(['SigninLogs'], catalog, 'apps people sign into, leaving out outlook')).toBe('SigninLogs');
  });

  it('keeps the chosen sources when the question calls one of them by name and kind', () => {
    const catalog = { SigninLogs: [], AzureActivity: [] };
    expect(topicalSource(['AzureActivity'], catalog, 'sign-in changes in the AzureActivity table')).toBeNull();
    expect(calledByKind('Endpoint.Processes', 'launches in the endpoint.processes data model')).toBe(true);
    expect(calledByKind('aws:cloudtrail', 'calls in the aws:cloudtrail sourcetype')).toBe(true);
    expect(calledByKind('web', 'cobweb tables')).toBe(false);
    expect(calledByKind('Authentication', 'denied badge scans, authn data model')).toBe(false);
    expect(calledByKind('Authentication', 'denied badge scans in the authent datamodel')).toBe(true);
    expect(calledByKind('Network_Traffic', 'the net data model')).toBe(false);
  });

  it("reads a service endpoint of AWS as the cloud trail's data, even one whose name holds a word of another topic", () => {
    const catalog = { aws: [], azure: [], Authentication: [] };
    expect(topicScore('aws', 'throttled calls on ssm.us-west-2.amazonaws.com')).toBe(1);
    expect(topicalSource(['aws', 'Authentication'], catalog, 'failures on signin.amazonaws.com since 6am')).toBe('aws');
  });

  it('reads HTTP status codes counted or got as web data, not a count of something else', () => {
    expect(topicScore('web', '410s on /legacy/catalog since noon')).toBe(1);
    expect(topicScore('web', 'bots getting 451 from /press')).toBe(1);
    expect(topicScore('web', 'hosts that ran 300 scripts')).toBe(0);
    expect(topicalSource(['Endpoint.Processes'], { 'Endpoint.Processes': [], Web: [] }, 'bots served a 406')).toBe(
      'Web',
    );
  });

  it('keeps a chosen source about some of the words over a catalog source about more of them', () => {
    const catalog = { wineventlog: [], azure: [] };
    const words = 'his Entra sign-ins in Sentinel and his Windows logon events in Splunk';

    expect(topicalSource(['wineventlog'], catalog, words)).toBe('wineventlog');
  });

  it('reads remote addresses a program contacted as network data, over the program named', () => {
    expect(topicScore('DeviceNetworkEvents', 'remote hosts contacted by excel.exe today')).toBe(2);
    expect(
      topicalSource(
        ['DeviceNetworkEvents'],
        { DeviceProcessEvents: [], DeviceNetworkEvents: [] },
        'remote domains that cmd.exe reached',
      ),
    ).toBe('DeviceNetworkEvents');
  });

  it('reads a request put by its HTTP method or a server page path as web data, not the words of the path', () => {
    expect(topicScore('Web', 'PUT requests against the storefront in the past hour')).toBe(1);
    expect(topicScore('Web', 'who keeps hitting /portal/signin.aspx')).toBe(1);
    expect(topicScore('Web', 'files dropped into /tmp/cache by cron')).toBe(0);
    expect(topicalSource(['Web'], { azure: [], Web: [] }, 'hits on /members/login.jsp from one address')).toBe('Web');
  });

  it('reads guests invited to the directory as directory changes, before the sign-ins of Entra', () => {
    expect(topicalSource([], { SigninLogs: [], AuditLogs: [] }, 'external partners invited to Entra ID in May')).toBe(
      'AuditLogs',
    );
  });

  it('reads members added to or removed from a directory role or group as directory changes', () => {
    expect(topicScore('AuditLogs', 'which admins removed people from the Helpdesk Operator role last week')).toBe(1);
    // The group addition, and Entra (whose directory changes this log keeps).
    expect(topicScore('AuditLogs', 'who got added to the finance approvers group in Entra')).toBe(2);
    expect(topicScore('AuditLogs', 'role membership changes since Monday')).toBe(1);
    expect(
      topicalSource(
        ['AuditLogs'],
        { SigninLogs: [], AuditLogs: [] },
        'who added guests to the Billing Reader role in Entra ID',
      ),
    ).toBe('AuditLogs');
  });

  it("reads signing or logging into an app as sign-ins, so the chosen sign-in table stands against the app's own", () => {
    expect(topicScore('SigninLogs', 'people who signed into Outlook from abroad')).toBe(1);
    expect(topicScore('SigninLogs', 'accounts logging into SharePoint at night')).toBe(1);
    expect(topicScore('SigninLogs', 'servers with no logs in 2 days')).toBe(0);
    expect(topicalSource(['SigninLogs'], { SigninLogs: [], OfficeActivity: [] }, 'who signs into Exchange')).toBe(
      'SigninLogs',
    );
  });
});

describe("table topics (the domain's built-in groups)", () => {
  it('should read a change to a built-in domain admin group from the Windows security log, not the cloud directory', () => {
    const catalog = { SecurityEvent: [], AuditLogs: [] };
    expect(topicalSource(['SecurityEvent', 'AuditLogs'], catalog, 'who joined enterprise admins')).toBe(
      'SecurityEvent',
    );
  });
});

describe('table topics (logging on, wherever it happens)', () => {
  it("should keep the chosen authentication data model for logons said plainly, not a cloud directory's sign-ins", () => {
    const catalog = { Authentication: [], azure: [], wineventlog: [] };
    expect(topicalSource(['Authentication'], catalog, 'bad logons per workstation above 15 since 9am')).toBe(
      'Authentication',
    );
    expect(topicalSource(['Authentication', 'azure'], catalog, 'aad sign-ins that failed mfa')).toBe('azure');
  });
});

describe('table topics (a process that talked to somewhere)', () => {
  it('should read talking to, reaching out and calling home as network activity', () => {
    expect(topicScore('DeviceNetworkEvents', 'which binaries talked to evil.example.net')).toBe(1);
    expect(topicScore('DeviceNetworkEvents', 'hosts that reached out to pastebin')).toBe(1);
    expect(topicScore('DeviceNetworkEvents', 'implants calling home over the weekend')).toBe(1);
  });
});

describe('table topics (directory objects in Entra, and on-premises AD)', () => {
  it('should read accounts deleted in Entra from the audit log, not the sign-ins', () => {
    const catalog = { SigninLogs: [], AuditLogs: [], SecurityEvent: [] };
    expect(topicalSource(['SecurityEvent'], catalog, 'guest users that were disabled in Azure AD last week')).toBe(
      'AuditLogs',
    );
    expect(topicalSource(['SecurityEvent'], catalog, 'failed Entra sign-ins today')).toBe('SigninLogs');
  });

  it('should keep the Windows security log for accounts deleted in on-premises Active Directory', () => {
    const catalog = { SigninLogs: [], AuditLogs: [], SecurityEvent: [] };
    expect(topicalSource(['SecurityEvent'], catalog, 'accounts deleted in Active Directory this month')).toBe(
      'SecurityEvent',
    );
  });
});

describe('table topics (Azure resources)', () => {
  it('should read a question of Azure resources by kind, or of a resource group by its usual name, from the activity log', () => {
    expect(topicScore('AzureActivity', 'who touched the key vaults in rg-secrets-prod')).toBe(2);
    expect(topicalSource(['SecurityEvent'], { SecurityEvent: [], AzureActivity: [] }, 'storage account writes')).toBe(
      'AzureActivity',
    );
  });
});

describe('isOwnProductName', () => {
  it('knows a product named whole as the source of its own tables', () => {
    expect(isOwnProductName('SigninLogs', 'Microsoft Entra ID')).toBe(true);
    expect(isOwnProductName('AuditLogs', 'AAD')).toBe(true);
    expect(isOwnProductName('OfficeActivity', 'M365')).toBe(true);
    expect(isOwnProductName('DeviceFileEvents', 'MDE')).toBe(true);
  });

  it("should not take an app whose name holds the product, nor another table's product", () => {
    expect(isOwnProductName('SigninLogs', 'Azure AD Connect Health')).toBe(false);
    expect(isOwnProductName('SigninLogs', 'Office 365')).toBe(false);
    expect(isOwnProductName('OfficeActivity', 'Azure AD')).toBe(false);
  });
});

describe('topicScore (names and logons)', () => {
  it('reads a machine logged on to as Windows logon data, and a trail named as one word as the cloud trail', () => {
    expect(topicScore('SecurityEvent', 'who logged on to the print server overnight')).toBe(1);
    expect(topicScore('SecurityEvent', 'accounts logging onto kiosk7 today')).toBe(1);
    expect(topicScore('AWSCloudTrail', 'StopLogging calls in AWSCloudTrail')).toBe(1);
  });

  it("reads no topic from a word that is a part of a machine's name", () => {
    expect(topicScore('Web', 'logons on web-12.branch.example.net today')).toBe(0);
    expect(topicScore('Web', 'who logged on to prod-web since noon')).toBe(0);
    expect(topicScore('Web', 'web requests to the shop')).toBe(1);
    expect(topicScore('Web', 'logons on web.branch.example.net')).toBe(0);
    expect(topicScore('Endpoint.Processes', 'runs of powershell.exe')).toBe(1);
  });

  it('reads autostart keys and autoruns as registry data, in either platform', () => {
    expect(topicScore('Endpoint.Registry', 'registry autoruns (RunOnce) set by wscript.exe')).toBe(3);
    expect(topicScore('DeviceRegistryEvents', 'run keys written overnight')).toBe(1);
  });
});

describe('topicScore (text searched for, commands)', () => {
  it('reads nothing of the rows in quoted words said to be searched for, and commands as processes', () => {
    const question = 'net or net1 commands that mention "domain admins" on the office PCs';
    expect(topicScore('SecurityEvent', question)).toBe(0);
    expect(topicScore('DeviceProcessEvents', question)).toBe(1);
    expect(topicScore('SecurityEvent', 'who was added to domain admins this week')).toBe(1);
  });
});
