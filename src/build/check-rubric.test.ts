// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EFFECTS_PATH, checkRubricFiles } from './check-rubric';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function copySeeds(): string {
  root = mkdtempSync(join(tmpdir(), 'check-rubric-'));
  cpSync(join(process.cwd(), 'seeds'), join(root, 'seeds'), { recursive: true });
  return root;
}

describe('checkRubricFiles', () => {
  it('passes the shipped rubric, its effects and the evidence', () => {
    expect(checkRubricFiles(copySeeds())).toEqual([]);
  });
  it('reports a verified entry without checkable details in the evidence file, at its line', () => {
    const dir = copySeeds();
    const path = join(dir, 'seeds/evidence.json');
    const base = JSON.parse(readFileSync(path, 'utf8')) as { entries: { id: string; confidence: string; source?: unknown }[] };
    const nurse = base.entries.find((entry) => entry.id === 'nurse-avoid-i-understand')!;
    nurse.confidence = 'verified';
    writeFileSync(path, JSON.stringify(base, null, 2));
    const found = checkRubricFiles(dir);
    expect(found.map((d) => [d.code, d.file])).toEqual([['SCN106', 'seeds/evidence.json']]);
    expect(found[0]!.line).toBeGreaterThan(0);
  });
  it("reports a bad or missing effect in the effects file, at that code's entry", () => {
    const dir = copySeeds();
    const path = join(dir, EFFECTS_PATH);
    const effects = JSON.parse(readFileSync(path, 'utf8')) as { effects: Record<string, unknown> };
    effects.effects.CR = { calm: 3 };
    delete effects.effects.SR;
    effects.effects.NEW = { anger: 1 };
    writeFileSync(path, JSON.stringify(effects, null, 2));
    const found = checkRubricFiles(dir);
    expect(found.map((d) => [d.code, d.file, d.path.join('.')])).toEqual([
      ['SCN100', EFFECTS_PATH, 'effects.CR'],
      ['SCN100', EFFECTS_PATH, 'effects.SR'],
      ['SCN100', EFFECTS_PATH, 'effects.NEW'],
    ]);
    expect(found[0]!.line).toBeGreaterThan(0);
  });
});
