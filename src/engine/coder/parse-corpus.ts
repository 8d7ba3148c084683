import { BEHAVIOURS, INPUT_KINDS, QUESTION_KINDS, REFLECTION_KINDS, type Behaviour, type CorpusUtterance } from './coder.types';

const KINDS: Record<Behaviour, readonly string[]> = {
  question: QUESTION_KINDS,
  reflection: REFLECTION_KINDS,
  input: INPUT_KINDS,
  other: [],
};

export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}

function problemIn(record: Record<string, unknown>, knownCodes: ReadonlySet<string>): string | null {
  const { id, text, behaviour, kind, codes, setting } = record;
  if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) return 'id must be lower-case letters, digits and hyphens';
  if (typeof text !== 'string') return 'text must be a string';
  if (typeof setting !== 'string' || !setting) return 'setting must name where the line is said (pt, primary-care, …)';
  if (!BEHAVIOURS.includes(behaviour as Behaviour)) return `behaviour must be one of ${BEHAVIOURS.join(', ')}`;
  const kinds = KINDS[behaviour as Behaviour];
  if (kinds.length === 0 ? kind !== null : !kinds.includes(kind as string)) {
    return kinds.length === 0 ? 'kind must be null for other' : `kind for ${String(behaviour)} must be one of ${kinds.join(', ')}`;
  }
  if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string' && knownCodes.has(code))) {
    return `codes must be rubric codes (${[...knownCodes].join(', ')})`;
  }
  return null;
}

/** Reads one corpus file (a JSON object a line); returns the utterances and, as data, what is wrong with the rest. */
export function parseCorpus(
  file: string,
  source: string,
  knownCodes: ReadonlySet<string>,
): { utterances: CorpusUtterance[]; problems: CorpusProblem[] } {
  const utterances: CorpusUtterance[] = [];
  const problems: CorpusProblem[] = [];
  source.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      problems.push({ file, line: index + 1, message: 'not valid JSON' });
      return;
    }
    const problem =
      typeof record === 'object' && record !== null ? problemIn(record as Record<string, unknown>, knownCodes) : 'not an object';
    if (problem) problems.push({ file, line: index + 1, message: problem });
    else utterances.push(record as CorpusUtterance);
  });
  return { utterances, problems };
}
