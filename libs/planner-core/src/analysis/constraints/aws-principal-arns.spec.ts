import { readAwsPrincipalArns } from './aws-principal-arns';
import { SpanSet } from './value-hit';

const read = (text: string) => readAwsPrincipalArns(text, new SpanSet()).map((h) => [h.kind, h.value]);

describe('readAwsPrincipalArns', () => {
  it("reads an IAM role's or user's ARN whole as the account, without the full stop that ends the sentence", () => {
    expect(read('API calls by arn:aws:iam::111122223333:role/ops-readonly.')).toEqual([
      ['user', 'arn:aws:iam::111122223333:role/ops-readonly'],
    ]);
    expect(read('what did arn:aws:iam::111122223333:user/ci.bot do, today')).toEqual([
      ['user', 'arn:aws:iam::111122223333:user/ci.bot'],
    ]);
  });

  it("reads an assumed role's session, the account's root and another partition's ARN", () => {
    expect(read('calls from arn:aws:sts::111122223333:assumed-role/Admin/jane@example.org yesterday')).toEqual([
      ['user', 'arn:aws:sts::111122223333:assumed-role/Admin/jane@example.org'],
    ]);
    expect(read('anything by arn:aws:iam::111122223333:root')).toEqual([['user', 'arn:aws:iam::111122223333:root']]);
    expect(read('arn:aws-us-gov:iam::111122223333:role/x1 calls')).toEqual([
      ['user', 'arn:aws-us-gov:iam::111122223333:role/x1'],
    ]);
  });

  it("reads no resource's ARN and no ARN with a part of an identity missing", () => {
    expect(read('reads of arn:aws:s3:::billing-exports this week')).toEqual([]);
    expect(read('calls by arn:aws:iam::1111:role/x')).toEqual([]);
    expect(read('calls by arn:aws:iam::111122223333:role/')).toEqual([]);
  });
});
