import type { Part } from '@a2a-js/sdk';
import { readInboundMessage } from './message-reader.util';

const text = (value: string): Part => ({
  content: { $case: 'text', value },
  mediaType: 'text/plain',
  filename: '',
  metadata: undefined,
});
const data = (value: unknown): Part => ({
  content: { $case: 'data', value },
  mediaType: 'application/json',
  filename: '',
  metadata: undefined,
});

describe('readInboundMessage', () => {
  it('joins the text parts and takes the first object data part', () => {
    const read = readInboundMessage({
      parts: [text(' Show '), data([1]), data({ a: 1 }), data({ b: 2 }), text('sign-ins')],
      metadata: undefined,
    });

    expect(read).toEqual({ data: { a: 1 }, text: 'Show\nsign-ins' });
  });

  it('reads the skill a caller names in the metadata', () => {
    expect(readInboundMessage({ parts: [], metadata: { skill_id: 'optimize_plan' } })).toEqual({
      text: '',
      skill: 'optimize_plan',
    });
  });

  it('ignores file parts and parts past the 64th', () => {
    const file: Part = {
      content: { $case: 'url', value: 'https://x/y' },
      mediaType: 'text/plain',
      filename: 'y',
      metadata: undefined,
    };
    const parts = [file, ...Array.from({ length: 64 }, () => text('')), text('too late')];

    expect(readInboundMessage({ parts, metadata: undefined })).toEqual({ text: '' });
  });
});
