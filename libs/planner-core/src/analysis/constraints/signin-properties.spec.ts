import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { readSignInProperties } from './signin-properties';

const signins: TableColumns = {
  table: 'SigninLogs',
  columns: [
    'TimeGenerated',
    'UserPrincipalName',
    'AppDisplayName',
    'AuthenticationRequirement',
    'ConditionalAccessStatus',
    'RiskLevelDuringSignIn',
  ],
};
const orders: TableColumns = { table: 'orders', columns: ['order_id', 'status', 'total', 'created_at'] };

const filters = (text: string, tables: TableColumns[] = [signins]) => extractConstraints({ text, tables }).filters;
const values = (text: string) => readSignInProperties(text).map((h) => `${h.hint}=${h.value}`);

describe('readSignInProperties', () => {
  it('reads MFA said as what failed as the sign-ins that asked for it, and leaves the failure words to the outcome', () => {
    expect(values('2FA timeouts on the intranet app since noon')).toEqual([
      'authentication requirement=multiFactorAuthentication',
    ]);
    expect(values('staff who declined the MFA prompt twice')).toEqual([
      'authentication requirement=multiFactorAuthentication',
    ]);
    expect(filters('multi-factor challenge failures for the kiosk accounts')).toMatchObject([
      { kind: 'text', values: ['multiFactorAuthentication'], field: 'AuthenticationRequirement' },
      { kind: 'status', values: ['failed'] },
    ]);
  });

  it('reads whether MFA was asked for, or skipped', () => {
    expect(values('logins to the payroll portal that needed MFA last week')).toEqual([
      'authentication requirement=multiFactorAuthentication',
    ]);
    expect(values('which users signed in without multi-factor authentication?')).toEqual([
      'authentication requirement=singleFactorAuthentication',
    ]);
    expect(values('single-factor sign-ins from contractors')).toEqual([
      'authentication requirement=singleFactorAuthentication',
    ]);
  });

  it('reads MFA said with a negation as single-factor', () => {
    for (const text of [
      'VPN logins since monday that were not MFA',
      'non-MFA sign-ins to the wiki',
      "logons that didn't use 2FA yesterday",
      'sign-ins not covered by multi-factor this month',
    ])
      expect(values(text)).toEqual(['authentication requirement=singleFactorAuthentication']);
    expect(values('sign-ins that passed MFA and not from home')).toEqual([
      'authentication requirement=multiFactorAuthentication',
    ]);
  });

  it('leaves out the well-known apps a sign-in question excludes', () => {
    expect(filters('sign-ins from 172.16.0.0/12 this week but not to dropbox or docusign')).toContainEqual(
      expect.objectContaining({ kind: 'app', operator: 'not_in', values: ['Dropbox', 'DocuSign'] }),
    );
  });

  it('reads a conditional access block as its failed status', () => {
    expect(values('logons denied by a CA policy since Monday')).toEqual(['conditional access status=failure']);
    expect(values('conditional access failures per app')).toEqual(['conditional access status=failure']);
    expect(values('sign-ins to the portal that conditional access blocked today')).toEqual([
      'conditional access status=failure',
    ]);
    expect(values('logins the CA policy denied this week')).toEqual(['conditional access status=failure']);
  });

  it('reads risky sign-ins as medium or high risk, and a named level as that level', () => {
    expect(values('risky logins for the sales team')).toEqual([
      'risk level during sign in=medium',
      'risk level during sign in=high',
    ]);
    expect(values('low-risk sign-ins from home')).toEqual(['risk level during sign in=low']);
    expect(values('low and medium risk logins by country')).toEqual([
      'risk level during sign in=low',
      'risk level during sign in=medium',
    ]);
    expect(values('hourly high/medium-risk authentications')).toEqual([
      'risk level during sign in=high',
      'risk level during sign in=medium',
    ]);
  });

  it('reads legacy authentication as the client used: the protocols named, else every legacy client', () => {
    expect(values('accounts on legacy authentication (pop3 and imap) last month')).toEqual([
      'client app used=IMAP4',
      'client app used=POP3',
    ]);
    expect(values('legacy auth logins by app')).toEqual([
      'client app used=IMAP4',
      'client app used=POP3',
      'client app used=Authenticated SMTP',
      'client app used=Exchange ActiveSync',
      'client app used=Exchange Web Services',
      'client app used=MAPI Over HTTP',
      'client app used=Other clients',
    ]);
    expect(values('failed sign-ins via ActiveSync per device')).toEqual(['client app used=Exchange ActiveSync']);
  });

  it('reads a protocol said as the legacy or old client used', () => {
    expect(values('sign-ins per user that used the legacy Authenticated SMTP client last month')).toEqual([
      'client app used=Authenticated SMTP',
    ]);
    expect(values('logins via the old IMAP client this week')).toEqual(['client app used=IMAP4']);
  });

  it('reads every protocol of a list said as the way in, after "signed in" or "logged in" too', () => {
    expect(values('which mailboxes still signed in with POP3 or EWS this quarter')).toEqual([
      'client app used=POP3',
      'client app used=Exchange Web Services',
    ]);
    expect(values('staff who logged in over MAPI, IMAP and ActiveSync')).toEqual([
      'client app used=IMAP4',
      'client app used=Exchange ActiveSync',
      'client app used=MAPI Over HTTP',
    ]);
    expect(values('printers that used pop3 to sign in last week')).toEqual(['client app used=POP3']);
  });

  it('reads protocols said as what clients are on, or as the client app, two-word names in the list too', () => {
    expect(values('any scanners on Exchange Web Services or POP3? sign-ins this month')).toEqual([
      'client app used=POP3',
      'client app used=Exchange Web Services',
    ]);
    expect(values('logins where client app = IMAP, last day')).toEqual(['client app used=IMAP4']);
  });

  it('reads a protocol name as a client only when the question is about signing in that way', () => {
    expect(values('smtp relay errors on the mail gateway')).toEqual([]);
    expect(values('logins from the imap server host')).toEqual([]);
  });

  it('reads nothing from questions that only mention the words', () => {
    expect(values('how do I set up MFA for a new hire?')).toEqual([]);
    expect(values('the risk register for Q3')).toEqual([]);
    expect(values('conditional access policy changes')).toEqual([]);
  });
});

