import { writingStyle } from './writing-style.util';

describe('writingStyle', () => {
  it('reads the marks of a detection rule summary', () => {
    expect(writingStyle('This analytic flags a printer queue renamed twice in an hour.')).toEqual({
      style: 'detection rule',
      marks: ['calls itself an analytic'],
      ordinary: false,
    });
    expect(
      writingStyle('Spot unsigned drivers loaded at boot, leveraging kernel audit data, focusing on the loader path.'),
    ).toEqual({
      style: 'detection rule',
      marks: ['says what data it leverages', 'narrows what it watches'],
      ordinary: false,
    });
    expect(writingStyle('Catch scheduled jobs that wipe logs, specifically those run as SYSTEM.')).toEqual({
      style: 'detection rule',
      marks: ['narrows what it watches'],
      ordinary: true,
    });
  });

  it('reads a rule that says what the flagged activity means, or the instances it fires on', () => {
    expect(writingStyle('Spot badge readers rebooted at night. This behaviour is typical of tampering.')).toEqual({
      style: 'detection rule',
      marks: ['says what the activity means'],
      ordinary: false,
    });
    expect(writingStyle('Flag instances in which a kiosk spools to a new printer')?.style).toBe('detection rule');
  });

  it('reads a rule that says in a sentence of its own what it detects or reads', () => {
    expect(writingStyle('Spot kiosk players in kiosk mode. It identifies players launched with a debug flag.')).toEqual(
      {
        style: 'detection rule',
        marks: ['says in a sentence what it detects'],
        ordinary: false,
      },
    );
    expect(writingStyle('Catch codec swaps. This detection leverages player telemetry.')?.style).toBe('detection rule');
    expect(writingStyle('Kiosks where it detects a codec swap')).toBeNull();
  });

  it('reads a rule that says in a sentence of its own what it tracks, analyses or correlates', () => {
    expect(writingStyle('Watch kiosk codec swaps. It tracks both player restarts and new codecs.')?.style).toBe(
      'detection rule',
    );
    expect(writingStyle('Spot printer spool bursts. It analyzes spooler logs per kiosk.')?.style).toBe(
      'detection rule',
    );
    expect(writingStyle('Find badge reuse; it correlates door swipes with logons.')?.style).toBe('detection rule');
    expect(writingStyle('Which couriers does it track?')).toBeNull();
  });

  it('reads a rule that opens by naming the action it fires on as a noun', () => {
    expect(writingStyle('Detect the loading of an unsigned codec by the kiosk player.')).toEqual({
      style: 'detection rule',
      marks: ['opens by naming the action it fires on'],
      ordinary: true,
    });
    expect(writingStyle('also, detect the disabling of tamper guard on kiosks')?.style).toBe('detection rule');
    expect(writingStyle('Detect when a kiosk player loads an unsigned codec')).toBeNull();
    expect(writingStyle('The kiosk team will detect the loading of codecs later')).toBeNull();
  });

  it('reads a saved alert that opens by asking for an alert, unless it is about Microsoft cloud services', () => {
    expect(writingStyle('Alert when a firewall VPN tunnel goes down.')).toEqual({
      style: 'detection rule',
      marks: ['opens by asking for an alert'],
      ordinary: false,
    });
    expect(writingStyle('Trigger an alert if more than 1000 invocations run in a minute')?.style).toBe(
      'detection rule',
    );
    expect(writingStyle('Alert on Palo Alto firewall threat events')?.style).toBe('detection rule');
    expect(writingStyle('Alert when a user is added directly to an Azure AD role')).toBeNull();
    expect(writingStyle('Alert when a file is shared externally from SharePoint')).toBeNull();
    expect(writingStyle('show the alerts raised when the backup failed')).toBeNull();
    expect(writingStyle('alert on LAPTOP-7 - any powershell with -enc there today?')).toBeNull();
  });

  it('reads a rule that names a program by what it does to another, as its title does', () => {
    expect(writingStyle('Detect the kiosk player spawning a command shell.')).toEqual({
      style: 'detection rule',
      marks: ['names a program by what it does to another'],
      ordinary: false,
    });
    expect(writingStyle('Identify kioskplay.exe loading a codec from a temp folder')?.style).toBe('detection rule');
    expect(writingStyle('also, detect when a kiosk updater spawns a second copy of itself')?.style).toBe(
      'detection rule',
    );
    expect(writingStyle('Which shells were spawned by the kiosk player?')).toBeNull();
    expect(writingStyle('Detect use of kiosk.cfg by kioskplay.exe writing a log')?.style).toBe('detection rule');
    expect(writingStyle('kioskplay.exe spawning a shell on any kiosk today?')).toBeNull();
    expect(writingStyle('Detect codec loads. The kiosk player spawning shells is out of scope.')).toBeNull();
  });

  it('leaves "look for instances where" to the hunt that looks for them', () => {
    expect(writingStyle('Look for instances where a kiosk spools to a new printer')?.style).toBe('hunting query');
  });

  it('reads the marks of a hunting query', () => {
    expect(writingStyle('Look for kiosks whose badge reader rebooted twice tonight')).toEqual({
      style: 'hunting query',
      marks: ['opens with "look for" or "check"'],
      ordinary: true,
    });
    expect(writingStyle('also, looking for renamed copies of the backup tool')?.style).toBe('hunting query');
    expect(writingStyle('This query lists printers that spooled from a new subnet')?.style).toBe('hunting query');
    expect(writingStyle('Kiosk players crash at boot. The query flags the codecs they load')?.style).toBe(
      'hunting query',
    );
    expect(writingStyle('Hunt for archive tools run by service accounts')?.style).toBe('hunting query');
    expect(writingStyle('Check which kiosks ran the updater twice')?.style).toBe('hunting query');
  });

  it('reads a write-up that opens a sentence with what an attacker may do as a hunt', () => {
    expect(writingStyle('Intruders reuse kiosk tokens. Attackers may replay them from a new subnet.')).toEqual({
      style: 'hunting query',
      marks: ['opens a sentence with what an attacker may do'],
      ordinary: false,
    });
    expect(writingStyle('An adversary with badge admin rights can clone a card')?.style).toBe('hunting query');
    expect(writingStyle('Detect token resets, a step that attackers may take to hide')).toBeNull();
  });

  it('reads a request that opens with "search for" as a hunt, a mark business questions share', () => {
    expect(writingStyle('Search for kiosk players that loaded a codec from a temp folder')).toEqual({
      style: 'hunting query',
      marks: ['opens with "search for"'],
      ordinary: true,
    });
    expect(writingStyle('additionally, searching for renamed copies of the updater')?.style).toBe('hunting query');
    expect(writingStyle('Kiosk players to search for in the inventory')).toBeNull();
  });

  it('reads no style in a plain question, or in one with as many marks of each', () => {
    expect(writingStyle('Which vendors are leveraging our discount tier the most?')).toBeNull();
    expect(writingStyle('how many kiosks rebooted this week')).toBeNull();
    expect(writingStyle('This query keeps renamed tools, specifically in the temp folder')).toBeNull();
  });
});
