import { afterEach } from 'vitest';

const realPut = IDBObjectStore.prototype.put;
const realAdd = IDBObjectStore.prototype.add;

afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
  IDBObjectStore.prototype.add = realAdd;
});

/**
 * Makes IndexedDB refuse writes to `storeName` the way a full disk does,
 * after `allowed` writes have gone through (so the failure lands mid-transaction).
 */
export function simulateQuota(storeName: string, allowed = 0): void {
  let writes = 0;
  const fail = (store: IDBObjectStore) => {
    if (store.name !== storeName) return false;
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
}
