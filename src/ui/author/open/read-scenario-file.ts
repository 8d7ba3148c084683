/** Files larger than this are not opened: the checker refuses anything over 2 MB anyway. */
export const MAX_OPEN_BYTES = 4_000_000;

export type ReadOutcome = { ok: true; fileName: string; text: string } | { ok: false; message: string };

/** A picked or dropped file → its text, or a reason in plain words. Never throws. */
export async function readScenarioFile(file: File): Promise<ReadOutcome> {
  if (file.size > MAX_OPEN_BYTES) {
    return {
      ok: false,
      message: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; scenario files are at most 2 MB. Check that this is the right file.`,
    };
  }
  try {
    return { ok: true, fileName: file.name, text: await file.text() };
  } catch {
    return { ok: false, message: `${file.name} could not be read. Try again, or open it from another folder.` };
  }
}

/** A new file's name from a scenario id (the checker wants the two to match). */
export function fileNameFor(id: string): string {
  return `${id}.scenario.yaml`;
}

/** Lower-case words joined by single hyphens, as the format requires of ids. */
export const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
