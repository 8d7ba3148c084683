import type { AudioKind, PackDiagnostic } from '../../export/packs';
import type { CompiledScenario } from '../scenarios/engine';

/** What the pack checker is asked: the file's bytes and the ids the app already has built in. */
export interface PackCheckRequest {
  bytes: Uint8Array;
  builtInIds: string[];
}

/** A checker diagnostic with the catalogue's plain-words title and fix. */
export interface ExplainedDiagnostic extends PackDiagnostic {
  title: string;
  fix: string;
}

/** A voice clip of an accepted scenario: the patient line it speaks and its checked bytes. */
export interface CheckedClip {
  contentHash: string;
  scenarioId: string;
  line: string;
  kind: AudioKind;
  bytes: Uint8Array;
}

export type PackCheckOutcome =
  | { ok: true; publishedAt: string; scenarios: CompiledScenario[]; clips: CheckedClip[] }
  | {
      ok: false;
      /** Problems with the file itself (size, format, a zip bomb, a sound file that is not one). */
      problems: string[];
      /** Scenarios the checker turned away, each with its errors. */
      scenarios: { file: string; problems: string[]; diagnostics: ExplainedDiagnostic[] }[];
    };
