import type { TableColumns } from './column-mapper';
import { readLowerNamesBefore } from './lower-names-before';
import { SpanSet } from './value-hit';

const members: TableColumns = { table: 'members', columns: ['member_id', 'email', 'tier', 'region', 'joined_at'] };
const read = (text: string) => readLowerNamesBefore(text, [members], new SpanSet());

describe('readLowerNamesBefore', () => {
  it('reads each lower-case name of a list said before a column as that column value', () => {
    expect(read('members with the gold or platinum tier').map((h) => [h.value, h.hint])).toEqual([
      ['gold', 'members.tier'],
      ['platinum', 'members.tier'],
    ]);
    expect(read('members from emea, apac and latam regions').map((h) => h.value)).toEqual(['emea', 'apac', 'latam']);
  });

  it('reads one name only with an article before it', () => {
    expect(read('members having the silver tier').map((h) => h.value)).toEqual(['silver']);
    expect(read('count for member tier')).toEqual([]);
  });

  it('reads no value from words that qualify the column or name a table or column', () => {
    expect(read('members with the same tier')).toEqual([]);
    expect(read('members in a different region')).toEqual([]);
    expect(read('members with the member tier')).toEqual([]);
  });

  it('reads no value from function words or aggregate words said before a column', () => {
    expect(read('points earned on median, per tier')).toEqual([]);
    expect(read('visits on average, per region')).toEqual([]);
    expect(read('members with this or that tier')).toEqual([]);
  });

  it('leaves spans another reader took', () => {
    const taken = new SpanSet();
    taken.add(18, 22);
    expect(readLowerNamesBefore('members with the gold or platinum tier', [members], taken)).toEqual([]);
  });
});
