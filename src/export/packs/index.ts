/** Scenario packs: the file format (read and write) and the re-check every pack gets before it is kept. */
export * from './pack-format';
export { readPack } from './read-pack';
export { writePack, type PackScenarioInput } from './write-pack';
export {
  checkPackScenarios,
  PACK_CHECKER_VERSION,
  type CheckSource,
  type PackCheck,
  type PackDiagnostic,
  type PackScenarioProblem,
  type SourceCheck,
} from './check-pack-scenarios';
export { audioKind, type AudioKind } from './audio-header';
