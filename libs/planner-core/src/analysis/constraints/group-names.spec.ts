import { readGroupNames } from './group-names';
import { SpanSet } from './value-hit';

const names = (text: string) => readGroupNames(text, new SpanSet()).map((hit) => hit.value);

describe('readGroupNames', () => {
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
