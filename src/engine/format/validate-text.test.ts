import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from './check-scenario';

const FIXTURE = 'tests/fixtures/invalid/scn080-invisible-character.scenario.yaml';
const source = readFileSync(FIXTURE, 'utf8');
const check = (text: string) => checkScenarioSource(text, 'scn080-invisible-character.scenario.yaml', { analyse: false }).diagnostics;

describe('SCN080: control and text-direction characters', () => {
  it('warns once per field, at the field, in titles, persona fields, choice text and feedback', () => {
    const found = check(source).map((d) => [d.code, d.severity, d.path.join('.'), d.line, d.col]);
    expect(found).toEqual([
      ['SCN080', 'warning', 'title', 4, 8],
      ['SCN080', 'warning', 'persona.name', 11, 9],
      ['SCN080', 'warning', 'nodes.0.choices.0.text', 30, 15],
      ['SCN080', 'warning', 'nodes.0.choices.1.feedback', 36, 19],
    ]);
  });

  it('names the character and where it is in the text', () => {
    const [title, name, choice] = check(source);
    expect(title?.message).toMatch(/U\+202E RIGHT-TO-LEFT OVERRIDE.*character 9\b/);
    expect(name?.message).toMatch(/control character U\+0007.*character 5\b/);
    expect(choice?.message).toMatch(/U\+2067 RIGHT-TO-LEFT ISOLATE.*character 13 \(and 1 more such character\)/);
  });

  it('allows the left-to-right and right-to-left marks, tab and newline', () => {
    const clean = source
      .replace('"Fixture \\u202Edrowssap"', '"Fixture\\tone\\nline \\u200F\\u200E\\u061C"')
      .replace('"Test\\u0007 Patient"', 'Test Patient')
      .replace('"That sounds \\u2067hard\\u2069."', 'Hard.')
      .replace('"Dismissive\\u0000."', 'Dismissive.');
    expect(check(clean)).toEqual([]);
  });

  it('finds a lone surrogate, DEL, a C1 control and U+FFFE', () => {
    for (const escape of ['\\uD800', '\\x7F', '\\x85', '\\uFFFE']) {
      const text = source.replace('"Fixture \\u202Edrowssap"', `"Fixture ${escape}"`).replace('"Test\\u0007 Patient"', 'Test Patient');
      expect(
        check(text).filter((d) => d.path[0] === 'title'),
        escape,
      ).toHaveLength(1);
    }
  });
});
