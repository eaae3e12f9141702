import { readActorSubjects } from './actor-subject';
import { SpanSet } from './value-hit';

const read = (text: string) => readActorSubjects(text, new SpanSet()).map((h) => [h.kind, h.value]);

describe('readActorSubjects', () => {
  it('reads a machine-style handle whose doings the question asks for as a whole', () => {
    expect(read('show everything deploy-bot did since monday')).toEqual([['user', 'deploy-bot']]);
    expect(read('what svc.sync has done in azure this week')).toEqual([['user', 'svc.sync']]);
    expect(read('list anything ci_runner2 changed in the subscription')).toEqual([['user', 'ci_runner2']]);
  });

  it('reads no ordinary word, pronoun, file or domain as the doer', () => {
    expect(read('what it did last night')).toEqual([]);
    expect(read('everything else did fine')).toEqual([]);
    expect(read('what setup.exe did on the host')).toEqual([]);
    expect(read('everything contoso.com changed')).toEqual([]);
  });
});
