/** MITI 4.2.1's main behaviour for one clinician turn (see LABELLING.md). */
export const BEHAVIOURS = ['question', 'reflection', 'input', 'other'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export const QUESTION_KINDS = ['open', 'closed'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const REFLECTION_KINDS = ['simple', 'complex'] as const;
export type ReflectionKind = (typeof REFLECTION_KINDS)[number];

export const INPUT_KINDS = ['information', 'advice', 'negotiation', 'options'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** One rubric code the coder found, how sure it is (0–1), and the words that led to it. */
export interface CodedRubricCode {
  code: string;
  confidence: number;
  words: string[];
}

/** What the coder makes of one utterance. */
export interface CodedResponse {
  text: string;
  behaviour: Behaviour;
  /** Probability of the chosen behaviour, so a caller can say when the reading is unsure. */
  behaviourConfidence: number;
  question: QuestionKind | null;
  reflection: ReflectionKind | null;
  input: InputKind | null;
  codes: CodedRubricCode[];
  /** True when the text was longer than the coder reads and was cut. */
  truncated: boolean;
  /** True when there was nothing to code (empty, or no letters at all). */
  unreadable: boolean;
}

/** One labelled line of the corpus. */
export interface CorpusUtterance {
  id: string;
  text: string;
  behaviour: Behaviour;
  /** The sub-label that goes with the behaviour; null for `other`. */
  kind: QuestionKind | ReflectionKind | InputKind | null;
  codes: string[];
  setting: string;
}
