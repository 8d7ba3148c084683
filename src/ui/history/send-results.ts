import type { ExportFile } from '../../export/records';
import { downloadFile } from '../common/download-file';

/** What the trainee's device offers for handing a file on; the browser's by default, fakes in tests. */
export interface ShareTarget {
  /** True on a phone or tablet that can hand this file to another app (mail, messages, the LMS app). */
  canShareFile: (file: File) => boolean;
  share: (file: File) => Promise<void>;
  download: (fileName: string, text: string) => void;
}

export type SendOutcome =
  | { kind: 'nothing-to-send' }
  | { kind: 'shared' | 'downloaded'; fileName: string; attempts: number }
  | { kind: 'cancelled' };

/** Only a touch-first device gets the share sheet: on a desktop a download is what people expect. */
const touchFirst = () => typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

export const browserShareTarget: ShareTarget = {
  canShareFile: (file) => touchFirst() && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] }),
  share: (file) => navigator.share({ files: [file], title: 'Common Ground results' }),
  download: (fileName, text) => downloadFile(fileName, text, 'application/json'),
};

/** The app's own address, without query or fragment: names the course's copy of the app in the file. */
export const appAddress = () => `${window.location.origin}${window.location.pathname}`;

/**
 * Writes the profile's results file (every attempt, with transcripts) and
 * hands it on: the share sheet where the device has one, a download
 * otherwise. The builder loads on first use, off the History screen's first load.
 */
export async function sendResults(
  exportJson: (profileId: string) => Promise<string>,
  profileId: string,
  target: ShareTarget = browserShareTarget,
  address: string = appAddress(),
): Promise<SendOutcome> {
  const [backup, { buildResultsBundle, serializeResultsBundle, resultsFileName }] = await Promise.all([
    exportJson(profileId),
    import('../../export/records/results-bundle'),
  ]);
  // The store's own backup of this profile: already read through its validators, PIN removed.
  const { profiles, attempts } = JSON.parse(backup) as ExportFile;
  const profile = profiles.find((candidate) => candidate.id === profileId);
  if (!profile) throw new Error(`The backup of profile "${profileId}" does not hold that profile.`);
  if (attempts.length === 0) return { kind: 'nothing-to-send' };
  const bundle = buildResultsBundle(profile, attempts, address);
  const fileName = resultsFileName(bundle);
  const text = serializeResultsBundle(bundle);
  const file = new File([text], fileName, { type: 'application/json' });
  if (target.canShareFile(file)) {
    try {
      await target.share(file);
      return { kind: 'shared', fileName, attempts: attempts.length };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' };
      // The share sheet failed to open (permissions, an old browser): a download still works.
    }
  }
  target.download(fileName, text);
  return { kind: 'downloaded', fileName, attempts: attempts.length };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const HAND_IN =
  'Give this file to your instructor: attach it to an email, upload it to the assignment in your course’s learning system, or put it in the shared folder they named. Send results again after more practice: the new file holds every attempt, and your instructor’s dashboard counts each attempt once.';

/** The sentence the trainee reads after pressing Send results. */
export function sendOutcomeMessage(outcome: SendOutcome): string {
  switch (outcome.kind) {
    case 'nothing-to-send':
      return 'There is nothing to send yet: finish a scenario first, then send your results.';
    case 'cancelled':
      return 'Nothing was sent.';
    case 'shared':
      return `Your results (${plural(outcome.attempts, 'attempt')}) were passed on as ${outcome.fileName}. ${HAND_IN}`;
    case 'downloaded':
      return `Your results (${plural(outcome.attempts, 'attempt')}) were saved as ${outcome.fileName}, in your downloads. ${HAND_IN}`;
  }
}
