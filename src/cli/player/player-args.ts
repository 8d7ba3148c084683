import { isChoiceSeed } from '../../engine/trainee';

export interface PlayerArgs {
  file: string;
  /** The choice-order seed; null: draw one (and print it, so the run can be repeated). */
  seed: number | null;
  /** One JSON object per line on stdout (for scripts and tests) instead of text for people. */
  jsonl: boolean;
  /** Show the patient state every turn (always present in --jsonl turns). */
  coach: boolean;
}

export const PLAYER_USAGE = 'Usage: npm run play -- FILE [--seed N] [--jsonl] [--coach]';

/** The command line, or a message saying what is wrong with it. */
export function parsePlayerArgs(argv: readonly string[]): { ok: true; args: PlayerArgs } | { ok: false; message: string } {
  const files: string[] = [];
  let seed: number | null = null;
  let jsonl = false;
  let coach = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--jsonl') jsonl = true;
    else if (arg === '--coach') coach = true;
    else if (arg === '--seed' || arg.startsWith('--seed=')) {
      const text = arg === '--seed' ? argv[++i] : arg.slice('--seed='.length);
      const value = text !== undefined && /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
      if (!isChoiceSeed(value))
        return { ok: false, message: `--seed needs a whole number from 0 to 4294967295 (got ${text ?? 'nothing'})` };
      seed = value;
    } else if (arg.startsWith('-')) return { ok: false, message: `Unknown option ${arg}` };
    else files.push(arg);
  }
  if (files.length !== 1)
    return { ok: false, message: files.length === 0 ? 'Name one scenario file to play.' : 'Play one scenario file at a time.' };
  return { ok: true, args: { file: files[0]!, seed, jsonl, coach } };
}
