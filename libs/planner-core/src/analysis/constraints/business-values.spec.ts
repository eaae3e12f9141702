import {
  countryCode,
  joinSpacedThousands,
  readBusinessValues,
  readRolePeople,
  saysMoneyAmount,
} from './business-values';
import { SpanSet } from './value-hit';

const read = (text: string): Array<[string, string, string?]> =>
  readBusinessValues(text, new SpanSet()).map((hit) =>
    hit.currency ? [hit.kind, hit.value, hit.currency] : [hit.kind, hit.value],
  );

describe('readBusinessValues', () => {
  it('reads no app from the verb a sentence opens with before logins ("Ignore logins from …")', () => {
    expect(read('login_failed events over the last 14 days. Ignore logins from 10.0.0.0/8.')).not.toContainEqual([
      'app',
      'Ignore',
    ]);
    expect(read('sign-ins this week. Skip logins from the office range.')).not.toContainEqual(['app', 'Skip']);
  });

  it('reads people still employed as the active ones', () => {
    expect(read('staff accounts unused for 60 days, counting only people who are still employed')).toEqual([
      ['status', 'active'],
    ]);
    expect(read('accounts of people currently employed')).toEqual([['status', 'active']]);
  });

  it('reads the state a verb leaves rows in, said bare after "did" and who did it ("did we ship")', () => {
    expect(read('how many orders did we ship each week')).toEqual([['status', 'shipped']]);
    expect(read('how many orders did customers cancel per week')).toEqual([['status', 'cancelled']]);
    expect(read('which tickets did support resolve today')).toEqual([['status', 'resolved']]);
    expect(read('how many orders did we not ship last week')).toEqual([]);
    expect(read('how many deals did we close last month')).toEqual([]);
    expect(read('what did we ship to Berlin')).toEqual([]);
  });

  it('reads an amount compared just after bookings as an amount of money', () => {
    expect(read('mean stay value per hotel for bookings >= 1500')).toEqual([['amount', '1500']]);
    expect(read('how many bookings over 300 EUR')).toEqual([['amount', '300', 'EUR']]);
  });

  it("reads a country's code before a noun of the parties a business deals with as that country", () => {
    expect(read('NL suppliers with late deliveries')).toEqual([['country', 'Netherlands']]);
    expect(read('which FR clients w/o orders')).toEqual([['country', 'France']]);
    expect(read('IT staff and HR users')).toEqual([]);
    expect(read('IT customers who opened a ticket')).toEqual([]);
  });

  it("reads a directory role named by its title alone as the role's name, as the directory spells it", () => {
    expect(read('who added ppl to Global Administrator in entra today')).toEqual([['text', 'Global Administrator']]);
    expect(read('who was made global admin this week')).toEqual([['text', 'Global Administrator']]);
    expect(read('anyone added to Security Readers lately')).toEqual([['text', 'Security Reader']]);
    expect(read('the security administrator of the branch office')).toEqual([]);
  });

  it('reads invoices or bills said to be outstanding as unpaid ones, and no other thing outstanding', () => {
    expect(read('which clients have outstanding invoices older than 60 days')).toEqual([['status', 'unpaid']]);
    expect(read('count outstanding bills by currency')).toEqual([['status', 'unpaid']]);
    expect(read('outstanding tasks per team')).toEqual([]);
  });

  it('reads errors of signing in as failed sign-ins, and no other errors', () => {
    expect(read('logon errors at the kiosk since noon')).toEqual([['status', 'failed']]);
    expect(read('count authentication error events by realm')).toEqual([['status', 'failed']]);
    expect(read('disk errors on the nas this week')).toEqual([]);
  });

  it("reads a currency named apart from its number as the amount's currency, not a count", () => {
    expect(read('invoices in GBP under 20.50 last month')).toEqual([['amount', '20.5', 'GBP']]);
    expect(read('refunds over CHF 1,200')).toEqual([['amount', '1200', 'CHF']]);
    expect(read('customers with more than 5 orders in USD')).toEqual([['currency', 'USD']]);
    expect(read('median amount of EUR invoices')).toEqual([['currency', 'EUR']]);
    // Codes beyond the common few: "in SEK", "MXN refunds", "NOK 300".
    expect(read('top suppliers by payouts in SEK this year')).toEqual([['currency', 'SEK']]);
    expect(read('sum of MXN refunds')).toEqual([['currency', 'MXN']]);
    expect(read('payments above NOK 300')).toEqual([['amount', '300', 'NOK']]);
    expect(read('GBP refunds above 300')).toEqual([['amount', '300', 'GBP']]);
  });

  it('reads "resolved" before a dotted name as a lookup of it, not as a status', () => {
    expect(read('which kiosks resolved the domain promo-gift.example')).toEqual([]);
    expect(read('kiosks that resolved any .example name')).toEqual([]);
    expect(read('tickets resolved by the night shift')).toEqual([['status', 'resolved']]);
  });

  it('reads currencies listed after the one named as one filter each, the amounts then in none of them', () => {
    expect(read('refunds in CAD or AUD above 750')).toEqual([
      ['currency', 'CAD'],
      ['currency', 'AUD'],
      ['amount', '750'],
    ]);
    expect(read('payouts in SEK, NOK and DKK this quarter')).toEqual([
      ['currency', 'SEK'],
      ['currency', 'NOK'],
      ['currency', 'DKK'],
    ]);
  });

  it('reads a number compared with a sign, or right after records of money, as their amount', () => {
    expect(read('refunds (>= 2.5k) in CHF')).toEqual([['amount', '2500', 'CHF']]);
    expect(read('large payments (> 40k) from resellers')).toEqual([['amount', '40000']]);
    expect(read('purchases above 900 since May')).toEqual([['amount', '900']]);
    expect(read('charges with a total under 15')).toEqual([['amount', '15']]);
    expect(read('resellers that spent over 30k in Q1')).toEqual([['amount', '30000']]);
    expect(read('resellers with more than 4 purchases')).toEqual([]);
    expect(read('purchases over 12 times')).toEqual([]);
    expect(read('deals above 7.5k this spring')).toEqual([['amount', '7500']]);
    expect(read('refunds larger than 600 in May')).toEqual([['amount', '600']]);
  });

  it('reads a number compared after things sold at a price, placed by a few words, as their price', () => {
    expect(read('goods from the garden range below 35')).toEqual([['amount', '35']]);
    expect(read('skus over 80')).toEqual([['amount', '80']]);
    // A condition of its own after the things keeps its number: it counts, or it is no price.
    expect(read('items that sold over 80 times')).toEqual([]);
    expect(read('articles with over 12 reviews')).toEqual([]);
    expect(read('goods above 40 page_view rows')).toEqual([]);
  });

  it('reads "bigger than" and "smaller than" before an amount as a comparison', () => {
    expect(readBusinessValues('payouts bigger than CHF 80', new SpanSet())).toMatchObject([
      { kind: 'amount', value: '80', currency: 'CHF' },
    ]);
  });

  it('reads a currency said by its two-word name as its ISO code, and the name as no country', () => {
    expect(read('invoices in Swiss francs, biggest first')).toEqual([['currency', 'CHF']]);
    expect(read('refunds in Mexican pesos over 250')).toEqual([['amount', '250', 'MXN']]);
    expect(read('payouts in US dollars last week')).toEqual([['currency', 'USD']]);
  });

  it('reads amounts with symbols, codes and words, scaled and in plain decimal', () => {
    expect(
      read('orders over $500, refunds above 100 EUR, totals over 1,000 dollars, deals of £2.5k and €1.25'),
    ).toEqual([
      ['amount', '500', 'USD'],
      ['amount', '100', 'EUR'],
      ['amount', '1000', 'USD'],
      ['amount', '2500', 'GBP'],
      ['amount', '1.25', 'EUR'],
    ]);
  });

  it('reads an amount written in words', () => {
    expect(read('payments of more than five thousand dollars')).toEqual([['amount', '5000', 'USD']]);
  });

  it('reads statuses in one spelling, and not "failed to" or Active Directory', () => {
    expect(read('canceled or unpaid orders; jobs that failed to start; Active Directory users')).toEqual([
      ['status', 'cancelled'],
      ['status', 'unpaid'],
    ]);
  });

  it('reads states of rows out of use or in use ("discontinued", "retired", "live"), not "live" as where one lives', () => {
    expect(read('discontinued items and retired staff')).toEqual([
      ['status', 'discontinued'],
      ['status', 'retired'],
    ]);
    expect(read('how many live listings per shelf')).toEqual([['status', 'live']]);
    expect(read('patrons who live in Oslo; members that live abroad')).toEqual([]);
    expect(read('deals over 3k closed in May')).toEqual([['amount', '3000']]);
    // "past due" is a condition on the due date (the SQL builder's DUE), not a status value.
    expect(read('past-due bills and fees past due')).toEqual([]);
  });

  it('reads a sign-in said as a failed verb ("failed to log in") as the failure status', () => {
    expect(read('hosts where the kiosk account failed to log on')).toEqual([['status', 'failed']]);
    expect(read('which devices failed to authenticate; backups that failed to run')).toEqual([['status', 'failed']]);
  });

  it('reads firewall actions and severities', () => {
    expect(read('blocked connections and high severity alerts or severity: critical')).toEqual([
      ['action', 'blocked'],
      ['severity', 'high'],
      ['severity', 'critical'],
    ]);
  });

  it('reads a range said of money without a currency ("priced between 8 and 12"), not a range of other numbers', () => {
    expect(readBusinessValues('lamps priced between 8 and 12', new SpanSet())).toMatchObject([
      { kind: 'amount', value: '8', operator: 'gte', currency: null },
      { kind: 'amount', value: '12', operator: 'lte', currency: null },
    ]);
    expect(read('tenants aged between 30 and 40')).toEqual([]);
  });

  it('reads capitalised countries and codes, not common words', () => {
    expect(read('sign-ins from Russia or the UK, not from us; a turkey sandwich; users in South Korea')).toEqual([
      ['country', 'Russia'],
      ['country', 'United Kingdom'],
      ['country', 'South Korea'],
    ]);
  });

  it('reads a country beyond the common ones by its ISO name, written capitalised after a place word', () => {
    expect(read('shops based in Malta or Iceland, and invoices from Sri Lanka')).toEqual([
      ['country', 'Malta'],
      ['country', 'Iceland'],
      ['country', 'Sri Lanka'],
    ]);
    expect(read('refunds Chad signed off; the malta drink order')).toEqual([]);
    expect(countryCode('Malta')).toBe('MT');
  });

  it('reads a country written as its code after a place word, not a code that is also a word', () => {
    expect(read('vpn sessions from KP, IR or SY this quarter')).toEqual([
      ['country', 'North Korea'],
      ['country', 'Iran'],
      ['country', 'Syria'],
    ]);
    expect(read('logons from IT and HR laptops, PL rows')).toEqual([]);
  });

  it('reads a version number that ends an app signed in to as part of its name, not a count after it', () => {
    expect(read('how many sign-ins to Sage 200 today')).toEqual([['app', 'Sage 200']]);
    expect(read('failed logins to Workday 3 times or more today')).toContainEqual(['app', 'Workday']);
    expect(read('failed logins to Workday 3 times or more today')).not.toContainEqual(['app', 'Workday 3']);
  });

  it('reads app names the question marks as apps, not product words', () => {
    expect(
      read('sign-ins to the Salesforce app and the application Microsoft Teams, new Azure AD application consent'),
    ).toEqual([
      ['app', 'Salesforce'],
      ['app', 'Microsoft Teams'],
    ]);
  });

  it('reads capitalised words ending in a web app noun after a place word as an app, in a question about sign-ins', () => {
    expect(read('sign-in errors on the Rota Planner Dashboard since friday')).toContainEqual([
      'app',
      'Rota Planner Dashboard',
    ]);
    // A well-known app is left to the readers of those (a part of the name); no sign-ins, no app.
    const known = readBusinessValues('sign-in errors on the Azure Portal', new SpanSet()).find((h) => h.kind === 'app');
    expect(known?.operator).toBe('contains');
    expect(read('tickets raised on the Rota Planner Dashboard')).toEqual([]);
  });

  it('reads a vendor product after a word of exclusion as an app, in a question about apps or sign-ins', () => {
    expect(read('busiest apps by logins this month, apart from the Google Drive sync')).toEqual([
      ['app', 'Google Drive'],
    ]);
    expect(read('conditional access failures per app except Zoom Rooms')).toContainEqual(['app', 'Zoom Rooms']);
    // No apps or sign-ins in the question: a product is not an app to exclude.
    expect(read('invoices excluding Adobe Acrobat licences')).toEqual([]);
  });

  it('reads a well-known app reached or accessed in a question about sign-ins, and no app elsewhere', () => {
    expect(read('from the sign-in logs: accounts that accessed outlook from two countries')).toEqual([
      ['app', 'Outlook'],
    ]);
    expect(read('who reached the salesforce app this week, per the login records')).toEqual([['app', 'Salesforce']]);
    expect(read('hosts that reached the Azure Portal over the proxy')).toEqual([]);
  });

  it('reads a well-known app said as where sign-ins happened, a common word only when capitalised', () => {
    expect(read('login timeouts on ServiceNow per day, from the sign-in table')).toContainEqual(['app', 'ServiceNow']);
    expect(read('interactive sign-ins in dropbox since Sunday')).toContainEqual(['app', 'Dropbox']);
    expect(read('sign-in prompts for Zoom this morning')).toContainEqual(['app', 'Zoom']);
    expect(read('sign-ins for teams of contractors this month')).not.toContainEqual(['app', 'Teams']);
  });

  it('reads no app from a verb of asking that opens a sentence before sign-ins ("Review sign-ins …")', () => {
    expect(read('Phish reported. Review sign-ins in Entra since noon')).toEqual([]);
    expect(read('Fetch logins of the kiosk users')).toEqual([]);
  });

  it('reads the remote-access gateway signed in to as an app, by its kind or its product', () => {
    expect(read('rejected log ins to the vpn from abroad')).toContainEqual(['app', 'VPN']);
    expect(read('globalprotect logons per hour since noon')).toEqual([['app', 'GlobalProtect']]);
    expect(read('staff authenticating via NetGate Portal on monday')).toEqual([['app', 'NetGate Portal']]);
    expect(read('who logged in through Gatekeeper yesterday')).toEqual([['app', 'Gatekeeper']]);
  });

  it('reads the identity provider or MFA service a login goes through as the app signed in to', () => {
    expect(read('rejected onelogin log-ons by team since friday')).toContainEqual(['app', 'OneLogin']);
    expect(read('unanswered duo push per device over the weekend')).toEqual([['app', 'Duo']]);
    expect(read('OKTA mfa prompts declined by contractors')).toContainEqual(['app', 'Okta']);
    // The provider said with no login after it is no app.
    expect(read('new groups created in okta this month')).toEqual([]);
  });

  it('reads an app whose name begins with an initialism, never the initialism alone', () => {
    expect(read('logins to the QA Dashboard since noon')).toEqual([['app', 'QA Dashboard']]);
    expect(read('IT Helpdesk sign-ins from Chile')).toContainEqual(['app', 'IT Helpdesk']);
    expect(read('logins to the ERP from abroad')).toEqual([]);
  });

  it('reads "fail to" as the failed outcome, and no one named "fail" after "each user"', () => {
    expect(read('how often did each user fail to unlock the kiosk')).toEqual([['status', 'failed']]);
  });

  it('reads a well-known app a sign-in went through ("logged in via the vpn", "signing in over anyconnect")', () => {
    expect(read('distinct accounts that logged in via the vpn on friday')).toContainEqual(['app', 'VPN']);
    expect(read('staff signing in over anyconnect this week')).toContainEqual(['app', 'AnyConnect']);
  });

  it('reads an initialism before a plain noun of a web app ("the QA portal") as the app with that noun', () => {
    expect(read('sign-ins to the PTO portal since noon')).toEqual([['app', 'PTO portal']]);
    expect(read('failed logins to the LMS site this week')).toContainEqual(['app', 'LMS site']);
  });

  it('reads the app a question signs in to, not a platform or a machine', () => {
    expect(read('distinct IPs signing in to Microsoft Teams, last 24 hours')).toEqual([['app', 'Microsoft Teams']]);
    expect(read('logins into the Workday portal yesterday')).toEqual([['app', 'Workday']]);
    expect(read('sign-ins to Azure from Germany')).toEqual([['country', 'Germany']]);
    expect(read('logons to Entra ID and to WKS-042')).toEqual([]);
  });

  it('reads an app whose name starts with a small letter before a capital as the app signed in to', () => {
    expect(read('people who signed in to eLedger since friday')).toEqual([['app', 'eLedger']]);
    expect(read('xDesk logins by country')).toEqual([['app', 'xDesk']]);
  });

  it('reads a vendor product named after "for" in a sign-in question as the app, not a person', () => {
    expect(read('login failures for Google Workspace since Monday, per country')).toContainEqual([
      'app',
      'Google Workspace',
    ]);
    expect(read('risky sign-ins for Adobe Acrobat Sign today')).toEqual([['app', 'Adobe Acrobat Sign']]);
    expect(read('failed sign-ins for Maria Lopez today')).not.toContainEqual(['app', 'Maria Lopez']);
    expect(read('licences bought for Google Workspace')).toEqual([]);
  });

  it('reads a vendor product of four words after "to" whole ("Office 365 SharePoint Online")', () => {
    expect(read('failed sign-ins to Office 365 SharePoint Online today')).toContainEqual([
      'app',
      'Office 365 SharePoint Online',
    ]);
  });

  it('reads each well-known app left out of a sign-in question, named whole', () => {
    expect(read('logins from the lab subnet except to slack or webex')).toEqual([
      ['app', 'Slack'],
      ['app', 'Webex'],
    ]);
    expect(read('sign-ins today but not into jira.')).toEqual([['app', 'Jira']]);
  });

  it('reads an app left out with "not counting", "ignoring" or "aside from", and people signing "into" apps', () => {
    expect(read('apps the interns sign into, not counting zoom')).toEqual([['app', 'Zoom']]);
    expect(read('which apps do we log into most, ignoring Microsoft Teams')).toEqual([['app', 'Microsoft Teams']]);
    expect(read('top apps by sign-ins aside from Google Drive')).toEqual([['app', 'Google Drive']]);
  });

  it('reads an app of any name left out of a sign-in question, said as where they went or in CamelCase', () => {
    expect(read('logins this week but not into Xero, by app')).toEqual([['app', 'Xero']]);
    expect(read('sign-ins since monday excluding NetSuite')).toEqual([['app', 'NetSuite']]);
    expect(read('sign-ins since monday except Maria')).toEqual([]);
  });

  it('reads an app that opens a sign-in question as its topic, in CamelCase or set apart by a colon or a dash', () => {
    expect(read('PagerDuty over the weekend: logins per person')).toEqual([['app', 'PagerDuty']]);
    expect(read('Xero - sign-ins from abroad this month')).toEqual([['app', 'Xero']]);
    expect(read('Yesterday: sign-ins from abroad')).toEqual([]);
    expect(read('PagerDuty incidents over the weekend')).toEqual([]);
  });

  it('reads the app named before the word sign-in ("Zendesk sign-ins"), not the kind of sign-in', () => {
    expect(read('how many Zendesk sign-ins this week')).toEqual([['app', 'Zendesk']]);
    expect(read('Risky sign-ins by country')).toEqual([]);
    expect(read('Failed logins for Entra today')).toEqual([['status', 'failed']]);
    // An identity provider before the sign-in noun is what was logged into.
    expect(read('Okta logins yesterday')).toEqual([['app', 'Okta']]);
  });

  it('reads the Microsoft 365 workload activity comes from as its app, and "fails" as failed', () => {
    expect(read('files downloaded from SharePoint last week')).toEqual([['app', 'SharePoint']]);
    expect(read('files shared in onedrive/sharepoint today')).toEqual([
      ['app', 'OneDrive'],
      ['app', 'SharePoint'],
    ]);
    expect(read('sharing in OneDrive for Business')).toEqual([['app', 'OneDrive']]);
    expect(read('auth fails for bob')).toEqual([['status', 'failed']]);
  });

  it('reads a workload files were put into ("saved to", "copied into") as its app', () => {
    expect(read('documents saved to SharePoint by contractors')).toEqual([['app', 'SharePoint']]);
    expect(read('what got copied into onedrive yesterday')).toEqual([['app', 'OneDrive']]);
  });

  it('reads a country written with a lower-case "the" before its capitalised name, after any words', () => {
    expect(read('every region except the Netherlands or Belgium')).toEqual([
      ['country', 'Netherlands'],
      ['country', 'Belgium'],
    ]);
    expect(read('the netherlands team')).toEqual([]);
  });

  it('reads a workload named before what it holds, in any case, as its app', () => {
    expect(read('onedrive folders moved by the intern')).toEqual([['app', 'OneDrive']]);
    expect(read('Exchange Online mailbox changes since Monday')).toEqual([['app', 'Exchange']]);
    expect(read('exchange administrator operations')).toEqual([['app', 'Exchange']]);
    expect(read('foreign exchange rates by day')).toEqual([]);
  });

  it('reads both workloads of a pair named before what they hold, never only one', () => {
    expect(read('exchange/onedrive logs touched by the contractor')).toEqual([
      ['app', 'Exchange'],
      ['app', 'OneDrive'],
    ]);
    expect(read('Exchange Online or SharePoint changes since Monday')).toEqual([
      ['app', 'Exchange'],
      ['app', 'SharePoint'],
    ]);
  });

  it("reads a country's adjective before a noun of people, records or traffic, not before a language's nouns", () => {
    expect(read('Swiss buyers with unpaid invoices')).toEqual([
      ['country', 'Switzerland'],
      ['status', 'unpaid'],
    ]);
    expect(read('logins from japanese ip addresses')).toEqual([['country', 'Japan']]);
    expect(read('Polish translation backlog')).toEqual([]);
  });

  it('reads a customer segment said before the customers it qualifies, as a value of the segment', () => {
    expect(read('top 3 SMB customers by spend')).toEqual([['text', 'smb']]);
    expect(read('mid-market accounts that churned last quarter')).toEqual([
      ['text', 'mid-market'],
      ['status', 'churned'],
    ]);
    expect(read('enterprise apps registered in the tenant')).toEqual([]);
    expect(read('which government buyers signed up in May')).toEqual([['text', 'government']]);
    expect(read('count of nonprofit clients per country')).toEqual([['text', 'nonprofit']]);
  });

  it('reads files "dropped" somewhere as written there, not as a firewall verdict', () => {
    expect(read('payloads dropped into the startup folder')).toEqual([]);
    expect(read('connections dropped at the edge')).toEqual([['action', 'dropped']]);
  });

  it('reads "paid" before an amount as the verb of spending, not the status', () => {
    expect(read('clients that paid over 300 in May')).toEqual([['amount', '300']]);
    expect(read('paid invoices above 300')).toEqual([
      ['status', 'paid'],
      ['amount', '300'],
    ]);
  });

  it('reads a range of amounts with the currency said on either end as both bounds in that currency', () => {
    const range = readBusinessValues('refunds between 20 and 75 GBP', new SpanSet());

    expect(range.map((h) => [h.value, h.currency, h.operator])).toEqual([
      ['20', 'GBP', 'gte'],
      ['75', 'GBP', 'lte'],
    ]);
    expect(readBusinessValues('between 2 and 4 retries', new SpanSet())).toEqual([]);
  });

  it('reads a verdict said as a noun or a present verb ("firewall blocks", "denials")', () => {
    expect(read('firewall blocks per rule')).toEqual([['action', 'blocked']]);
    expect(read('denials from the internet')).toEqual([['action', 'denied']]);
    expect(read('powershell script blocks on the jump box')).toEqual([]);
  });

  it('reads a Microsoft 365 workload written in lower case, not "in exchange for"', () => {
    expect(read('links shared from onedrive this week')).toEqual([['app', 'OneDrive']]);
    expect(read('what did we get in exchange for the refund')).toEqual([]);
  });

  it('reads a role said after "with the", and churned as a status', () => {
    expect(read('accounts with the editor role')).toEqual([['text', 'editor']]);
    expect(read('churned subscribers by plan')).toEqual([['status', 'churned']]);
  });

  it('reads a role said after "w/", the shorthand of "with", but not one inside a path', () => {
    expect(read('members w/ role curator added today')).toEqual([['text', 'curator']]);
    expect(read('staff w/ the role editor')).toEqual([['text', 'editor']]);
    expect(read('files under /srv/www/ role notes')).toEqual([]);
  });

  it('reads a role the people are said to hold ("who hold the viewer role", "held the curator role")', () => {
    expect(read('members who hold the viewer role')).toEqual([['text', 'viewer']]);
    expect(read('staff that held the curator role')).toEqual([['text', 'curator']]);
  });

  it('leaves spans already read alone', () => {
    const taken = new SpanSet();
    taken.add(0, 6);

    expect(readBusinessValues('failed logons', taken)).toEqual([]);
  });
});

