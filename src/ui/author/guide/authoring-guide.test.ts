import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckScenarios } from '../../../cli/check-scenarios';
import {
  checkScenarioSource,
  createSession,
  DEFAULT_INITIAL_STATE,
  DIAGNOSTIC_CATALOGUE,
  PATIENT_STATE_VARIABLES,
} from '../../../engine/authoring';
import { GUIDE_COMMAND, GUIDE_FILE, updateGuideSections } from './guide-sections';

/*
 * The authoring guide (scenarios/README.md) is tested like code: its tutorial
 * must check clean and play, and its references must match the rubric, the
 * patient model and the diagnostic catalogue.
 */
const guide = readFileSync(resolve(process.cwd(), GUIDE_FILE), 'utf8');
const rubric = JSON.parse(readFileSync(resolve(process.cwd(), 'seeds/rubric.json'), 'utf8')) as {
  codes: { id: string; example: string }[];
};

/** The fenced block right after each `<!-- marker -->` line. */
function blocksAfter(marker: string): string[] {
  const pattern = new RegExp(`<!-- ${marker} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``, 'g');
  return [...guide.matchAll(pattern)].map((m) => m[1] ?? '');
}

const [tutorial = ''] = blocksAfter('tutorial:final');
const FILE = 'first-visit-knee.scenario.yaml';

function play(choices: string[]) {
  const check = checkScenarioSource(tutorial, FILE, { analyse: false });
  const session = createSession(check.compiled!);
  for (const choiceId of choices) session.send({ type: 'CHOOSE', choiceId });
  const view = session.getView();
  session.stop();
  return view;
}

describe('the tutorial', () => {
  it('builds its final file from its steps, in order', () => {
    const steps = blocksAfter('tutorial:step');
    expect(steps).toHaveLength(6);
    expect(steps.join('')).toBe(tutorial);
  });

  it('ends with a three-node file that passes the checker with nothing to report', () => {
    const check = checkScenarioSource(tutorial, FILE);
    expect(check.diagnostics).toEqual([]);
    expect(check.stats).toMatchObject({
      nodes: 3,
      endings: 4,
      bestScore: 100,
      worstScore: 3,
      bestOutcome: 'alliance',
      worstOutcome: 'escalated',
      routes: 12,
    });
  });

  it('prints what step 7 says the checker prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-'));
    try {
      writeFileSync(join(dir, FILE), tutorial);
      const out: string[] = [];
      const status = runCheckScenarios([join(dir, FILE)], { cwd: process.cwd(), out: (t) => out.push(t), err: (t) => out.push(t) });
      expect(status).toBe(0);
      expect(guide).toContain(`\`\`\`text\n${out.join('\n').trim()}\n\`\`\``);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports the mistake step 7 suggests trying', () => {
    const codes = checkScenarioSource(tutorial.replace('next: plan-1', 'next: plan-2'), FILE).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['SCN034']);
    expect(guide).toContain('to\n`next: plan-2`');
  });

  it('plays to each of its endings in the engine', () => {
    expect(play(['b', 'a', 'a']).ending?.outcome).toBe('alliance');
    expect(play(['b', 'b', 'a']).ending?.outcome).toBe('partial');
    expect(play(['a', 'a', 'b']).ending).toMatchObject({ id: 'cancels', outcome: 'disengaged' });
    expect(play(['a', 'b', 'b']).ending).toMatchObject({ id: 'walked-out', outcome: 'escalated' });
  });
});

describe('the references', () => {
  it('has its generated sections up to date', () => {
    expect(guide, `run ${GUIDE_COMMAND}`).toBe(updateGuideSections(guide));
  });

  it('explains every diagnostic code with an example and its fix', () => {
    for (const info of DIAGNOSTIC_CATALOGUE) {
      const at = guide.indexOf(`#### ${info.code}: `);
      expect(at, info.code).toBeGreaterThan(-1);
      const entry = guide.slice(at, guide.indexOf('\n#### ', at + 1) === -1 ? undefined : guide.indexOf('\n#### ', at + 1));
      expect(entry, info.code).toContain('*Example:*');
      expect(entry, info.code).toContain('*Fix:*');
    }
  });

  it('gives every rubric code in seeds/rubric.json with its example', () => {
    expect(rubric.codes).toHaveLength(29);
    for (const code of rubric.codes) {
      expect(guide).toContain(`- **\`${code.id}\`: `);
      expect(guide).toContain(`*Example:* ${code.example.replace(/</g, '&lt;').replace(/\*/g, '\\*')}`);
    }
  });

  it('states the initial-state defaults the engine uses', () => {
    for (const variable of PATIENT_STATE_VARIABLES) {
      expect(guide).toMatch(new RegExp(`\\| \`${variable}\` \\|[^\\n]*\\| ${DEFAULT_INITIAL_STATE[variable]} \\|`));
    }
  });

  it('labels the patient model’s numbers as design parameters', () => {
    const table = guide.slice(guide.indexOf('<!-- model-parameters:start'), guide.indexOf('<!-- model-parameters:end'));
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Parameter') && !line.startsWith('| ---'));
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows) expect(row).toMatch(/\| design parameter \|$/);
    expect(guide).toContain('**Every number in this section is a design parameter**');
  });

  it('covers VS Code, hot reload and the Author page', () => {
    expect(guide).toContain('# yaml-language-server: $schema=./scenario.schema.json');
    expect(guide).toContain('`redhat.vscode-yaml`');
    expect(guide).toContain('### 2.3 Hot reload with `npm start`');
    expect(guide).toContain('`#/author`');
  });
});
