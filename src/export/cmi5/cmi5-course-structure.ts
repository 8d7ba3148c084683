import { escapeXml } from '../scorm/escape-xml';
import { PASS_THRESHOLD, XAPI_BASE_IRI, scenarioActivityId } from '../xapi/xapi-iris';
import type { MoveOn } from './cmi5-iris';

export interface CourseInput {
  title: string;
  description: string;
  /** One AU per scenario. */
  scenarios: { id: string; title: string; summary: string }[];
}

/** The course's IRI: fixed, so an LMS recognises a re-uploaded package as the same course. */
export const COURSE_ID = `${XAPI_BASE_IRI}/cmi5/course`;

/**
 * Passed, not CompletedOrPassed: every conversation reaches an ending, so
 * "completed" says only that the trainee got to the end. The activity counts
 * as done once an attempt reaches the pass mark.
 */
export const MOVE_ON: MoveOn = 'Passed';

/** cmi5's masteryScore is scaled 0–1; the pass mark is 0–100. */
export const MASTERY_SCORE = PASS_THRESHOLD / 100;

/** The AU's launch address, relative to the package root; the LMS appends its launch parameters. */
export const auUrl = (scenarioId: string): string => `index.html?scenario=${encodeURIComponent(scenarioId)}`;

const langstring = (text: string): string => `<langstring lang="en">${escapeXml(text)}</langstring>`;

/** cmi5.xml (cmi5 Quartz §13), every text escaped so it stays well-formed whatever the scenarios say. */
export function courseStructure(input: CourseInput): string {
  const aus = input.scenarios
    .map(
      (
        s,
      ) => `  <au id="${escapeXml(scenarioActivityId(s.id))}" moveOn="${MOVE_ON}" masteryScore="${MASTERY_SCORE}" launchMethod="AnyWindow">
    <title>${langstring(s.title)}</title>
    <description>${langstring(s.summary)}</description>
    <url>${escapeXml(auUrl(s.id))}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(COURSE_ID)}">
    <title>${langstring(input.title)}</title>
    <description>${langstring(input.description)}</description>
  </course>
${aus}
</courseStructure>
`;
}
