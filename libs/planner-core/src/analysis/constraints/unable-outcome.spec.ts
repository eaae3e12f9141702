import { extractConstraints } from './extract-constraints';
import { fixUnableToSignIn } from './unable-outcome';

describe('fixUnableToSignIn', () => {
  it('writes an inability to sign in as a failure, with or without the apostrophe', () => {
    expect(fixUnableToSignIn('folks who cant log on to the kiosk')).toBe('folks who failed to log on to the kiosk');
    expect(fixUnableToSignIn("interns that couldn't signin at noon")).toBe('interns that failed to signin at noon');
    expect(fixUnableToSignIn('who was unable to sign into Quillpad')).toBe('who failed to sign in to Quillpad');
    expect(fixUnableToSignIn('tellers that were not able to authenticate')).toBe('tellers that failed to authenticate');
  });

  it('leaves other inabilities and sign-ins that worked', () => {
    expect(fixUnableToSignIn('printers that could not print')).toBe('printers that could not print');
    expect(fixUnableToSignIn('who signed in to Quillpad')).toBe('who signed in to Quillpad');
  });
});

describe('extractConstraints with an inability to sign in', () => {
  const signins = { table: 'Logons', columns: ['TimeGenerated', 'UserPrincipalName', 'AppDisplayName', 'ResultType'] };

  it('reads the failure status', () => {
    const c = extractConstraints({
      text: 'how many tellers couldnt log in to Quillpad this morning',
      tables: [signins],
    });
    expect(c.filters.filter((f) => f.kind === 'status').map((f) => f.values)).toEqual([['failed']]);
  });
});
