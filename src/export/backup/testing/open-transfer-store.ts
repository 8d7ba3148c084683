import { openTestStore } from '../../../storage/testing/open-test-store';
import { withRecordTransfer } from '../record-transfer';

/** A test store (see openTestStore) that also reads and writes backup and CSV files. */
export async function openTransferStore(name?: string) {
  const opened = await openTestStore(name);
  return { ...opened, store: withRecordTransfer(opened.store) };
}
