import type { CodedResponse, OptionMatch, RoutableOption } from '../../engine/trainee';

/** Asks the coder worker to read one response and rank the options against it. */
export interface CodeRequest {
  id: number;
  text: string;
  options: RoutableOption[];
}

/** What the coder worker says: its loading progress, then one answer per request. */
export type CoderMessage =
  | { type: 'loading' }
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'coded'; id: number; coded: CodedResponse; ranked: OptionMatch[] }
  | { type: 'error'; id: number; message: string };
