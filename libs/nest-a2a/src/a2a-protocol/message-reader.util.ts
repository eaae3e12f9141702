import type { Message } from '@a2a-js/sdk';

/** What a mesh agent reads from an A2A message: its first JSON object part and its text. */
export interface InboundMessage {
  /** The first data part that holds a JSON object, if any. */
  readonly data?: Record<string, unknown>;
  /** The text parts, joined by new lines (trimmed; empty when there are none). */
  readonly text: string;
  /** A skill the caller names in the message metadata (`skill` or `skill_id`), if any. */
  readonly skill?: string;
}

const MAX_PARTS = 64;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads the parts the mesh understands (bounded: the first 64 parts); files and unknown parts are ignored. */
export function readInboundMessage(message: Pick<Message, 'parts' | 'metadata'>): InboundMessage {
  let data: Record<string, unknown> | undefined;
  const texts: string[] = [];
  for (const part of message.parts.slice(0, MAX_PARTS)) {
    const content = part.content;
    if (!content) continue;
    if (content.$case === 'data' && data === undefined && isPlainObject(content.value)) data = content.value;
    else if (content.$case === 'text' && content.value.trim()) texts.push(content.value.trim());
  }
  const metadata = isPlainObject(message.metadata) ? message.metadata : {};
  const named = metadata['skill'] ?? metadata['skill_id'];
  return {
    ...(data ? { data } : {}),
    text: texts.join('\n'),
    ...(typeof named === 'string' && named ? { skill: named } : {}),
  };
}
