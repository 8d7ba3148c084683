import type { DocumentPath } from './make-diagnostic';
import type { PatientLine, Scenario } from './scenario.types';
import type { Report } from './validate-ids';

/** Why an audio path cannot be served from public/, or null when it can. */
export function audioPathProblem(audio: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(audio)) return 'is a web address or drive path; copy the file under public/ and give the path from there';
  if (audio.startsWith('/') || audio.startsWith('\\'))
    return 'is absolute; give the path from public/, e.g. audio/<scenario-id>/<node-id>.ogg';
  if (audio.includes('\\')) return 'uses backslashes; use forward slashes';
  if (audio.split('/').some((part) => part === '..' || part === '.' || part === ''))
    return 'contains "..", "." or an empty part; give a plain path from public/';
  if (audio.startsWith('public/')) return 'starts with "public/"; paths are already relative to public/, so leave it out';
  return null;
}

/** Audio paths (SCN046, SCN047). `publicFileExists` enables the existence check. */
export function validateMedia(scenario: Scenario, report: Report, publicFileExists?: (path: string) => boolean): void {
  const lines: { line: PatientLine | undefined; path: DocumentPath; owner: string }[] = [
    ...scenario.nodes.map((n, i) => ({ line: n.patient, path: ['nodes', i, 'patient'], owner: `node "${n.id}"` })),
    ...scenario.endings.map((e, i) => ({ line: e.patient, path: ['endings', i, 'patient'], owner: `ending "${e.id}"` })),
  ];
  for (const { line, path, owner } of lines) {
    if (line?.audio === undefined) continue;
    const audioPath = [...path, 'audio'];
    const problem = audioPathProblem(line.audio);
    if (problem) report('SCN046', `${owner}: the audio path "${line.audio}" ${problem}.`, audioPath);
    else if (publicFileExists && !publicFileExists(line.audio)) {
      report('SCN047', `${owner}: public/${line.audio} does not exist; the line will be shown as text only.`, audioPath);
    }
  }
}