describe('sign-in properties as filters', () => {
  it('maps each to its column when the chosen table keeps it', () => {
    expect(filters('risky sign-ins that were blocked by conditional access')).toEqual([
      expect.objectContaining({ operator: 'in', values: ['medium', 'high'], field: 'RiskLevelDuringSignIn' }),
      expect.objectContaining({ operator: 'eq', values: ['failure'], field: 'ConditionalAccessStatus' }),
    ]);
  });

  it('leaves the column empty on a table without it', () => {
    expect(filters('orders from users who passed MFA', [orders])).toEqual([
      expect.objectContaining({ values: ['multiFactorAuthentication'], field: null }),
    ]);
  });
});

describe('readSignInProperties (a risk level said after its name)', () => {
  it('reads the level a sign-in risk is said to be, one or several', () => {
    expect(values('logins this week whose sign-in risk was medium or high')).toEqual([
      'risk level during sign in=medium',
      'risk level during sign in=high',
    ]);
    expect(values('authentications with a low risk level, per app')).toEqual(['risk level during sign in=low']);
  });

  it('should read no sign-in risk from a question about no sign-in', () => {
    expect(values('alerts with a high risk level on the mail gateway')).toEqual([]);
  });
});

describe('readSignInProperties (result codes written bare)', () => {
  it('reads a five or six digit code of a sign-in as its result type', () => {
    expect(values('which apps saw the most 70044 sign-in failures last week')).toEqual(['ResultType=70044']);
    expect(values('entra logins refused for a device policy (53001) since monday')).toEqual(['ResultType=53001']);
    expect(values('entra logins with 50055, 50057 or 50058 today')).toEqual([
      'ResultType=50055',
      'ResultType=50057',
      'ResultType=50058',
    ]);
  });

  it('reads no code in a count, a limit, a named code or a number of another thing', () => {
    expect(values('accounts with more than 60000 sign-ins')).toEqual([]);
    expect(values('80000 sign-ins from one IP in entra')).toEqual([]);
    expect(values('sign-in errors 50140 or 50097 yesterday')).toEqual([]);
  });
});

describe('readSignInProperties (a bare code after "code")', () => {
  it('reads a code said after a bare "code" but leaves one after "error code" to its own reader', () => {
    expect(values('entra users failing with code 50034 since noon')).toEqual(['ResultType=50034']);
    expect(values('entra sign-ins with error code 50034')).toEqual([]);
  });
});
