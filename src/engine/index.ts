/**
 * The bare folder (`import … from '…/engine'`) is the authoring door, so code
 * written before the doors still compiles; lint asks every import from
 * outside the engine to name its door instead — ./trainee for what trainees
 * run, ./authoring for authors' tools, ./testing in tests. Delete this file
 * once no branch in flight imports the bare folder.
 */
export * from './authoring';
