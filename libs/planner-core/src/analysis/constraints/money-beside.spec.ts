import { asksMoneyBesideUnits } from './money-beside';

describe('asksMoneyBesideUnits', () => {
  it('reads money asked beside a number of units, in either order', () => {
    expect(asksMoneyBesideUnits('per brand: how many items went out last week, and for how much?')).toBe(true);
    expect(asksMoneyBesideUnits('quantity shipped plus the total revenue, by warehouse')).toBe(true);
    expect(asksMoneyBesideUnits('sales by store along with the number of units')).toBe(true);
    expect(asksMoneyBesideUnits('Kids toys, past month: pieces sold + takings per item')).toBe(true);
    expect(asksMoneyBesideUnits('turnover & units for each shop')).toBe(true);
  });

  it('reads a total said with how it is worked out, quantity times price, as money', () => {
    expect(asksMoneyBesideUnits('per category: items sold and the hammer total (quantity times price)')).toBe(true);
    expect(asksMoneyBesideUnits('units and the line value (qty x unit price) for each store')).toBe(true);
    expect(asksMoneyBesideUnits('items sold and the hammer total per lot')).toBe(false);
  });

  it('reads things sold by the piece, said as sold, as units', () => {
    expect(asksMoneyBesideUnits('best events by seats sold this season, and the takings')).toBe(true);
    expect(asksMoneyBesideUnits('open tickets and the amount refunded')).toBe(false);
  });

  it('should read nothing when only one of the two is asked', () => {
    expect(asksMoneyBesideUnits('how many units did each brand ship last week?')).toBe(false);
    expect(asksMoneyBesideUnits('revenue by store and region')).toBe(false);
  });
});
