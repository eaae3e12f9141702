import { operationFilter } from './operation-words.util';

describe('operationFilter', () => {
  it('maps a Microsoft 365 verb to its operations on a source with an Operation column', () => {
    expect(operationFilter('OfficeActivity', ['Operation'], 'files downloaded yesterday')).toEqual({
      column: 'Operation',
      values: ['FileDownloaded'],
    });
    expect(operationFilter('o365', ['Operation'], 'who created inbox rules')?.values).toContain('New-InboxRule');
  });

  it('should return null for other sources, a source without the column, or no known verb', () => {
    expect(operationFilter('SigninLogs', ['Operation'], 'downloaded')).toBeNull();
    expect(operationFilter('OfficeActivity', [], 'downloaded')).toBeNull();
    expect(operationFilter('OfficeActivity', ['Operation'], 'activity by alice')).toBeNull();
  });
});
