import { FISCAL_YEAR_CODE, fiscalYearValue, saysFiscalYearCode } from './fiscal-year.util';

describe('fiscal year codes', () => {
  const years = (text: string): string[] => [...text.matchAll(FISCAL_YEAR_CODE)].map((m) => fiscalYearValue(m[1]!));

  it('reads a fiscal year said as a code or in short, in two or four digits', () => {
    expect(years('grants for FY2027 and FY 31, fiscal 2029, FY-28, fiscal yr 2030')).toEqual([
      '2027',
      '2031',
      '2029',
      '2028',
      '2030',
    ]);
  });

  it('reads no fiscal year in a date, a version or a plain calendar year', () => {
    expect(years('FY27.5 build, fiscal 2029-03-01, spend in 2029')).toEqual([]);
    expect(saysFiscalYearCode('spend in 2029')).toBe(false);
    expect(saysFiscalYearCode('Orchard outlays FY29')).toBe(true);
  });

  it("reads no fiscal year in a file's or a path's name", () => {
    expect(years('who edited Orchard-Plan-FY28.docx, budget_fy2027.pptx or /share/fy29/ledger today')).toEqual([]);
    expect(years('Orchard spend for FY28.')).toEqual(['2028']);
  });
});
