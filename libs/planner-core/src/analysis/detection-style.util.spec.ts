import { detectionStyleMarks } from './detection-style.util';

describe('detectionStyleMarks', () => {
  it('reads the marks of a detection rule summary', () => {
    expect(detectionStyleMarks('This analytic flags a printer queue renamed twice in an hour.')).toEqual([
      'calls itself an analytic',
    ]);
    expect(
      detectionStyleMarks(
        'Spot unsigned drivers loaded at boot, leveraging kernel audit data, focusing on the loader path.',
      ),
    ).toEqual(['says what data it leverages', 'narrows what it watches']);
    expect(detectionStyleMarks('Catch scheduled jobs that wipe logs, specifically those run as SYSTEM.')).toEqual([
      'narrows what it watches',
    ]);
  });

  it('reads none in a hunting query or a business question', () => {
    expect(detectionStyleMarks('Look for machines where the backup agent stopped twice this week')).toEqual([]);
    expect(detectionStyleMarks('This query lists sign-ins from new countries per user')).toEqual([]);
    expect(detectionStyleMarks('Which vendors are leveraging our discount tier the most?')).toEqual([]);
  });
});
