import { afterEach } from 'vitest';

// eslint-disable-next-line @typescript-eslint/unbound-method -- the original is put back or called with .apply(this)
const realPut = IDBObjectStore.prototype.put;
// eslint-disable-next-line @typescript-eslint/unbound-method -- the original is put back or called with .apply(this)
const realAdd = IDBObjectStore.prototype.add;

function release(): void {
  IDBObjectStore.prototype.put = realPut;
  IDBObjectStore.prototype.add = realAdd;
}

afterEach(release);

/**
 * Makes IndexedDB refuse writes to `storeName` (or each of several) the way a
 * full disk does, after `allowed` writes have gone through (so the failure
 * lands mid-transaction). Returns a function that frees the space again.
 */
export function simulateQuota(storeName: string | readonly string[], allowed = 0): () => void {
  const names = typeof storeName === 'string' ? [storeName] : storeName;
  let writes = 0;
  const fail = (store: IDBObjectStore) => {
    if (!names.includes(store.name)) return false;
    writes += 1;
    return writes > allowed;
  };
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (fail(this)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
  IDBObjectStore.prototype.add = function add(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    if (fail(this)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realAdd.apply(this, args);
  };
  return release;
}
