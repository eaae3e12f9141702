import type { TableColumns } from './column-mapper';
import { readEncryptionTypes } from './encryption-types';
import { SpanSet } from './value-hit';

const security: TableColumns = { table: 'SecurityEvent', columns: ['EventID', 'TicketEncryptionType', 'Account'] };
const process: TableColumns = { table: 'DeviceProcessEvents', columns: ['FileName', 'ProcessCommandLine'] };

function codes(text: string, tables: readonly TableColumns[] = [security]): string[] {
  return readEncryptionTypes(text, tables, new SpanSet()).map((hit) => hit.value);
}

describe('readEncryptionTypes', () => {
  it('reads an encryption type said by name as its code, on the encryption-type column', () => {
    expect(readEncryptionTypes('service tickets issued with rc4-hmac lately', [security], new SpanSet())).toEqual([
      { kind: 'text', value: '0x17', start: 28, end: 36, hint: 'SecurityEvent.TicketEncryptionType' },
    ]);
  });

  it('maps AES by key size, and AES without a size to both sizes', () => {
    expect(codes('tgs requests using AES128 keys')).toEqual(['0x11']);
    expect(codes('how many AES-256 tickets per DC')).toEqual(['0x12']);
    expect(codes('tickets still on aes encryption')).toEqual(['0x11', '0x12']);
  });

  it('reads DES only in capitals, as both of its codes', () => {
    expect(codes('accounts requesting DES-CBC-MD5 tickets')).toEqual(['0x1', '0x3']);
    expect(codes('liste des tickets')).toEqual([]);
  });

  it('keeps the code the question writes after the name, and spans both', () => {
    const [hit] = readEncryptionTypes('etype RC4 (0x18) requests', [security], new SpanSet());

    expect(hit).toEqual(expect.objectContaining({ value: '0x18', start: 6, end: 16 }));
  });

  it('should read nothing when no chosen table has an encryption-type column', () => {
    expect(codes('processes that mention rc4 in the last day', [process])).toEqual([]);
  });

  it('should not read a span already read by another reader', () => {
    const taken = new SpanSet();
    taken.add(0, 10);

    expect(readEncryptionTypes('RC4 tickets', [security], taken)).toEqual([]);
  });
});
