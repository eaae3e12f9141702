import { withoutValuesInCounts } from './count-gap';
import type { ValueHit } from './value-hit';

const hit = (text: string, value: string, kind: ValueHit['kind'] = 'text'): ValueHit => {
  const start = text.indexOf(value);
  return { kind, value, start, end: start + value.length };
};

describe('withoutValuesInCounts', () => {
  it('blanks a value between a count and its noun, keeping every offset', () => {
    const text = 'members who made over 15 "refund_request" tickets';
    const out = withoutValuesInCounts(text, [hit(text, '"refund_request"')]);
    expect(out).toBe('members who made over 15                  tickets');
    expect(out.length).toBe(text.length);
  });

  it('blanks a value after a count said in words after a comparison, but not after a lone number word', () => {
    const text = "members who filed more than seven 'refund_request' tickets";
    expect(withoutValuesInCounts(text, [hit(text, "'refund_request'")])).toBe(
      'members who filed more than seven                  tickets',
    );
    const lone = "the one 'refund_request' ticket";
    expect(withoutValuesInCounts(lone, [hit(lone, "'refund_request'")])).toBe(lone);
  });

  it('keeps values that follow no number, or that no noun follows', () => {
    const text = 'the "refund_request" tickets, over 15 "refund_request"';
    expect(withoutValuesInCounts(text, [hit(text, '"refund_request"')])).toBe(text);
  });

  it('keeps amounts and numbers', () => {
    const text = 'more than 3 EUR 500 orders';
    expect(withoutValuesInCounts(text, [hit(text, 'EUR 500', 'amount')])).toBe(text);
  });
});
