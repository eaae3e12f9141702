import {
  clauseOfPiece,
  platformClauses,
  readQuestion,
  saysAnyPhrase,
  saysAnyWords,
  saysPhrase,
  saysWords,
  splitSegments,
  storeNamesIn,
} from './question-reader';
import { stemWord } from './text.util';

describe('readQuestion', () => {
  it('reads a product name written in one word of joined capitals ("TrapX") as that word too, beside its parts', () => {
    const reading = readQuestion('Alert when a TrapX Trap has captured a binary upload');
    expect(reading.terms.has('trapx')).toBe(true);
    expect(reading.terms.has('trap')).toBe(true);
    expect(readQuestion('Alert when a trap has captured a binary').terms.has('trapx')).toBe(false);
  });

  it('joins two written words so they meet a compound name', () => {
    const question = 'failed sign-in attempts';

    const reading = readQuestion(question);

    expect(reading.terms.has('signin')).toBe(true);
  });

  it("reads no words from a machine's name (its parts name no table), but keeps a vulnerability's id", () => {
    const reading = readQuestion('what did MAIL-GW-7 resolve this morning');
    expect([reading.terms.has('mail'), reading.terms.has('gw'), reading.terms.has('resolv')]).toEqual([
      false,
      false,
      true,
    ]);
    expect(readQuestion('hosts exposed to CVE-2023-4966').terms.has('cve')).toBe(true);
  });

  it('reads a multi-word product name as one thing, not as its words', () => {
    const question = 'roles granted in Azure Active Directory';

    const reading = readQuestion(question);

    expect([reading.terms.has('activ'), reading.synonymTerms.has('aad')]).toEqual([false, true]);
  });

  it('reads "user agent" as one thing, not as a user', () => {
    const reading = readQuestion('hits by user agent on the storefront');

    expect([reading.terms.has('user'), reading.terms.has('agent')]).toEqual([false, false]);
  });

  it('takes an executable in the question as a hint of processes, at a discount', () => {
    const question = 'who ran reg.exe';

    const reading = readQuestion(question);

    expect(reading.synonymTerms.get('process')).toBeLessThan(1);
  });

  it('reads a fiscal year said in short ("FY31", "fiscal 2030") as the words "fiscal year", as a column spells them', () => {
    for (const question of ['Orchard outlays FY31', 'outlays for fiscal 2030']) {
      const { terms } = readQuestion(question);
      expect([terms.has('fiscal'), terms.has('fiscalyear')]).toEqual([true, true]);
    }
    expect(readQuestion('outlays in 2030').terms.has('fiscal')).toBe(false);
  });

  it('keeps words with digits as written', () => {
    const question = 'O365 audit';

    const reading = readQuestion(question);

    expect(reading.terms.has('o365')).toBe(true);
  });

  it('ignores stop words', () => {
    const question = 'the of and';

    const reading = readQuestion(question);

    expect(reading.terms.size).toBe(0);
  });
});

describe('splitSegments', () => {
  it('splits a question that makes a second request', () => {
    const question = 'List failed VPN logins; additionally, what is the average order value?';

    const segments = splitSegments(question);

    expect(segments).toEqual(['List failed VPN logins', 'additionally, what is the average order value?']);
  });

  it('splits a question that asks two named stores for different data, clause by clause', () => {
    const question = 'Check bob: his VPN logins in Splunk and his mailbox rule changes in Sentinel this week';

    expect(splitSegments(question)).toEqual([
      'Check bob: his VPN logins in Splunk',
      'and his mailbox rule changes in Sentinel this week',
    ]);
  });

  it('keeps one request of two named stores whole', () => {
    for (const question of [
      'failed sign-ins in Sentinel and Splunk over the last day',
      'compare the database and Splunk for user bob',
    ])
      expect(splitSegments(question)).toEqual([question]);
  });

  it('leaves a single request whole', () => {
    const question = 'Compare orders with returns';

    const segments = splitSegments(question);

    expect(segments).toEqual([question]);
  });
});

