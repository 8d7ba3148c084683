/** Plain-language lines for the MITI-style indicators in the debrief. */
import type { Debrief, MitiIndicator } from './scoring.types';

const LABELS: Record<MitiIndicator['id'], string> = {
  reflectionToQuestion: 'Reflections per question',
  percentComplexReflections: 'Complex reflections',
  adherent: 'Affirming, collaborating, supporting choice',
  nonAdherent: 'Arguing or persuading',
};

function summary(m: MitiIndicator): string {
  switch (m.id) {
    case 'reflectionToQuestion':
      if (m.value === null) return 'You asked no questions, so there is no ratio to report.';
      return `You offered ${m.value} reflections for every question (MITI: fair ${m.fair}:1, good ${m.good}:1).${m.band === 'below-fair' ? ' Try reflecting what you heard before asking the next question.' : ''}`;
    case 'percentComplexReflections':
      if (m.value === null) return 'You made no reflections, so there is no share of complex ones to report.';
      return `${m.value}% of your reflections went beyond the words to the feeling or meaning (MITI: fair ${m.fair}%, good ${m.good}%).`;
    case 'adherent':
      return m.value === 0
        ? "You did not affirm, seek collaboration or emphasise the patient's choice; each of these builds partnership."
        : `You affirmed, sought collaboration or emphasised choice ${m.value} time${m.value === 1 ? '' : 's'}.`;
    case 'nonAdherent':
      return m.value === 0
        ? 'You never argued with or pushed the patient. That restraint matters with an angry patient.'
        : `You argued with or persuaded the patient ${m.value} time${m.value === 1 ? '' : 's'}; each one tends to harden resistance.`;
  }
}

export function mitiSummaries(miti: readonly MitiIndicator[]): Debrief['miti'] {
  return miti.map((m) => ({ id: m.id, label: LABELS[m.id], value: m.value, band: m.band, summary: summary(m) }));
}
