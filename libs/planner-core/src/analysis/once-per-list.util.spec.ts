import { oncePerList } from './once-per-list.util';

describe('oncePerList', () => {
  it('searches a list once, however often it is asked', () => {
    const find = jest.fn((entries: readonly { n: number }[]) => entries.find((e) => e.n > 1));
    const search = oncePerList(find);
    const entries = [{ n: 1 }, { n: 2 }];

    expect(search(entries)).toBe(entries[1]);
    expect(search(entries)).toBe(entries[1]);
    expect(find).toHaveBeenCalledTimes(1);
  });

  it('remembers that a list holds nothing, and searches another list anew', () => {
    const find = jest.fn((entries: readonly { n: number }[]) => entries.find((e) => e.n > 1));
    const search = oncePerList(find);
    const empty = [{ n: 0 }];

    expect(search(empty)).toBeUndefined();
    expect(search(empty)).toBeUndefined();
    expect(search([{ n: 5 }])).toEqual({ n: 5 });
    expect(find).toHaveBeenCalledTimes(2);
  });
});