describe('readQuestion: words written as names', () => {
  it('reads digits with letters, inner capitals and a capital mid-sentence as names', () => {
    const question = 'Detect Zorbix alerts from QX7 gateways via GateKeeper';

    const reading = readQuestion(question);

    expect(['zorbix', 'qx7', 'gatekeep'].map((s) => reading.nameStems.has(s))).toEqual([true, true, true]);
  });

  it('does not read the first word of a sentence or an ordinary word as a name', () => {
    const question = 'Detect changes to the system clock. Review access lists.';

    const reading = readQuestion(question);

    expect(['detect', 'review', 'chang', 'system', 'access'].some((s) => reading.nameStems.has(s))).toBe(false);
  });

  it("reads a product's one-word name as a name at a sentence's start too, and no other first word", () => {
    const reading = readQuestion('Sysmon pipes opened by unsigned binaries. Okta pushes denied. Pipes opened today.');

    expect(['sysmon', 'okta'].map((s) => reading.nameStems.has(s))).toEqual([true, true]);
    expect(reading.nameStems.has('pipe')).toBe(false);
  });

  it('reads a product\'s one-word name leading the question as its label ("okta: …") as a name, in any case', () => {
    expect(readQuestion('okta: pushes denied for dana').nameStems.has('okta')).toBe(true);
    expect(readQuestion('notes: pushes denied for dana').nameStems.has('note')).toBe(false);
    expect(readQuestion('pushes denied by okta').nameStems.has('okta')).toBe(false);
  });

  it('keeps the mark of a one-word proper name ("Office365", "Kubernetes") under its other spellings, not of a word written plainly', () => {
    expect(readQuestion('mailbox rules made in Office365 overnight').nameStems.has('o365')).toBe(true);
    expect(readQuestion('pods restarted by the Kubernetes scheduler').nameStems.has('k8s')).toBe(true);
    expect(readQuestion('pods restarted by the kubernetes scheduler').nameStems.has('k8s')).toBe(false);
  });

  it('reads no capitalised word as a name in a headline written in title case', () => {
    const question = 'Malware Hides Itself Among Printer Spooler Exclusions';

    const reading = readQuestion(question);

    expect(reading.nameStems.has('printer') || reading.nameStems.has('spooler')).toBe(false);
  });

  it('leaves the words of a product name from the platform vocabulary to that product', () => {
    const question = 'Count devices seen by Defender ATP';

    const reading = readQuestion(question);

    expect(reading.nameStems.has('defend')).toBe(false);
  });

  it('carries a multi-word proper name over to its other spellings', () => {
    const question = 'consent grants in an Office 365 tenant';

    const reading = readQuestion(question);

    expect(reading.nameStems.has('o365')).toBe(true);
  });

  it('takes the first reading of a file extension more strongly than the later ones', () => {
    const question = 'who ran wmic.exe';

    const reading = readQuestion(question);

    expect(reading.synonymTerms.get('process')).toBeGreaterThan(reading.synonymTerms.get('file')!);
  });
});

describe('storeNamesIn', () => {
  it('lists the stores a text names, in order, with their platform', () => {
    expect(storeNamesIn('rows in the DB, then alerts in Splunk').map((n) => n.platform)).toEqual(['sql', 'spl']);
    expect(storeNamesIn('nothing named here')).toEqual([]);
  });
});

describe('platformClauses', () => {
  it('cuts a question that asks two platforms for two things, each clause naming its own', () => {
    const text =
      'Any risky Entra logins for ivan@fabrikam.com this week, and does he have overdue payments in the finance db?';
    const clauses = platformClauses(text)!;

    expect(clauses.map((c) => [c.platform, c.text])).toEqual([
      ['kql', 'Any risky Entra logins for ivan@fabrikam.com this week'],
      ['sql', 'does he have overdue payments in the finance db?'],
    ]);
    expect(text.slice(clauses[1].start, clauses[1].start + clauses[1].text.length)).toBe(clauses[1].text);
    expect(clauses[1].text.slice(clauses[1].cueAt, clauses[1].cueEnd)).toBe('db');
  });

  it('does not cut one request of two stores, or clauses that each name both', () => {
    expect(platformClauses('risky logins in Sentinel and Splunk over the last day')).toBeNull();
    expect(
      platformClauses('Entra and Splunk logins for ivan, and his payments in the finance db and Splunk'),
    ).toBeNull();
    expect(platformClauses('risky logins for ivan today')).toBeNull();
  });
});

