import { readAccountAliases, readActorHandles, readBareActors, readNamedIdentities } from './actor-handles';
import { SpanSet } from './value-hit';

const read = (text: string) => readActorHandles(text, new SpanSet()).map((h) => [h.kind, h.value]);

describe('readActorHandles', () => {
  it('reads a handle whose every action is asked for as the account that acted', () => {
    expect(read('show me everything deploy-bot has done since Friday')).toEqual([['user', 'deploy-bot']]);
    expect(read('what did ci_runner touch in prod?')).toEqual([['user', 'ci_runner']]);
    expect(read('show everything deploy-bot did since monday')).toEqual([['user', 'deploy-bot']]);
    expect(read('what svc.sync has done in azure this week')).toEqual([['user', 'svc.sync']]);
    expect(read('list anything ci_runner2 changed in the subscription')).toEqual([['user', 'ci_runner2']]);
    expect(read('All that Build.Agent has been doing today')).toEqual([['user', 'Build.Agent']]);
  });

  it("should read no host's name (ending in a number) and no word without a separator", () => {
    expect(read('everything web-01 did today')).toEqual([]);
    expect(read('everything alice did today')).toEqual([]);
  });

  it('should read no pronoun, file or domain as the doer', () => {
    expect(read('what it did last night')).toEqual([]);
    expect(read('everything else did fine')).toEqual([]);
    expect(read('what setup.exe did on the host')).toEqual([]);
    expect(read('everything contoso.com changed')).toEqual([]);
  });
});

describe('readBareActors', () => {
  const actors = (text: string) => readBareActors(text, new SpanSet()).map((h) => [h.operator, h.value]);

  it("reads a first name in the actor's slot, in any case, as part of the account that acted", () => {
    expect(actors('what did lorna modify in gcp on tuesday')).toEqual([['contains', 'lorna']]);
    expect(actors('what has Ingrid deleted from the tenant since monday')).toEqual([['contains', 'Ingrid']]);
    expect(actors('what did teodor do in the subscription overnight')).toEqual([['contains', 'teodor']]);
    expect(actors("show bashir's sign-ins over the weekend")).toEqual([['contains', 'bashir']]);
  });

  it('reads no ordinary word, product, pronoun or word of the vocabulary in that slot', () => {
    expect(actors('what did azure change overnight')).toEqual([]);
    expect(actors('what did anyone delete in aws today')).toEqual([]);
    expect(actors('what did they change on friday')).toEqual([]);
    expect(actors("the admin's sign-ins this week")).toEqual([]);
    expect(actors("the tenant's sign-ins this week")).toEqual([]);
    expect(actors('what did the intruder change')).toEqual([]);
    expect(actors('what did powershell do there')).toEqual([]);
  });

  it('reads no time, role, team or tool in that slot, nor a word after an article ("the ceo\'s")', () => {
    expect(actors("friday's sign-ins by country")).toEqual([]);
    expect(actors("last quarter's changes")).toEqual([]);
    expect(actors("the cto's sign-ins since june")).toEqual([]);
    expect(actors('what did payroll change last night')).toEqual([]);
    expect(actors('what did ansible modify on the fleet')).toEqual([]);
  });
});

describe('readAccountAliases', () => {
  const aliases = (text: string) => readAccountAliases(text, new SpanSet()).map((h) => [h.kind, h.value]);

  it('reads a logon name said beside the email of the same person, either way round', () => {
    expect(aliases('kwame.osei@example.org (kosei) cannot unlock his laptop')).toEqual([['user', 'kosei']]);
    expect(aliases('pwong ( p.wong@example.org ) had lockouts overnight')).toEqual([['user', 'pwong']]);
  });

  it('should read no word in brackets that is no name of the account', () => {
    expect(aliases('kwame.o@example.org (urgent) cannot log in')).toEqual([]);
    expect(aliases('the helpdesk (helpdesk@example.org) queue')).toEqual([]);
  });
});

describe('readNamedIdentities', () => {
  const named = (text: string) => readNamedIdentities(text, new SpanSet()).map((hit) => [hit.value, hit.operator]);

  it('reads the one account left out by a handle, with no operator of its own', () => {
    expect(named('key rotations by principals other than vault.rotator this week')).toEqual([
      ['vault.rotator', undefined],
    ]);
    expect(named('logons by accounts except svc_scan')).toEqual([['svc_scan', undefined]]);
    expect(named('everyone other than the team')).toEqual([]);
  });

  it('reads a handle said to be a role, a service account or a principal as the acting account, searched as a part', () => {
    expect(named('AccessDenied errors for the lambda-packer role since noon')).toEqual([['lambda-packer', 'contains']]);
    expect(named('what did the etl_nightly service account delete')).toEqual([['etl_nightly', 'contains']]);
    expect(named('calls by role named ops.rotator today')).toEqual([['ops.rotator', 'contains']]);
  });

  it('reads no identity from an ordinary word or a file before the word', () => {
    expect(named('the admin role was granted twice')).toEqual([]);
    expect(named('the setup.exe role in the attack')).toEqual([]);
    expect(named('leave out the service account sync_bot@fabrikam.org')).toEqual([]);
  });
});