describe('readBusinessValues: apps named as alternatives', () => {
  it('reads every app named after an app signed in to, joined by "or" or commas', () => {
    expect(read('sign-ins to the Kiosk Portal or Kiosk CLI today')).toEqual([
      ['app', 'Kiosk Portal'],
      ['app', 'Kiosk CLI'],
    ]);
  });

  it('reads no store searched, nor a lower-case word, as an app alternative', () => {
    expect(read('sign-ins to the Kiosk Portal or Splunk today')).toEqual([['app', 'Kiosk Portal']]);
    expect(read('sign-ins to the Kiosk Portal or anything else')).toEqual([['app', 'Kiosk Portal']]);
  });
});

describe('countryCode', () => {
  it('gives the ISO code of a name or alias', () => {
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('uae')).toBe('AE');
    expect(countryCode('Atlantis')).toBeUndefined();
  });

  it('should read "deactivated" as a state of the rows', () => {
    expect(read('deactivated members of the chess club')).toEqual([['status', 'deactivated']]);
  });

  it('should read a role said in parentheses after the word "role", and the app\'s admins as the admin role', () => {
    expect(read('members (role curator) added in March')).toEqual([['text', 'curator']]);
    expect(read('our app administrators by team')).toEqual([['text', 'admin']]);
  });

  it('should read admins said as people of their own as the admin role', () => {
    expect(readRolePeople('how many administrators in each office', new SpanSet())).toEqual([
      expect.objectContaining({ kind: 'text', value: 'admin', hint: 'role' }),
    ]);
    expect(readRolePeople('the admin console', new SpanSet())).toEqual([]);
  });
});

