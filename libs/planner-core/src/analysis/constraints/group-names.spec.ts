import { readGroupNames } from './group-names';
import { SpanSet } from './value-hit';

const read = (text: string) => readGroupNames(text, new SpanSet()).map((h) => [h.kind, h.value, h.operator]);

describe('readGroupNames', () => {
  it("reads a directory's well-known privileged group in any case, in its usual spelling", () => {
    expect(read('anyone put into enterprise admins this month?')).toEqual([['text', 'Enterprise Admins', 'contains']]);
    expect(read('changes to DNSADMINS membership')).toEqual([['text', 'DnsAdmins', 'contains']]);
  });

  it('leaves a group name quoted whole to the quoted values (a string searched for)', () => {
    expect(read('net commands that mention "domain admins" today')).toEqual([]);
    expect(read('who joined "domain admins today')).toEqual([['text', 'Domain Admins', 'contains']]);
  });

  it('reads a capitalised name before the word group, without the words that say whose group it is', () => {
    expect(read('who joined the Tier0 Servers group last week')).toEqual([['text', 'Tier0 Servers', 'contains']]);
    expect(read('members added to the Azure AD Finance Approvers group')).toEqual([
      ['text', 'Finance Approvers', 'contains'],
    ]);
  });

  it('should read no name from words that only say what kind of group it is', () => {
    expect(read('Which Security group changed? and the resource group rg-x')).toEqual([]);
    expect(read('users added to a group')).toEqual([]);
  });
});

const names = (text: string) => readGroupNames(text, new SpanSet()).map((hit) => hit.value);

describe('readGroupNames in membership questions', () => {
  it.each([
    ['who was added to the Domain Admins group on Friday', ['Domain Admins']],
    ['members removed from the local Remote Desktop Users group (4733)', ['Remote Desktop Users']],
    ['4728 events for the Backup Operators security group', ['Backup Operators']],
  ])('reads the group a membership question names: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads no kind of group as its name, and nothing outside a membership question', () => {
    expect(names('users added to a Security group this week')).toEqual([]);
    expect(names('sign-ins from the Finance group laptops')).toEqual([]);
  });
});
