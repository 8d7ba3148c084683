/**
 * MITI 4.2.1-style summary indicators from the codes of an attempt. Each code
 * in a turn counts once; a QQ turn counts as a string of questions. R:Q and
 * %CR use the manual's fair/good thresholds; the two counts use design bands.
 */
import type { TranscriptEntry } from '../runtime/session.types';
import { ADHERENT_COUNT, MITI_PERCENT_CR, MITI_RQ, NON_ADHERENT_COUNT, QQ_QUESTION_COUNT } from '../model/parameters';
import { codeById } from '../model/rubric';
import type { MitiIndicator } from './scoring.types';

type Band = MitiIndicator['band'];

const bandUp = (value: number, fair: number, good: number): Band => (value >= good ? 'good' : value >= fair ? 'fair' : 'below-fair');
const bandDown = (value: number, fair: number, good: number): Band => (value <= good ? 'good' : value <= fair ? 'fair' : 'below-fair');
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

export interface MitiCounts {
  simpleReflections: number;
  complexReflections: number;
  questions: number;
  adherent: number;
  nonAdherent: number;
}

export function mitiCounts(turns: readonly Pick<TranscriptEntry, 'codes'>[]): MitiCounts {
  const counts: MitiCounts = { simpleReflections: 0, complexReflections: 0, questions: 0, adherent: 0, nonAdherent: 0 };
  for (const turn of turns)
    for (const id of new Set(turn.codes)) {
      const miti = codeById(id)?.miti;
      if (miti === 'simpleReflection') counts.simpleReflections++;
      else if (miti === 'complexReflection') counts.complexReflections++;
      else if (miti === 'question') counts.questions += id === 'QQ' ? QQ_QUESTION_COUNT : 1;
      else if (miti === 'adherent') counts.adherent++;
      else if (miti === 'nonAdherent') counts.nonAdherent++;
    }
  return counts;
}

export function mitiIndicators(turns: readonly Pick<TranscriptEntry, 'codes'>[]): MitiIndicator[] {
  const c = mitiCounts(turns);
  const reflections = c.simpleReflections + c.complexReflections;
  const rq = c.questions === 0 ? null : round(reflections / c.questions, 2);
  const pcr = reflections === 0 ? null : round((100 * c.complexReflections) / reflections, 1);
  return [
    {
      id: 'reflectionToQuestion',
      value: rq,
      fair: MITI_RQ.fair,
      good: MITI_RQ.good,
      band: rq === null ? 'not-applicable' : bandUp(rq, MITI_RQ.fair, MITI_RQ.good),
    },
    {
      id: 'percentComplexReflections',
      value: pcr,
      fair: MITI_PERCENT_CR.fair,
      good: MITI_PERCENT_CR.good,
      band: pcr === null ? 'not-applicable' : bandUp(pcr, MITI_PERCENT_CR.fair, MITI_PERCENT_CR.good),
    },
    {
      id: 'adherent',
      value: c.adherent,
      fair: ADHERENT_COUNT.fair,
      good: ADHERENT_COUNT.good,
      band: bandUp(c.adherent, ADHERENT_COUNT.fair, ADHERENT_COUNT.good),
    },
    {
      id: 'nonAdherent',
      value: c.nonAdherent,
      fair: NON_ADHERENT_COUNT.fair,
      good: NON_ADHERENT_COUNT.good,
      band: bandDown(c.nonAdherent, NON_ADHERENT_COUNT.fair, NON_ADHERENT_COUNT.good),
    },
  ];
}
