import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

/** One AU of a cmi5.xml, as an LMS imports it. */
export interface ImportedAu {
  /** The publisher's id (goes into context.contextActivities.grouping). */
  id: string;
  url: string;
  moveOn: string;
  masteryScore: number | null;
}

const unescape = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(Number(name.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );

/** The package's files, and its AUs as read from cmi5.xml at the zip's root. */
export function importCoursePackage(zipPath: string): { files: Map<string, Uint8Array>; aus: ImportedAu[]; structure: string } {
  const files = new Map(Object.entries(unzipSync(readFileSync(zipPath))));
  const structure = new TextDecoder().decode(files.get('cmi5.xml'));
  const aus = [...structure.matchAll(/<au ([^>]*)>([\s\S]*?)<\/au>/g)].map(([, attributes, body]) => {
    const attribute = (name: string) => unescape(new RegExp(`${name}="([^"]*)"`).exec(attributes!)?.[1] ?? '');
    const mastery = attribute('masteryScore');
    return {
      id: attribute('id'),
      url: unescape(/<url>([\s\S]*?)<\/url>/.exec(body!)?.[1]?.trim() ?? ''),
      moveOn: attribute('moveOn'),
      masteryScore: mastery ? Number(mastery) : null,
    };
  });
  return { files, aus, structure };
}
