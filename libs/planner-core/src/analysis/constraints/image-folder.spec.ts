import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { saysImageFolder, saysScriptFolder } from './image-folder';

const processes: TableColumns = {
  table: 'proc_events',
  columns: ['ts', 'host', 'image', 'parent_image', 'target_filename', 'command_line'],
};

describe('image folder', () => {
  it('reads words that say a folder is where the process image lives', () => {
    expect(saysImageFolder('new processes whose image is not under ')).toBe(true);
    expect(saysImageFolder('an executable outside ')).toBe(true);
    expect(saysImageFolder('binaries launched from outside ')).toBe(true);
    expect(saysImageFolder('any process launches out of ')).toBe(true);
    expect(saysImageFolder('files written to ')).toBe(false);
  });

  it('should read a folder the image is not under as a folder the image path is not in', () => {
    const folder = extractConstraints({
      text: 'process creation events where the image is not under D:\\Apps\\ this week',
      tables: [processes],
    }).filters.find((f) => f.values.some((v) => v.includes('\\')));
    expect(folder).toMatchObject({ kind: 'process', operator: 'neq', values: ['D:\\Apps'], field: 'image' });
  });

  it('reads a folder a program was started from outside of as the image folder, whatever the folder is called', () => {
    const folder = extractConstraints({
      text: 'processes launched from outside D:\\Program Files\\ today',
      tables: [processes],
    }).filters.find((f) => f.values.some((v) => v.includes('\\')));
    expect(folder).toMatchObject({ kind: 'process', operator: 'neq', values: ['D:\\Program Files'], field: 'image' });
  });

  it('keeps a folder said without a negation as a part of the path', () => {
    const folder = extractConstraints({
      text: 'process creation events where the image is under D:\\Apps\\ this week',
      tables: [processes],
    }).filters.find((f) => f.values.some((v) => v.includes('\\')));
    expect(folder).toMatchObject({ kind: 'process', operator: 'contains', values: ['D:\\Apps'], field: 'image' });
  });

  it('reads words that say a folder holds scripts an interpreter runs', () => {
    expect(saysScriptFolder('perl running scripts out of ')).toBe(true);
    expect(saysScriptFolder('any .wsf files launched from the ')).toBe(true);
    expect(saysScriptFolder('macros saved ')).toBe(false);
    expect(saysScriptFolder('an executable outside ')).toBe(false);
  });

  it("puts the folder of scripts run, and a script extension run, on the interpreter's command line", () => {
    const filters = extractConstraints({
      text: 'hosts where jscript .jse files were launched from E:\\Shares\\Drop\\ yesterday',
      tables: [processes],
    }).filters;
    expect(filters).toContainEqual(
      expect.objectContaining({ kind: 'command_line', values: ['E:\\Shares\\Drop'], field: 'command_line' }),
    );
    expect(filters).toContainEqual(expect.objectContaining({ kind: 'command_line', values: ['.jse'] }));
    const image = extractConstraints({
      text: 'programs launched from E:\\Shares\\Drop\\ yesterday',
      tables: [processes],
    }).filters;
    expect(image).toContainEqual(expect.objectContaining({ kind: 'process', field: 'image' }));
  });
});
