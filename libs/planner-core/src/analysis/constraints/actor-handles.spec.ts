import { readActorHandles } from './actor-handles';
import { SpanSet } from './value-hit';

const read = (text: string) => readActorHandles(text, new SpanSet()).map((h) => [h.kind, h.value]);

describe('readActorHandles', () => {
  it('reads a handle whose every action is asked for as the account that acted', () => {
    expect(read('show me everything deploy-bot has done since Friday')).toEqual([['user', 'deploy-bot']]);
    expect(read('what did ci_runner touch in prod?')).toEqual([['user', 'ci_runner']]);
  });

  it("should read no host's name (ending in a number) and no word without a separator", () => {
    expect(read('everything web-01 did today')).toEqual([]);
    expect(read('everything alice did today')).toEqual([]);
  });
});
