import { readWhichSubject } from './which-subject';

describe('readWhichSubject: a place or group after the subject', () => {
  it('should read the noun before "in <place>", not the place', () => {
    expect(readWhichSubject('which suppliers in Norway had late deliveries?')?.noun).toBe('suppliers');
  });

  it('should read the noun before "from <group>"', () => {
    expect(readWhichSubject('Which contractors from the Ops team did more than 4 exports')?.noun).toBe('contractors');
  });
});
