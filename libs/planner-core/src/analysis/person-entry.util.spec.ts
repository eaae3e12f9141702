import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import type { EntryMatch } from './catalog-matcher';
import {
  accountEntry,
  accountsRecord,
  directoryRecord,
  emailRecord,
  personEntry,
  saysAccount,
  saysEmailAsDetail,
  saysMemberAccount,
  saysPerson,
} from './person-entry.util';
import { scorePlatforms } from './platform-scorer';
import { readQuestion } from './question-reader';

function match(name: string, columns: string[], columnWords: string[]): EntryMatch {
  return { entry: { name, kind: 'table', platform: 'sql', columns }, columnWords } as unknown as EntryMatch;
}

describe('saysPerson', () => {
  it('reads a pronoun for someone or their account as a person', () => {
    expect(saysPerson('is his account still enabled?')).toBe(true);
    expect(saysPerson('is she still enabled in the roster db')).toBe(true);
  });

  it('reads someone named by an email address as a person', () => {
    expect(saysPerson('when did kim.lee@fabrikam.io last sign in to the portal?')).toBe(true);
  });

  it('reads people named by their job as people', () => {
    expect(saysPerson('which kiosk technicians were idle this week?')).toBe(true);
    expect(saysPerson('help-desk reps without a shift')).toBe(true);
  });

  it('reads a question about things as no person', () => {
    expect(saysPerson('which gadgets are still enabled?')).toBe(false);
  });
});

describe('accountEntry', () => {
  it('picks the entry that keeps people asked of by two of its columns ("still enabled", "last seen")', () => {
    const gadgets = match('gadgets', ['gadget_id', 'enabled', 'last_seen_at'], ['enabled', 'last seen']);
    const staff = match('staff', ['staff_id', 'email', 'enabled', 'last_seen_at'], ['enabled', 'last seen']);

    expect(accountEntry([gadgets, staff])).toBe(staff);
  });

  it('picks nothing asked of by one column only, however often it is said', () => {
    expect(accountEntry([match('staff', ['staff_id', 'email', 'enabled'], ['enabled', 'enabled'])])).toBeUndefined();
  });

  it('picks the entry that keeps people asked of by one column when the account itself is named', () => {
    const gadgets = match('gadgets', ['gadget_id', 'enabled'], ['enabled']);
    const staff = match('staff', ['staff_id', 'email', 'enabled'], ['enabled']);

    expect(accountEntry([gadgets, staff], true)).toBe(staff);
  });
});

describe('saysAccount', () => {
  it("reads a person's account named as such", () => {
    expect(saysAccount('is his account on the portal still enabled?')).toBe(true);
    expect(saysAccount("was the employee's app account disabled")).toBe(true);
    expect(saysAccount('is their rota app account locked?')).toBe(true);
  });

  it('reads accounts as a kind of thing as no named account', () => {
    expect(saysAccount('how many accounts were created this week?')).toBe(false);
  });
});

describe('personEntry', () => {
  it('picks the entry reached through a column that keeps people (an email column)', () => {
    const gadgets = match('gadgets', ['gadget_id', 'enabled'], ['enabled']);
    const staff = match('staff', ['staff_id', 'email', 'enabled'], ['enabled']);

    expect(personEntry([gadgets, staff])).toBe(staff);
  });

  it('picks nothing when no reached entry keeps people', () => {
    expect(personEntry([match('gadgets', ['gadget_id', 'enabled'], ['enabled'])])).toBeUndefined();
  });

  it('picks nothing the question does not reach through a column', () => {
    expect(personEntry([match('staff', ['staff_id', 'email'], [])])).toBeUndefined();
  });
});

describe('scoring a records question about a person', () => {
  const hints = {
    sql: {
      description: 'Relational database of a toy workshop',
      tables: {
        gadgets: ['gadget_id', 'label', 'enabled'],
        staff: ['staff_id', 'email', 'display_name', 'enabled'],
      },
    },
  };

  function sqlTables(question: string): readonly string[] {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(hints, agents.data);
    const scored = scorePlatforms({ reading: readQuestion(question), catalog, platforms: ['sql'], preferred: [] });
    return scored.find((p) => p.platform === 'sql')!.tables;
  }

  it('reads the table that keeps people when only a shared column is named', () => {
    expect(sqlTables('is his account still enabled in the workshop db?')).toEqual(['staff']);
  });

  it('leaves a question about things alone', () => {
    expect(sqlTables('which gadgets are still enabled?')).toContain('gadgets');
    expect(sqlTables('which gadgets are still enabled?')).not.toContain('staff');
  });
});

