import { readRunTools } from './run-tools';
import { SpanSet } from './value-hit';

const read = (text: string) => readRunTools(text, new SpanSet()).map((h) => [h.kind, h.value, h.operator]);

describe('readRunTools', () => {
  it('reads no program in the account said to have run it ("which service account launched it")', () => {
    expect(read('bitfrost on a lab box today, what service account launched it')).toEqual([]);
    expect(read('which accounts executed anything odd')).toEqual([]);
  });

  it('reads a program said to be run, before or after the verb', () => {
    expect(read('who ran gpresult, and were there dcdiag launches')).toEqual([
      ['process', 'dcdiag', 'contains'],
      ['process', 'gpresult', 'contains'],
    ]);
    expect(read('instances of fsutil on the file servers')).toEqual([['process', 'fsutil', 'contains']]);
  });

  it('reads a program someone or some machine is asked to have run, in the present ("anything run tailscale")', () => {
    expect(read('defender - anything run tailscale on the hangar pcs since mon?')).toEqual([
      ['process', 'tailscale', 'contains'],
    ]);
    expect(read('did anyone run rclone this week')).toEqual([['process', 'rclone', 'contains']]);
    expect(read('which hosts are running zerotier today')).toEqual([['process', 'zerotier', 'contains']]);
    // No one asked about: a business chore, not a program.
    expect(read('who runs payroll exports')).toEqual([]);
    expect(read('did anyone run the report yesterday')).toEqual([]);
  });

  it('reads a program named with a passive verb of running, and one written before a switch', () => {
    expect(read('was repadmin ever executed here')).toEqual([['process', 'repadmin', 'contains']]);
    expect(read('tzutil got launched twice')).toEqual([['process', 'tzutil', 'contains']]);
    expect(read('netstat -ano output')).toEqual([['process', 'netstat', 'contains']]);
  });

  it('should read no ordinary word, adverb or time word where a name would stand', () => {
    expect(read('failed executions of the nightly pipeline')).toEqual([]);
    expect(read('tasks that ran successfully, and reports executed yesterday')).toEqual([]);
    expect(read('scripts launched by admins')).toEqual([]);
    expect(read('has the loader executed anywhere, or ran elsewhere recently')).toEqual([]);
  });

  it('should leave a span another reader took', () => {
    const taken = new SpanSet();
    taken.add(4, 10);
    expect(readRunTools('who ran whoami', taken)).toEqual([]);
  });
});

describe('readRunTools (words that name no program)', () => {
  it('should read no program from "anything" or "something" before a verb of running', () => {
    expect(readRunTools('anything launched from the downloads folder', new SpanSet())).toEqual([]);
    expect(readRunTools('something executed under the service account', new SpanSet())).toEqual([]);
  });

  it('should read no program from a verb before a switch ("the command line has -nop")', () => {
    expect(read('kiosk processes where the command line has -nop')).toEqual([]);
    expect(read('anything launched with arguments containing -w')).toEqual([]);
  });
});

describe('readRunTools (a hash kind is no program)', () => {
  it('should read no program from the kind of hash said before a hash value', () => {
    expect(
      read('which hosts executed sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'),
    ).toEqual([]);
    expect(read('machines that ran md5 0cc175b9c0f1b6a831c399e269772661')).toEqual([]);
  });
});

describe('readRunTools (pronouns)', () => {
  it('should read no program from a pronoun after a verb of running', () => {
    expect(read('the five binaries with the most hosts that ran them')).toEqual([]);
    expect(read('which box executed it first, and who launched one')).toEqual([]);
  });

  it('reads no program from a cloud machine or container launched ("launched ec2 instances")', () => {
    expect(read('who launched ec2 instances yesterday?')).toEqual([]);
    expect(read('who launched mimikatz yesterday?')).toEqual([['process', 'mimikatz', 'contains']]);
  });

  it('reads a program said to be running on machines ("zerotier running on the CNC boxes")', () => {
    expect(read('defender: zerotier running on any of the BVY-CNC-* boxes since start of the quarter')).toEqual([
      ['process', 'zerotier', 'contains'],
    ]);
    expect(read('what software is running on the kiosks today')).toEqual([]);
    expect(read('any services running on DC01')).toEqual([]);
  });
});
