import { readNobodyBought } from './nobody-did';
import { readAbsence } from './measure-words';

describe('readNobodyBought', () => {
  it('reads the subject of a clause where nobody bought it', () => {
    expect(readNobodyBought('items no one has purchased since March')).toMatchObject({ subject: 'items' });
    expect(readNobodyBought('which plans did nobody order this quarter')).toMatchObject({ subject: 'plans' });
    expect(readNobodyBought('skus that are in stock but nobody buys them')).toMatchObject({ subject: 'skus' });
  });

  it('should read nothing when somebody bought, or nobody did something else', () => {
    expect(readNobodyBought('items everyone bought last week')).toBeNull();
    expect(readNobodyBought('tickets nobody answered')).toBeNull();
  });
});

describe('readAbsence, never sold', () => {
  it('reads things never sold as their sales absent', () => {
    expect(readAbsence('gadgets never sold in spring', () => true)).toMatchObject({ of: 'sale', subject: 'gadget' });
    expect(readAbsence('which items were never sold', () => true)).toMatchObject({ of: 'sale', subject: 'item' });
  });
});

describe('readAbsence, nobody bought', () => {
  it('reads the absence of the subject’s sales', () => {
    expect(readAbsence('listed items but nobody bought them in 90 days', () => true)).toMatchObject({
      of: 'sale',
      subject: 'item',
    });
  });
});