describe('accountsRecord', () => {
  it('finds the entry that identifies people and keeps when they last did something', () => {
    const entries = [
      { name: 'buyers', columns: ['buyer_id', 'email', 'region'] },
      { name: 'crew', columns: ['crew_id', 'username', 'shift', 'last_seen_at'] },
    ];
    expect(accountsRecord(entries)?.name).toBe('crew');
  });

  it('finds nothing when no entry keeps when its people last did something', () => {
    expect(accountsRecord([{ name: 'buyers', columns: ['buyer_id', 'email', 'region'] }])).toBeUndefined();
  });
});

describe('directoryRecord', () => {
  it('finds the entry holding who people are in the organisation, not one with a single such column', () => {
    const entries = [
      { name: 'badge_swipes', columns: ['badge_id', 'Department'] },
      { name: 'people_directory', columns: ['upn', 'JobTitle', 'Manager', 'OfficeLocation'] },
    ];

    expect(directoryRecord(entries)?.name).toBe('people_directory');
    expect(directoryRecord(entries.slice(0, 1))).toBeUndefined();
  });
});

describe('saysMemberAccount', () => {
  it("reads one of the app's own people's account named as such", () => {
    expect(saysMemberAccount('and pull up his account in the app, please')).toBe(true);
    expect(saysMemberAccount('and her profile in our app')).toBe(true);
    expect(saysMemberAccount('and is he still disabled in the app?')).toBe(true);
    expect(saysMemberAccount('and the record count in the app')).toBe(false);
  });

  it('reads the account of a party that buys as no member account', () => {
    expect(saysMemberAccount("the shopper's account in the app")).toBe(false);
    expect(saysMemberAccount('her customer account in the app')).toBe(false);
  });
});

describe("scoring a question about one person's account in the app", () => {
  const hints = {
    sql: {
      description: 'Relational database of a toy workshop',
      tables: {
        buyers: ['buyer_id', 'email', 'region', 'joined_at'],
        crew: ['crew_id', 'email', 'shift', 'enabled', 'last_seen_at'],
      },
    },
  };

  function sqlTables(question: string): readonly string[] {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(hints, agents.data);
    const scored = scorePlatforms({ reading: readQuestion(question), catalog, platforms: ['sql'], preferred: [] });
    return scored.find((p) => p.platform === 'sql')!.tables;
  }

  it("reads the record of the app's accounts when the account is named by none of its columns", () => {
    expect(sqlTables('and his account in the app database')).toEqual(['crew']);
  });

  it('reads it so when the question names the database by its kind, not as the app', () => {
    expect(sqlTables('and her profile in the workshop database')).toEqual(['crew']);
  });

  it('leaves the account of a party that buys to its own record', () => {
    expect(sqlTables('and the buyer account of t.ng@example.net in the app database')).not.toEqual(['crew']);
  });
});

describe('saysEmailAsDetail', () => {
  it.each([
    'list the phone and email of every baker hired in May',
    'the email of the member who booked the most classes',
    'names and emails for the students enrolled in pottery',
  ])("reads a person's email asked as a detail: %s", (question) => {
    expect(saysEmailAsDetail(question)).toBe(true);
  });

  it.each([
    'emails received by the baker from a new domain',
    'phishing emails for the user with a blocked link',
    'email address spoofing today',
  ])('reads no detail in mail said as messages: %s', (question) => {
    expect(saysEmailAsDetail(question)).toBe(false);
  });
});

describe('emailRecord', () => {
  it('finds the first entry with a column named for an email address', () => {
    const entries = [
      { name: 'ovens', columns: ['oven_id', 'model'] },
      { name: 'bakers', columns: ['baker_id', 'contact_email'] },
    ];

    expect(emailRecord(entries)?.name).toBe('bakers');
    expect(emailRecord(entries.slice(0, 1))).toBeUndefined();
  });
});
