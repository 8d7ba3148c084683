import type { Diagnostic } from './diagnostic.types';
import { makeDiagnostic } from './make-diagnostic';
import { SCENARIO_SCHEMA_VERSION } from './scenario.types';

type Data = Record<string, unknown>;

/** One upgrade of the authored format, from version N to N + 1. */
export interface MigrationStep {
  description: string;
  up: (data: Data) => Data;
}

/**
 * Upgrades keyed by the version they upgrade *from* (tldraw-style up steps):
 * MIGRATIONS[1] would turn a v1 file into v2. Version 1 is current, so the
 * table is empty; bumping SCENARIO_SCHEMA_VERSION means adding a step here,
 * a fixture, and a note in scenarios/README.md.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export interface MigrationResult {
  /** The data at the current version, or null when it cannot be read. */
  data: Data | null;
  diagnostics: Diagnostic[];
  /** The version the file was written in, when it was upgraded. */
  migratedFrom?: number;
}

export interface MigrationOptions {
  current?: number;
  steps?: Readonly<Record<number, MigrationStep>>;
}

/**
 * Brings a parsed file up to the current format version. A missing version
 * is reported and read as current (so the author sees every other problem
 * too); a newer or malformed one stops reading.
 */
export function migrateScenario(data: Data, file: string, options: MigrationOptions = {}): MigrationResult {
  const current = options.current ?? SCENARIO_SCHEMA_VERSION;
  const steps = options.steps ?? MIGRATIONS;
  const version = data.schemaVersion;
  if (version === undefined || version === null) {
    return {
      data: { schemaVersion: current, ...data },
      diagnostics: [
        makeDiagnostic(
          'SCN008',
          `Missing "schemaVersion: ${current}"; the file is checked as version ${current}.`,
          ['schemaVersion'],
          file,
        ),
      ],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > current) {
    const why =
      typeof version === 'number' && version > current ? 'is newer than this version of Common Ground reads' : 'is not a format version';
    return {
      data: null,
      diagnostics: [
        makeDiagnostic(
          'SCN009',
          `schemaVersion ${JSON.stringify(version)} ${why}; write "schemaVersion: ${current}".`,
          ['schemaVersion'],
          file,
        ),
      ],
    };
  }
  let upgraded = data;
  for (let from = version; from < current; from++) {
    const step = steps[from];
    if (!step) {
      return {
        data: null,
        diagnostics: [makeDiagnostic('SCN009', `No upgrade from schemaVersion ${from} to ${from + 1} exists.`, ['schemaVersion'], file)],
      };
    }
    upgraded = { ...step.up(upgraded), schemaVersion: from + 1 };
  }
  return version === current ? { data: upgraded, diagnostics: [] } : { data: upgraded, diagnostics: [], migratedFrom: version };
}
