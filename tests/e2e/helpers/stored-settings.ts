import type { Page } from '@playwright/test';

/** The raw settings records from the app's IndexedDB, as JSON text. */
export function storedSettings(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('settings')) return resolve('');
          const request = db.transaction('settings').objectStore('settings').getAll();
          request.onsuccess = () => {
            resolve(JSON.stringify(request.result));
            db.close();
          };
          request.onerror = () => resolve('');
        };
      }),
  );
}
