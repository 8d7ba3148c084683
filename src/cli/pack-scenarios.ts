/**
 * Scenario packs in the LMS package builds: `npm run build:scorm -- --pack
 * week-3.cgpack.zip` (repeatable) or `PACKS=a.cgpack.zip,b.cgpack.zip`. Each
 * pack is read and checked exactly as the trainee app does (a pack with any
 * error stops the build); its scenarios are built in beside scenarios/.
 * A pack's voice clips are built in too, as audio/<scenario>/<n>.<format>
 * beside the shipped clips (buildPackageApp copies them in), so its patients speak in the LMS
 * as they do in the trainee app.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { writePackClipList, type PackClipList } from '../build/voices/pack-clip-list';
import { checkScenarioSource } from '../engine/authoring';
import { audioKind, checkPackScenarios, readPack, type ReadPack } from '../export/packs';
import { scenarioList } from './lms-package-app';

/** The pack files named by `--pack FILE` / `--pack=FILE` arguments and the PACKS variable (comma- or path-list-separated). */
export function packFiles(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--pack') {
      const next = argv[i + 1];
      if (!next || next.startsWith('--')) throw new Error('--pack needs a pack file after it, e.g. --pack week-3.cgpack.zip');
      files.push(next);
      i += 1;
    } else if (arg.startsWith('--pack=')) {
      files.push(arg.slice('--pack='.length));
    } else {
      throw new Error(`Unknown argument "${arg}". The only option is --pack FILE.`);
    }
  }
  for (const file of (env.PACKS ?? '').split(new RegExp(`[,${delimiter === ';' ? ';' : ':'}]`))) if (file.trim()) files.push(file.trim());
  return files;
}

/**
 * Writes one pack scenario's clips into the staged folder at the paths they
 * will have in the package's app (audio/<scenario>/…), numbered
 * (a line id may hold characters a file name should not), and returns line
 * id → path in the package. The format is the one the bytes say.
 */
function stageClips(pack: ReadPack, id: string, stageDir: string): Record<string, string> {
  const listed = pack.manifest.scenarios.find((s) => s.id === id)?.clips ?? [];
  const paths: Record<string, string> = {};
  listed.forEach(({ line, file }, index) => {
    const bytes = pack.clips.get(file);
    const kind = bytes && audioKind(bytes);
    if (!bytes || !kind) return;
    const path = `audio/${id}/${index + 1}.${kind}`;
    mkdirSync(dirname(join(stageDir, path)), { recursive: true });
    writeFileSync(join(stageDir, path), bytes);
    paths[line] = path;
  });
  return paths;
}

/**
 * A folder holding the shipped scenarios (and their voices) plus every
 * pack's scenarios and clips, checked; throws with each problem in plain words when a
 * pack is rejected or two packs hold the same scenario id.
 */
export function stageScenarios(root: string, packs: readonly string[], stageDir: string): string {
  const shipped = join(root, 'scenarios');
  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(stageDir, { recursive: true });
  cpSync(shipped, stageDir, { recursive: true, filter: (src) => !src.endsWith('.schema.json') });
  const taken = new Map(scenarioList(shipped).map(({ id }) => [id, 'scenarios/']));
  const clips: PackClipList = {};
  for (const pack of packs) {
    const path = resolve(root, pack);
    if (!existsSync(path)) throw new Error(`${pack}: there is no such file.`);
    const read = readPack(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(`${pack} was rejected:\n${read.problems.map((p) => `  ${p}`).join('\n')}`);
    const checked = checkPackScenarios(read.value, (source, file) => checkScenarioSource(source, file));
    if (!checked.ok) {
      const lines = checked.scenarios.flatMap((s) => [
        ...s.problems.map((p) => `  ${s.file}: ${p}`),
        ...s.diagnostics.map((d) => `  ${s.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}`),
      ]);
      throw new Error(`${pack} was rejected:\n${lines.join('\n')}`);
    }
    for (const { compiled, source } of checked.scenarios) {
      const id = compiled.scenario.id;
      const owner = taken.get(id);
      if (owner) throw new Error(`${pack}: the scenario "${id}" is already in ${owner}. Each scenario id may be built in once.`);
      taken.set(id, pack);
      writeFileSync(join(stageDir, `${id}.scenario.yaml`), source);
      const staged = stageClips(read.value, id, stageDir);
      if (Object.keys(staged).length > 0) clips[id] = staged;
    }
  }
  writePackClipList(stageDir, clips);
  return stageDir;
}
