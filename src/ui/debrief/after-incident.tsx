import { EvidenceLinks } from '../evidence/evidence-links';
import type { EvidenceState } from '../evidence/use-evidence';

/** NICE NG10's post-incident debrief, and de-escalation's self-regulation and safety maintenance. */
const SOURCES = ['nice-ng10-post-incident', 'hallett-2017-de-escalation-components'] as const;

/**
 * The post-incident step (issue 13, point 5): after being insulted or
 * threatened, even in practice, the clinician's own side comes first. Short,
 * so it stays within the debrief's height budget.
 */
export function AfterIncident({ evidence }: { evidence: EvidenceState }) {
  return (
    <section className="panel debrief-compact debrief-after-incident" aria-labelledby="after-incident-title">
      <h2 id="after-incident-title">After an incident</h2>
      <p>
        This conversation had insults or threats in it. In a real clinic: take a few minutes before your next patient, tell your supervisor,
        write a short factual note as your service requires, and ask for a staff debrief. Look after yourself, and talk to someone if it
        stays with you.
      </p>
      <div className="evidence-brief">
        <span className="evidence-brief-label">Evidence:</span>
        <EvidenceLinks ids={SOURCES} evidence={evidence} label="Evidence for what to do after an incident" />
      </div>
    </section>
  );
}
