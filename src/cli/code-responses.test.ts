import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCodeResponses } from './code-responses';

const root = join(import.meta.dirname, '../..');

function run(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'code-responses-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content);
  const out: string[] = [];
  const err: string[] = [];
  const code = runCodeResponses(argv, { root, cwd, out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run code-responses', () => {
  it('prints one JSON object a line, in order, with the fields the issue names', () => {
    const { code, out } = run(['--jsonl', 'u.txt'], { 'u.txt': 'what happened at work\n\nmm-hmm\n' });
    expect(code).toBe(0);
    const lines = out.split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.text)).toEqual(['what happened at work', '', 'mm-hmm']);
    expect(Object.keys(lines[0] ?? {})).toEqual(['text', 'behaviour', 'question', 'reflection', 'input', 'codes']);
    expect(lines[1]).toEqual({ text: '', behaviour: 'other', question: null, reflection: null, input: null, codes: [] });
  });

  it('cuts a line over 2,000 characters and flags it', () => {
    const long = 'tell me more about the pain '.repeat(100);
    const { out } = run(['--jsonl', 'u.txt'], { 'u.txt': `${long}\n` });
    expect(JSON.parse(out)).toMatchObject({ text: long, truncated: true });
    expect(run(['u.txt'], { 'u.txt': `${long}\n` }).out).toContain('[cut at 2,000 characters]');
  });

  it('prints a readable table without --jsonl', () => {
    const { code, out } = run(['u.txt'], { 'u.txt': 'is it worse at night\n' });
    expect(code).toBe(0);
    expect(out).toMatch(/^ {3}1 {2}question \(closed\)/);
  });

  it('rejects a binary file with a clear message', () => {
    const { code, err } = run(['b.bin'], { 'b.bin': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) });
    expect(code).toBe(2);
    expect(err).toMatch(/binary file/);
  });

  it('explains its usage when the file is missing or an option is unknown', () => {
    expect(run([]).err).toMatch(/Usage/);
    expect(run(['--csv', 'u.txt']).err).toMatch(/Unknown option --csv/);
    expect(run(['nope.txt']).err).toMatch(/no such file/);
  });
});