describe('saysMoneyAmount', () => {
  it('is true for an amount written with its currency, whichever side it stands', () => {
    expect(saysMoneyAmount('payouts over €70 this week')).toBe(true);
    expect(saysMoneyAmount('refunds above 40 Swiss francs')).toBe(true);
    expect(saysMoneyAmount('charges of SEK 900')).toBe(true);
  });

  it('is false for numbers that are no money', () => {
    expect(saysMoneyAmount('hosts with over 70 failed logons on port 445')).toBe(false);
  });
});

describe('joinSpacedThousands', () => {
  it('joins the groups of an amount written with spaces for thousands, beside money, keeping the length', () => {
    expect(joinSpacedThousands('refunds above 14 750 SEK')).toBe('refunds above 14,750 SEK');
    expect(joinSpacedThousands('payouts of 2 300 500 NOK')).toBe('payouts of 2,300,500 NOK');
    expect(joinSpacedThousands('charges over 6 400 this spring')).toBe('charges over 6,400 this spring');
    expect(joinSpacedThousands('fees below € 3 250')).toBe('fees below € 3,250');
  });

  it('leaves numbers side by side that are no amount of money', () => {
    expect(joinSpacedThousands('the top 5 200 status codes')).toBe('the top 5 200 status codes');
    expect(joinSpacedThousands('port 8 443 on host 3')).toBe('port 8 443 on host 3');
  });

  it('lets the amount readers see one number with its currency', () => {
    expect(read(joinSpacedThousands('rebates above 9 900 PLN'))).toEqual([['amount', '9900', 'PLN']]);
  });
});

