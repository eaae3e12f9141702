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

describe('fixUnableToSignIn with getting in', () => {
  it('writes not getting into something as a failed sign-in to it', () => {
    expect(fixUnableToSignIn('staff who could not get into the Rota app')).toBe(
      'staff who failed to sign in to the Rota app',
    );
    expect(fixUnableToSignIn('ppl who couldnt get in 3 times')).toBe('ppl who failed to sign in 3 times');
    expect(fixUnableToSignIn('who was unable to get in to Payroll')).toBe('who failed to sign in to Payroll');
  });

  it('writes failing to get into something as a failed sign-in to it', () => {
    expect(fixUnableToSignIn('how often did people fail to get into their work accounts')).toBe(
      'how often did people failed to sign in to their work accounts',
    );
    expect(fixUnableToSignIn('staff who failed to get onto the VPN')).toBe('staff who failed to sign in to the VPN');
    expect(fixUnableToSignIn('who failed to get into the server room')).toBe('who failed to get into the server room');
  });

  it('leaves places one could not get into and other things one could not get', () => {
    expect(fixUnableToSignIn('who could not get into the server room')).toBe('who could not get into the server room');
    expect(fixUnableToSignIn('who could not get a token')).toBe('who could not get a token');
    expect(fixUnableToSignIn('how many sign-ins did we get in each hour')).toBe(
      'how many sign-ins did we get in each hour',
    );
  });

  it('reads being turned away as failing to sign in only where signing in is spoken of', () => {
    expect(fixUnableToSignIn('who could not log in to Rota and how often they were turned away')).toBe(
      'who failed to log in to Rota and how often they failed to sign in',
    );
    expect(fixUnableToSignIn('connections that were turned away by the firewall')).toBe(
      'connections that were turned away by the firewall',
    );
  });
});
