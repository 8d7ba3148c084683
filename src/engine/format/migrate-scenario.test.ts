import { describe, expect, it } from 'vitest';
import { migrateScenario, MIGRATIONS } from './migrate-scenario';
import type { MigrationStep } from './migrate-scenario';

const codes = (result: ReturnType<typeof migrateScenario>) => result.diagnostics.map((d) => d.code);

describe('migrateScenario', () => {
  it('has no steps while version 1 is current', () => {
    expect(MIGRATIONS).toEqual({});
  });

  it('passes a current file through unchanged', () => {
    const data = { schemaVersion: 1, id: 'x' };
    expect(migrateScenario(data, 'f')).toEqual({ data, diagnostics: [] });
  });

  it('reports a missing version and reads the file as current', () => {
    const result = migrateScenario({ id: 'x' }, 'f');
    expect(codes(result)).toEqual(['SCN008']);
    expect(result.data).toEqual({ schemaVersion: 1, id: 'x' });
    expect(result.diagnostics[0]?.path).toEqual(['schemaVersion']);
  });

  it.each([[7], [0], [1.5], ['1'], [true]])('stops on schemaVersion %j', (version) => {
    const result = migrateScenario({ schemaVersion: version }, 'f');
    expect(codes(result)).toEqual(['SCN009']);
    expect(result.data).toBeNull();
  });

  it('applies up-steps in order from the version the file was written in', () => {
    const steps: Record<number, MigrationStep> = {
      1: { description: 'rename mood to expression', up: (d) => ({ ...d, expression: d.mood, mood: undefined }) },
      2: { description: 'add tags', up: (d) => ({ ...d, tags: [] }) },
    };
    const result = migrateScenario({ schemaVersion: 1, mood: 'angry' }, 'f', { current: 3, steps });
    expect(result).toEqual({
      data: { schemaVersion: 3, expression: 'angry', mood: undefined, tags: [] },
      diagnostics: [],
      migratedFrom: 1,
    });
  });

  it('reports a gap in the upgrade table', () => {
    const result = migrateScenario({ schemaVersion: 1 }, 'f', { current: 2, steps: {} });
    expect(codes(result)).toEqual(['SCN009']);
  });
});