describe('clauseOfPiece', () => {
  it('places a piece in the question with its own platform cues', () => {
    const text = 'logins of max today in Sentinel, and his orders in the billing database';
    const clause = clauseOfPiece(text, 'his orders in the billing database', 'sql');

    expect(clause).toMatchObject({ start: text.indexOf('his orders'), platform: 'sql' });
    expect(clause!.cueAt).toBeGreaterThan(0);
    expect(clause!.cueEnd).toBeLessThanOrEqual('his orders in the billing database'.length);
  });

  it('returns null for a piece the question does not hold', () => {
    expect(clauseOfPiece('logins in Sentinel', 'orders in the database', 'sql')).toBeNull();
  });
});

describe('readQuestion: windows and implied columns', () => {
  it('marks a time unit said only as a calendar window', () => {
    expect([...readQuestion('refunds issued in the past month').windowStems]).toHaveLength(1);
    expect(readQuestion('refunds per month over the past month').windowStems.size).toBe(0);
    expect(readQuestion('refunds in the last 30 days').windowStems.size).toBe(0);
  });

  it('reads the word that places a window before now ("in the last day") as no word of the question', () => {
    expect(readQuestion('lookups in the last day').terms.has('last')).toBe(false);
    expect(readQuestion('failures over the past 3 weeks').terms.has('past')).toBe(false);
    // Said of something else it stays: "last login", "the last sign-in of each user".
    expect(readQuestion('users by last login').terms.has('last')).toBe(true);
  });

  it('reads no preposition of time ("during", "since", "until") as a word of the question', () => {
    const reading = readQuestion('roles granted during the last two weeks, since Monday or until noon');
    expect(['during', 'since', 'until'].filter((word) => reading.terms.has(stemWord(word)))).toEqual([]);
    expect(reading.terms.has(stemWord('roles'))).toBe(true);
  });

  it('reads no word of a domain name ("promo.deals.com") as asked about', () => {
    expect(readQuestion('lookups of promo.deals.com').terms.has('deal')).toBe(false);
  });

  it('implies the role column from a role said of accounts', () => {
    expect(readQuestion('list superuser accounts').impliedColumnStems.size).toBe(1);
    expect(readQuestion('list the accounts of the superuser').impliedColumnStems.size).toBe(0);
  });
});

describe('readQuestion: cloud API calls', () => {
  it('reads calls listed with slashes as calls, their words asking nothing of their own', () => {
    const reading = readQuestion('Detect usage of AttachUserPolicy/AttachRolePolicy on Glue policy');
    expect(reading.exactTokens.has('AttachRolePolicy')).toBe(true);
    expect(reading.terms.has('attach')).toBe(false);
    expect([...reading.synonymTerms.keys()]).toContain('cloudtrail');
    // A PascalCase name that is no call keeps its words.
    expect(readQuestion('sign-ins to PowerBi reports').terms.size).toBeGreaterThan(0);
  });
});

