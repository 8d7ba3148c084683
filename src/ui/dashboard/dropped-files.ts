/**
 * The files an instructor dropped, with the .json files inside any dropped
 * folder (and its subfolders). A dropped folder is not a file: DataTransfer's
 * `files` lists it as an empty entry, so folders are walked through their
 * entries. Other files inside folders are passed over and counted.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<{ files: File[]; passedOver: number }> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  // Without entries (older browsers, tests), the list of files is all there is.
  if (entries.length === 0 || entries.some((entry) => entry === null)) return { files: [...transfer.files], passedOver: 0 };
  const files: File[] = [];
  let passedOver = 0;
  async function walk(entry: FileSystemEntry, inFolder: boolean): Promise<void> {
    if (isDirectory(entry)) {
      for (const child of await readAll(entry.createReader())) await walk(child, true);
    } else if (isFile(entry)) {
      if (inFolder && !/\.json$/i.test(entry.name)) passedOver += 1;
      else files.push(await new Promise<File>((resolve, reject) => entry.file(resolve, reject)));
    }
  }
  for (const entry of entries) await walk(entry!, false);
  return { files, passedOver };
}

const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;

/** readEntries returns a folder's entries in batches (100 in Chromium) until an empty one. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
