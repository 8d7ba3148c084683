// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarioTemplate } from '../engine/authoring';
import { scenariosPlugin } from './scenarios-plugin';

type AnyHook = (this: unknown, ...args: unknown[]) => unknown;
function hook(plugin: Plugin, name: keyof Plugin, context: unknown, ...args: unknown[]): unknown {
  const value = plugin[name] as AnyHook | { handler: AnyHook } | undefined;
  const fn = typeof value === 'function' ? value : value?.handler;
  if (!fn) throw new Error(`plugin has no ${String(name)} hook`);
  return fn.call(context, ...args);
}

const context = {
  addWatchFile: () => undefined,
  error: (message: string) => {
    throw new Error(message);
  },
};

let root = '';
const writeScenario = (name: string, text: string) => writeFileSync(join(root, 'scenarios', `${name}.scenario.yaml`), text);
const setUp = (command: 'build' | 'serve') => {
  const plugin = scenariosPlugin();
  hook(plugin, 'configResolved', context, { root, command, publicDir: join(root, 'public') });
  return plugin;
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'scenarios-plugin-'));
  mkdirSync(join(root, 'scenarios'));
  mkdirSync(join(root, 'public'));
  writeScenario('sample', scenarioTemplate('sample'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('scenariosPlugin', () => {
  it('resolves its virtual modules and nothing else', () => {
    const plugin = setUp('serve');
    expect(hook(plugin, 'resolveId', context, 'virtual:scenario-catalog')).toBe('\0virtual:scenario-catalog');
    expect(hook(plugin, 'resolveId', context, 'virtual:scenario/sample')).toBe('\0virtual:scenario/sample');
    expect(hook(plugin, 'resolveId', context, 'virtual:scenario-play/sample-play')).toBe('\0virtual:scenario-play/sample-play');
    expect(hook(plugin, 'resolveId', context, './other')).toBeNull();
  });

  it('lists valid scenarios in the catalog and serves each one compiled, with analysis', () => {
    writeScenario('broken', scenarioTemplate('broken').replace('next: plan-1', 'next: plan-9'));
    const plugin = setUp('serve');
    const catalog = hook(plugin, 'load', context, '\0virtual:scenario-catalog') as string;
    expect(catalog).toContain('virtual:scenario/sample');
    expect(catalog).not.toContain('virtual:scenario/broken');
    const scenario = hook(plugin, 'load', context, '\0virtual:scenario/sample') as string;
    const json = JSON.parse(JSON.parse(/JSON\.parse\((".*")\)/.exec(scenario)?.[1] ?? '""') as string) as {
      scenario: { id: string };
      analysis?: unknown;
      contentHash: string;
    };
    expect(json.scenario.id).toBe('sample');
    expect(json.contentHash).toMatch(/^fnv1a64:/);
    expect(json.analysis).toMatchObject({ bestOutcome: expect.any(String) });
    expect(() => hook(plugin, 'load', context, '\0virtual:scenario/broken')).toThrow(/No valid scenario "broken"/);
  });

  it("serves each scenario's play copy: no feedback, no analysis, the whole scenario's content hash", () => {
    const plugin = setUp('serve');
    const parsed = (id: string) =>
      JSON.parse(JSON.parse(/JSON\.parse\((".*")\)/.exec(hook(plugin, 'load', context, id) as string)?.[1] ?? '""') as string) as Record<
        string,
        unknown
      >;
    const whole = parsed('\0virtual:scenario/sample');
    const play = parsed('\0virtual:scenario-play/sample-play');
    expect(JSON.stringify(whole)).toContain('"feedback"');
    expect(JSON.stringify(play)).not.toContain('"feedback"');
    expect(play).toMatchObject({ playOnly: true, contentHash: whole.contentHash, scenario: { id: 'sample' } });
    expect(play.analysis).toBeUndefined();
    expect(() => hook(plugin, 'load', context, '\0virtual:scenario-play/broken-play')).toThrow(/No valid scenario "broken"/);
  });

  it('fails the build with path:line:col severity code message lines', () => {
    writeScenario('broken', scenarioTemplate('broken').replace('next: plan-1', 'next: plan-9'));
    const plugin = setUp('build');
    expect(() => hook(plugin, 'buildStart', context)).toThrow(
      /scenarios\/broken\.scenario\.yaml:71:15 error SCN034 node "exploring-1", choice "a": "plan-9" is not a node or ending/,
    );
  });

  it('builds when every scenario is valid', () => {
    const plugin = setUp('build');
    expect(() => hook(plugin, 'buildStart', context)).not.toThrow();
  });

  it('lists each scenario\'s voice clips with their sizes, for "available offline"', () => {
    mkdirSync(join(root, 'public', 'audio', 'sample'), { recursive: true });
    writeFileSync(join(root, 'public', 'audio', 'sample', 'opening.ogg'), 'x'.repeat(1234));
    writeScenario(
      'sample',
      scenarioTemplate('sample').replace(
        '      expression: irritated ',
        '      audio: audio/sample/opening.ogg\n      expression: irritated ',
      ),
    );
    const plugin = setUp('serve');
    expect(hook(plugin, 'resolveId', context, 'virtual:scenario-voice')).toBe('\0virtual:scenario-voice');
    const code = hook(plugin, 'load', context, '\0virtual:scenario-voice') as string;
    expect(code).toContain(JSON.stringify(JSON.stringify({ sample: [{ path: 'audio/sample/opening.ogg', bytes: 1234 }] })));
  });

  it('re-reads a file when its content changes', () => {
    const plugin = setUp('serve');
    expect(hook(plugin, 'load', context, '\0virtual:scenario-catalog')).toContain('Replace with a short title');
    writeScenario('sample', scenarioTemplate('sample').replace('Replace with a short title', 'Edited title'));
    expect(hook(plugin, 'load', context, '\0virtual:scenario-catalog')).toContain('Edited title');
  });

  it('marks the parser and checker modules free of side effects, so the player bundle drops them', () => {
    const plugin = setUp('build');
    expect(hook(plugin, 'transform', context, '', '/app/src/engine/format/scenario-schema.ts')).toEqual({ moduleSideEffects: false });
    expect(hook(plugin, 'transform', context, '', '/app/node_modules/js-yaml/dist/js-yaml.mjs')).toEqual({ moduleSideEffects: false });
    expect(hook(plugin, 'transform', context, '', '/app/src/engine/format/scenario.types.ts')).toBeNull();
    expect(hook(plugin, 'transform', context, '', '/app/src/engine/runtime/create-session.ts')).toBeNull();
  });
});