describe('readQuestion: quoted words searched for', () => {
  it('reads no words of the activity in quoted text said to be searched for', () => {
    expect(readQuestion('net commands that mention "domain admins" on office PCs').terms.has('domain')).toBe(false);
    expect(readQuestion('who was added to domain admins').terms.has('domain')).toBe(true);
  });

  it('reads no words from an email address (its local part names a mailbox, not the suite or a table)', () => {
    expect(readQuestion('failed sign-ins for office@brookmere.sch.uk since Monday').terms.has('offic')).toBe(false);
    expect(readQuestion('failed sign-ins for the Office apps since Monday').terms.has('offic')).toBe(true);
  });

  it('reads "Alert when …" / "Trigger an alert if …" as a detection asked for, not alert records', () => {
    expect(readQuestion('Alert when a Firewall VPN tunnel goes down.').terms.has('alert')).toBe(false);
    expect(readQuestion('Trigger an alert if more than 1000 invocations run in a minute').terms.has('alert')).toBe(
      false,
    );
    expect(readQuestion('List failed logons; additionally, alert on Palo Alto threat events').terms.has('alert')).toBe(
      false,
    );
    expect(readQuestion('show the high severity alerts raised today').terms.has('alert')).toBe(true);
    expect(readQuestion('which alerts fired on DC01 when the backup ran').terms.has('alert')).toBe(true);
    expect(readQuestion('alert on LAPTOP-7 - any powershell with -enc there today?').terms.has('alert')).toBe(true);
  });

  it('reads how a list is sorted ("in time order") as no order a shop keeps', () => {
    expect(readQuestion('password resets (4724) yesterday, in time order').terms.has('order')).toBe(false);
    expect(readQuestion('refunds in reverse chronological order').terms.has('order')).toBe(false);
    expect(readQuestion('list the orders placed yesterday in date order').terms.has('order')).toBe(true);
  });

  it('reads a list "ordered from highest to lowest" as sorted, and "ordered by" someone as what they bought', () => {
    const stem = (q: string) => [...readQuestion(q).terms].some((t) => t.startsWith('order'));
    expect(stem('deleted accounts per admin, ordered from highest to lowest')).toBe(false);
    expect(stem('failed logons per user, ordered most first')).toBe(false);
    expect(stem('hosts ordered alphabetically')).toBe(false);
    expect(stem('which products were ordered by Acme last month')).toBe(true);
  });

  it('reads a cloud machine launched ("launched ec2 instances") as no process started', () => {
    expect(readQuestion('who launched ec2 instances yesterday?').terms.has('launch')).toBe(false);
    expect(readQuestion('who spun up new VMs today').terms.has('spun')).toBe(false);
    expect(readQuestion('which hosts launched powershell.exe yesterday').terms.has('launch')).toBe(true);
  });

  it('reads a registry path ("CurrentVersion\\Run") as the registry, not as its words', () => {
    const reading = readQuestion('any changes to the Run keys (CurrentVersion\\Run) lst 3 days?');
    expect(reading.terms.has('registri')).toBe(true);
    expect(reading.terms.has('currentvers')).toBe(false);
    expect(readQuestion('writes under HKLM\\SYSTEM\\CurrentControlSet\\Services today').terms.has('servic')).toBe(
      false,
    );
  });
});

describe('saysAnyPhrase', () => {
  const phrases = ['sign in', 'failed logon', 'registry key'];

  it('should be true when the question says one phrase of the list in any form', () => {
    expect(saysAnyPhrase(readQuestion('who signed in from abroad'), phrases)).toBe(true);
  });

  it('should be false when the question says none of them', () => {
    expect(saysAnyPhrase(readQuestion('top customers by revenue'), phrases)).toBe(false);
  });

  it('should answer as asking each phrase in turn does', () => {
    for (const question of ['failed logons on the dc', 'a new registry key', 'invoices due', ''])
      expect(saysAnyPhrase(readQuestion(question), phrases)).toBe(
        phrases.some((phrase) => saysPhrase(readQuestion(question), phrase)),
      );
  });
});

describe('saysAnyWords', () => {
  const words = ['office 365', 'okta', 'cloudtrail'];

  it('should be true when the question says one entry of the list word for word', () => {
    expect(saysAnyWords(readQuestion('logins to Office 365 today'), words)).toBe(true);
  });

  it('should be false for another form of the words', () => {
    expect(saysAnyWords(readQuestion('which oktas failed'), words)).toBe(false);
  });

  it('should answer as asking each entry in turn does', () => {
    for (const question of ['okta pushes denied', 'cloud trail events', 'orders by month', ''])
      expect(saysAnyWords(readQuestion(question), words)).toBe(
        words.some((word) => saysWords(readQuestion(question), word)),
      );
  });
});

describe('readQuestion: the accounts staff sign in with', () => {
  it('reads "staff accounts" and "employee accounts" as users, and no user from staff alone', () => {
    expect(readQuestion('how many staff accounts per department are unused').synonymTerms.has('user')).toBe(true);
    expect(readQuestion('employee accounts not used in 60 days').synonymTerms.has('user')).toBe(true);
    expect(readQuestion('how many staff per department').synonymTerms.has('user')).toBe(false);
  });
});
