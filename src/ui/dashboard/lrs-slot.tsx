import type { CohortAttempt } from '../../export/records';
import { LrsStatementsPanel } from '../lms/lrs-statements-panel';

/**
 * What a further cohort source gets from the dashboard: it maps its records
 * to CohortAttempt (see cohort.types.ts) and calls `addAttempts`; the table,
 * charts and item analysis then include them like loaded files.
 */
export interface CohortSourceProps {
  addAttempts: (sourceName: string, attempts: CohortAttempt[]) => Promise<void>;
  busy: boolean;
}

/**
 * The dashboard's slot for cohorts that do not arrive as files. Today: the
 * xAPI module's panel, which reads a cohort's statements back from the
 * program's Learning Record Store (src/ui/lms, owned by the xAPI helper).
 */
export function LrsSlot(props: CohortSourceProps) {
  return <LrsStatementsPanel {...props} />;
}
