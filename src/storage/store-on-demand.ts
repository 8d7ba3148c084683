/**
 * What the store loads on first use (see loadOnFirstUse in open-store.ts), as
 * one module so it arrives as one chunk: backup, restore and CSV, and PINs.
 */
export { transferApi } from './store-transfer';
export { profilePinApi } from './store-pins';
