/**
 * What `use-sync-external-store/shim` gives React 17 and older. @xstate/react
 * imports the shim; React 19 has the hook built in, so the build points the
 * shim here (vite.config.ts) and the play route does not carry its fallback.
 */
export { useSyncExternalStore } from 'react';
