import { describe, expect, it } from 'vitest';
import { droppedFiles } from './dropped-files';

/** Just enough of the File and Directory Entries API for the walk. */
function fileEntry(name: string) {
  return { name, isFile: true, isDirectory: false, file: (resolve: (file: File) => void) => resolve(new File(['{}'], name)) };
}

function folderEntry(name: string, children: object[]) {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      // Two batches then an empty one, as Chromium reads big folders 100 at a time.
      const batches = [children.slice(0, 2), children.slice(2), []];
      return { readEntries: (resolve: (entries: object[]) => void) => resolve(batches.shift() ?? []) };
    },
  };
}

const transfer = (entries: (object | null)[], files: File[] = []) =>
  ({ items: entries.map((entry) => ({ webkitGetAsEntry: () => entry })), files }) as unknown as DataTransfer;

describe('droppedFiles', () => {
  it('walks dropped folders and their subfolders for .json files, passing the rest over', async () => {
    const dropped = transfer([
      fileEntry('loose.json'),
      folderEntry('PT101', [
        fileEntry('ana.json'),
        fileEntry('notes.txt'),
        folderEntry('late', [fileEntry('ben.JSON')]),
        fileEntry('cy.json'),
      ]),
    ]);
    const { files, passedOver } = await droppedFiles(dropped);
    expect(files.map((file) => file.name)).toEqual(['loose.json', 'ana.json', 'ben.JSON', 'cy.json']);
    expect(passedOver).toBe(1);
  });

  it('keeps a dropped file that is not .json, so its rejection is reported', async () => {
    const { files } = await droppedFiles(transfer([fileEntry('scores.csv')]));
    expect(files.map((file) => file.name)).toEqual(['scores.csv']);
  });

  it('falls back to the plain file list where entries are not available', async () => {
    const plain = new File(['{}'], 'ana.json');
    expect(await droppedFiles(transfer([null], [plain]))).toEqual({ files: [plain], passedOver: 0 });
  });
});
