import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPLACEMENT_CHARACTER } from './escape-xml';
import { zipScormPackage, type ScormVersion } from './package-zip';

/** Every character that has broken XML somewhere: markup, controls, noncharacters, lone surrogates, bidi controls. */
const AWKWARD = `Tom & "Jerry" <b>'s</b> ]]> \u0000\u0001\u0008\u000B\u000C\u001B\u001F\t\r\n\u0085\uFFFE\uFFFF\uD800 \uDFFF \u202E\u2066 😀`;

/** A scenario file as build:scorm reads it (YAML double-quoted escapes reach the text unchanged). */
const SCENARIO_YAML = `id: awkward\ntitle: ${JSON.stringify(AWKWARD)}\nsummary: ${JSON.stringify(AWKWARD)}\n`;

function manifestOf(version: ScormVersion): Document {
  const scenario = parse(SCENARIO_YAML) as { id: string; title: string; summary: string };
  const files = new Map([['index.html', new TextEncoder().encode('<!doctype html>')]]);
  const zip = zipScormPackage(version, files, { title: scenario.summary, scenarios: [{ id: scenario.id, title: scenario.title }] });
  const text = new TextDecoder().decode(unzipSync(zip)['imsmanifest.xml']);
  return new DOMParser().parseFromString(text, 'application/xml');
}

describe.each<ScormVersion>(['1.2', '2004'])('SCORM %s imsmanifest.xml', (version) => {
  it('is well-formed XML when the titles hold every awkward character', () => {
    expect((parse(SCENARIO_YAML) as { title: string }).title).toBe(AWKWARD);
    const doc = manifestOf(version);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('manifest');
  });

  it('carries the titles as written, with only the characters XML cannot hold replaced', () => {
    const titles = [...manifestOf(version).getElementsByTagName('title')].map((element) => element.textContent);
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, as AWKWARD holds them.
    const expected = AWKWARD.replace(/[\u0000\u0001\u0008\u000B\u000C\u001B\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu, REPLACEMENT_CHARACTER);
    expect(titles).toEqual([expected, expected]);
  });
});