describe('readBusinessValues, a currency code alone in brackets', () => {
  it('reads the code as the currency of the whole question', () => {
    expect(read('the five biggest wholesalers by takings this spring (NOK)')).toEqual([['currency', 'NOK']]);
  });

  it('reads it as the currency of an amount compared', () => {
    expect(read('wholesalers that paid over 800 (DKK)')).toEqual([['amount', '800', 'DKK']]);
  });
});

describe('readRolePeople, roles said as people of an app', () => {
  it('reads the role of people said to be in or of an app, in the singular', () => {
    expect(readRolePeople('reviewers of the wiki app with no sign-in since spring', new SpanSet())).toEqual([
      expect.objectContaining({ kind: 'text', value: 'reviewer', hint: 'role' }),
    ]);
    expect(readRolePeople('curators in our catalogue app', new SpanSet())).toEqual([
      expect.objectContaining({ value: 'curator' }),
    ]);
  });

  it('reads no role from the same words said of no app', () => {
    expect(readRolePeople('editors of the weekly bulletin', new SpanSet())).toEqual([]);
  });
});

describe('readBusinessValues, an app named in lower case', () => {
  it('reads the words before "app" after a word of where sign-ins went, but not a kind of app', () => {
    expect(read('sign-ins to the rota planner app since friday')).toEqual([['app', 'rota planner']]);
    expect(read('failed logins for the timesheets application overnight')).toContainEqual(['app', 'timesheets']);
    expect(read('sign-ins from the mobile app overnight')).toEqual([]);
    expect(read('installs of the timesheets app overnight')).toEqual([]);
  });

  it("reads errors of a cloud's API ('CloudTrail API errors') as the calls that failed", () => {
    expect(read('Which AWS regions had the most CloudTrail API errors this month?')).toContainEqual([
      'status',
      'failed',
    ]);
    expect(read('count api call errors per user today')).toContainEqual(['status', 'failed']);
    expect(read('Which AWS regions had the most CloudTrail API calls this month?')).toEqual([]);
  });

  it('reads a share named before "share" as text searched for, and a title inside an app\'s name as no role', () => {
    expect(read('object-access events against the MedicalRecords file share yesterday')).toContainEqual([
      'text',
      'MedicalRecords',
    ]);
    expect(read('who touched the ADMIN$ share')).toContainEqual(['text', 'ADMIN$']);
    expect(read('files on any Windows file share')).toEqual([]);
    expect(read('who signed in to the CIS Billing Admin app')).not.toContainEqual(['text', 'Billing Administrator']);
    expect(read('who was made Billing Admin this week')).toContainEqual(['text', 'Billing Administrator']);
  });

  it('reads "most active" as a ranking, no state', () => {
    expect(read('accounts with the most events, most active first')).toEqual([]);
    expect(read('active accounts with the most events')).toContainEqual(['status', 'active']);
  });
});
