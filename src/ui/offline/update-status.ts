import { createListeners } from '../../engine/trainee';

/**
 * Whether a new version of the app is installed and waiting, and how to
 * switch to it. Set by the service worker's registration, read by the update
 * prompt; kept outside React so the two load independently.
 */
type ApplyUpdate = () => void;

let applyUpdate: ApplyUpdate | null = null;
const listeners = createListeners();

export function setUpdateReady(apply: ApplyUpdate): void {
  applyUpdate = apply;
  listeners.emit();
}

/** The action that reloads into the waiting version, or null when there is none. */
export function waitingUpdate(): ApplyUpdate | null {
  return applyUpdate;
}

export function subscribeToUpdate(listener: () => void): () => void {
  return listeners.subscribe(listener);
}
