import { codeById, type CodedResponse } from '../../engine/trainee';

const SUB_LABELS: Record<string, string> = {
  'question:open': 'an open question',
  'question:closed': 'a closed question',
  'reflection:simple': 'a simple reflection',
  'reflection:complex': 'a complex reflection',
  'input:information': 'information',
  'input:advice': 'advice',
  'input:negotiation': 'a proposal to agree on',
  'input:options': 'a choice of options',
};

/** The MITI behaviour in plain words ("an open question"). */
export function describeBehaviour(coded: CodedResponse): string {
  const kind = coded.question ?? coded.reflection ?? coded.input;
  const label = kind ? SUB_LABELS[`${coded.behaviour}:${kind}`] : undefined;
  if (label) return label;
  if (coded.behaviour === 'question') return 'a question';
  if (coded.behaviour === 'reflection') return 'a reflection';
  if (coded.behaviour === 'input') return 'information or advice';
  return 'a statement';
}

/** A rubric code's name as it reads inside a sentence ("a validation"). */
export function codeName(code: string): string {
  return codeById(code)?.name ?? code;
}

// Each rubric code as a short noun phrase that fits "… and ___"; the rubric's names are instructions ("Validate pain and emotion").
const CODE_NOUNS: Record<string, string> = {
  CR: 'a complex reflection',
  SR: 'a simple reflection',
  EXP: 'an invitation to say more',
  VAL: 'a validation',
  INJ: 'an acknowledgement of unfairness',
  AF: 'an affirmation',
  SUP: 'an offer of support',
  GOAL: 'a question about goals',
  BARR: 'a look at barriers',
  SEEK: 'an invitation to work together',
  AUT: 'respect for their choice',
  PWP: 'information with permission',
  SUM: 'a summary',
  LIM: 'a respectful limit',
  DIS: 'a dismissal',
  REAS: 'early reassurance',
  UND: 'a claim to understand fully',
  ARG: 'an argument',
  PERS: 'persuasion',
  DEF: 'defending yourself or the system',
  JARG: 'jargon',
  QQ: 'a string of closed questions',
  CONS: 'a request for consent to examine',
  SCRN: 'a safety screen',
  MEDS: 'a medication safety check',
  REFR: 'an offer to refer or liaise',
  MOOD: 'a mood check',
  SELF: 'a pause to steady yourself',
  SAFE: 'a step to keep safe',
};

/** A code as it reads inside a sentence ("a validation"); the rubric's name for a code not listed. */
export function codeNoun(code: string): string {
  return CODE_NOUNS[code] ?? codeName(code);
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * How the coder read a response, in one plain phrase: the behaviour, then the
 * rubric codes it found ("an open question and a validation"). Null when there
 * was nothing to read, so the caller asks again instead of choosing.
 */
export function describeReading(coded: CodedResponse): string | null {
  if (coded.unreadable) return null;
  const behaviour = describeBehaviour(coded);
  // "a complex reflection and a complex reflection" says nothing twice.
  const codes = coded.codes.map((found) => codeNoun(found.code)).filter((noun) => noun !== behaviour);
  return joinAnd([behaviour, ...codes]);
}
