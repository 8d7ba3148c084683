import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { CheckResult } from '../engine/authoring';
import {
  CATALOG_ID,
  catalogModuleCode,
  PLAY_ID_PREFIX,
  RESOLVED_PREFIX,
  SCENARIO_ID_PREFIX,
  scenarioIdOfPlayModule,
  scenarioModuleCode,
} from './catalog-module';
import { SCENARIO_SUFFIX } from './check-files';
import { formatDiagnostic } from './report';
import { ScenarioStore } from './scenario-store';
import { VOICE_ID, voiceModuleCode } from './voice-module';

export interface ScenariosPluginOptions {
  /** Folder of shipped scenarios, relative to the Vite root. */
  dir?: string;
}

const PARSER_MODULES = /[\\/](?:src[\\/]engine[\\/]format[\\/](?!scenario\.types)[\w-]+\.ts|node_modules[\\/]js-yaml[\\/].*)$/;

const errorLines = (results: CheckResult[]) =>
  results
    .flatMap((r) => r.diagnostics)
    .filter((d) => d.severity === 'error')
    .map(formatDiagnostic);

/**
 * Builds scenarios/*.scenario.yaml into JSON at build time, so the trainee
 * bundle never contains the YAML parser or the schema:
 * - `virtual:scenario-catalog` exports `catalog` and `loadScenario(id)`;
 * - `virtual:scenario/<id>` exports the CompiledScenario (analysis attached);
 * - `virtual:scenario-play/<id>-play` exports the play screen's copy of it,
 *   without the feedback and analysis only scoring and the debrief read;
 * - `virtual:scenario-voice` lists each scenario's voice clips and their sizes.
 * `vite build` fails on any error, printing `path:line:col severity SCNnnn
 * message` lines; the dev server re-checks and reloads when a file is saved.
 */
export function scenariosPlugin(options: ScenariosPluginOptions = {}): Plugin {
  let store: ScenarioStore | undefined;
  let root = process.cwd();
  let dir = resolve(root, options.dir ?? 'scenarios');
  let building = false;
  let publicDir = resolve(root, 'public');
  const getStore = () => (store ??= new ScenarioStore(root, dir, building));

  const onFileEvent = (server: ViteDevServer, file: string) => {
    if (!file.startsWith(dir + sep) || !file.endsWith(SCENARIO_SUFFIX)) return;
    getStore().invalidate(file);
    for (const mod of [...server.moduleGraph.idToModuleMap.values()]) {
      if (mod.id?.startsWith(RESOLVED_PREFIX + 'virtual:scenario')) server.moduleGraph.invalidateModule(mod);
    }
    const errors = errorLines(getStore().results());
    if (errors.length > 0) {
      server.config.logger.error(errors.join('\n'), { timestamp: true });
      server.ws.send({ type: 'error', err: { message: `Scenario errors:\n${errors.join('\n')}`, stack: '' } });
    } else {
      server.ws.send({ type: 'full-reload' });
    }
  };

  return {
    name: 'common-ground-scenarios',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'scenarios');
      building = config.command === 'build';
      publicDir = config.publicDir;
    },
    buildStart() {
      if (!building) return; // dev and tests check lazily, on first import
      const results = getStore().results();
      for (const result of results) this.addWatchFile(resolve(root, result.file));
      const errors = errorLines(results);
      if (errors.length > 0) {
        this.error(`${errors.length} scenario error${errors.length === 1 ? '' : 's'}:\n${errors.join('\n')}`);
      }
    },
    transform(_code, id) {
      // The parser, schema and checker are imported through the engine's
      // door but never called by the player; declaring them free of side
      // effects lets the bundler drop them (and zod and js-yaml with them).
      if (PARSER_MODULES.test(id.split('?')[0] ?? id)) return { moduleSideEffects: false };
      return null;
    },
    resolveId(id) {
      if (id === CATALOG_ID || id === VOICE_ID || id.startsWith(SCENARIO_ID_PREFIX) || id.startsWith(PLAY_ID_PREFIX))
        return RESOLVED_PREFIX + id;
      return null;
    },
    load(id) {
      if (id === RESOLVED_PREFIX + CATALOG_ID) return catalogModuleCode(getStore().catalog());
      if (id === RESOLVED_PREFIX + VOICE_ID) {
        const valid = getStore()
          .results()
          .flatMap((r) => (r.ok && r.compiled ? [r.compiled] : []));
        return voiceModuleCode(valid, publicDir);
      }
      const forPlayOnly = id.startsWith(RESOLVED_PREFIX + PLAY_ID_PREFIX);
      if (!forPlayOnly && !id.startsWith(RESOLVED_PREFIX + SCENARIO_ID_PREFIX)) return null;
      const moduleId = id.slice(RESOLVED_PREFIX.length);
      const scenarioId = forPlayOnly ? scenarioIdOfPlayModule(moduleId) : moduleId.slice(SCENARIO_ID_PREFIX.length);
      const compiled = getStore().compiled(scenarioId);
      if (!compiled) this.error(`No valid scenario "${scenarioId}" in ${dir}`);
      return scenarioModuleCode(compiled, forPlayOnly);
    },
    configureServer(server) {
      server.watcher.add(dir);
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, (file: string) => onFileEvent(server, file));
    },
  };
}
