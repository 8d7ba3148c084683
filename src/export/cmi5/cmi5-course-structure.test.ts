import { describe, expect, it } from 'vitest';
import { REPLACEMENT_CHARACTER } from '../scorm/escape-xml';
import { courseStructure, MASTERY_SCORE } from './cmi5-course-structure';
import { parseCmi5Launch } from './cmi5-launch-params';

/** Every character that has broken XML somewhere: markup, controls, noncharacters, lone surrogates, bidi controls. */
const AWKWARD = `Tom & "Jerry" <b>'s</b> ]]> \u0000\u0001\u000B\u001F\t\r\n\u0085\uFFFE\uD800 \u202E 😀`;

function parsed(): Document {
  const text = courseStructure({
    title: AWKWARD,
    description: AWKWARD,
    scenarios: [
      { id: 'plain', title: 'Plain', summary: 'A summary' },
      { id: 'odd & <id>', title: AWKWARD, summary: AWKWARD },
    ],
  });
  return new DOMParser().parseFromString(text, 'application/xml');
}

describe('cmi5.xml', () => {
  it('is well-formed XML whatever the scenario text holds, with one AU per scenario', () => {
    const doc = parsed();
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('courseStructure');
    expect(doc.documentElement.namespaceURI).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    expect(doc.getElementsByTagName('au')).toHaveLength(2);
  });

  it('carries the text as written, with only the characters XML cannot hold replaced', () => {
    const title = parsed().getElementsByTagName('au')[1]!.getElementsByTagName('langstring')[0]!.textContent;
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, as AWKWARD holds them.
    expect(title).toBe(AWKWARD.replace(/[\u0000\u0001\u000B\u001F\uFFFE\uD800-\uDFFF]/gu, REPLACEMENT_CHARACTER));
  });

  it('gives moveOn Passed, the pass mark as masteryScore and a relative URL naming the scenario', () => {
    const au = parsed().getElementsByTagName('au')[1]!;
    expect(au.getAttribute('moveOn')).toBe('Passed');
    expect(au.getAttribute('masteryScore')).toBe(String(MASTERY_SCORE));
    expect(MASTERY_SCORE).toBe(0.7);
    const url = au.getElementsByTagName('url')[0]!.textContent;
    expect(new URL(url, 'https://lms.example/pkg/').searchParams.get('scenario')).toBe('odd & <id>');
    expect(url.startsWith('index.html?')).toBe(true);
  });
});

describe('cmi5 launch parameters', () => {
  const good = {
    endpoint: 'https://lms.example/xapi',
    fetch: 'https://lms.example/fetch?k=1',
    actor: JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: '42' } }),
    registration: 'd0000000-0000-4000-8000-0000000000e1',
    activityId: 'https://lms.example/au/1',
  };
  it('reads them in any order, and names the first unusable one', () => {
    const result = parseCmi5Launch(`?${new URLSearchParams(Object.entries(good).reverse())}`);
    expect(result).toMatchObject({ ok: true, launch: { endpoint: 'https://lms.example/xapi/', activityId: good.activityId } });
    expect(parseCmi5Launch(`?${new URLSearchParams({ ...good, fetch: 'javascript:alert(1)' })}`)).toEqual({
      ok: false,
      problem: expect.stringMatching(/fetch/),
    });
    expect(parseCmi5Launch(`?${new URLSearchParams({ ...good, actor: JSON.stringify({ mbox: 'mailto:a@b.c' }) })}`)).toEqual({
      ok: false,
      problem: expect.stringMatching(/account/),
    });
  });
});
