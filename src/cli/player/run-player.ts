import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { checkScenarioFile } from '../../build/check-files';
import { formatDiagnostic } from '../../build/report';
import { scoreTotals } from '../../engine/trainee';
import { humanEnd, humanHeader, humanPrompt, humanTurn } from './human-output';
import { parsePlayerArgs, PLAYER_USAGE, type PlayerArgs } from './player-args';
import { playerTurn, readAnswer } from './player-turn';
import { TurnBasedSession } from './turn-based-session';

export interface PlayerIo {
  cwd: string;
  /** What the player types (or a script sends), one answer a line. */
  input: NodeJS.ReadableStream;
  /** Writes text to stdout as it is (the caller adds no newline). */
  write: (text: string) => void;
  /** One line to stderr: diagnostics, the seed in --jsonl mode, failures. */
  err: (text: string) => void;
  /** A fresh choice-order seed when --seed is not given. */
  drawSeed: () => number;
}

/** Exit codes: 0 played to an ending, 1 the file has errors, 2 usage or input ended early, 3 the player failed. */
export const EXIT = { ended: 0, badFile: 1, usage: 2, failed: 3 } as const;

/**
 * npm run play -- FILE [--seed N] [--jsonl] [--coach]: checks FILE with the
 * same checker as check-scenarios and plays it in the terminal through the
 * engine's session, one typed line per decision.
 */
export async function runPlayer(argv: readonly string[], io: PlayerIo): Promise<number> {
  const parsed = parsePlayerArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    io.err(PLAYER_USAGE);
    return EXIT.usage;
  }
  const { args } = parsed;
  try {
    return await play(args, io);
  } catch (error) {
    // A bug in the player or the engine, not the author's or the user's mistake: a clean line, no stack.
    const message = `The player failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`;
    if (args.jsonl) io.write(`${JSON.stringify({ type: 'error', message })}\n`);
    else io.err(message);
    return EXIT.failed;
  }
}

async function play(args: PlayerArgs, io: PlayerIo): Promise<number> {
  const path = resolve(io.cwd, args.file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    io.err(`${args.file}: no such file`);
    return EXIT.usage;
  }
  const checked = checkScenarioFile(io.cwd, path);
  for (const diagnostic of checked.diagnostics) io.err(formatDiagnostic(diagnostic));
  const compiled = checked.ok ? checked.compiled : null;
  if (!compiled) return EXIT.badFile;

  const seed = args.seed ?? io.drawSeed();
  if (args.jsonl) io.err(`Seed ${seed}: play the same order again with --seed ${seed}.`);
  else io.write(`${humanHeader(compiled.scenario, seed)}\n`);

  const session = new TurnBasedSession(compiled, seed);
  const reader = createInterface({ input: io.input, crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  try {
    while (session.view.status !== 'ended') {
      const view = session.view;
      const turn = playerTurn(view);
      io.write(args.jsonl ? `${JSON.stringify(turn)}\n` : `${humanTurn(compiled.scenario, view, turn, args.coach)}\n`);
      let answered = false;
      while (!answered) {
        if (!args.jsonl) io.write(humanPrompt(turn));
        const next = await lines.next();
        if (next.done) {
          const message = `Input ended before the conversation did (at node "${turn.node}").`;
          if (args.jsonl) io.write(`${JSON.stringify({ type: 'error', message })}\n`);
          else io.err(`\n${message}`);
          return EXIT.usage;
        }
        const answer = readAnswer(next.value, turn, !args.jsonl);
        if (answer.kind === 'invalid') {
          // --jsonl: the error, then the same turn again (the contract); people get the prompt again.
          if (args.jsonl) {
            io.write(`${JSON.stringify({ type: 'error', message: answer.message })}\n`);
            break;
          }
          io.write(`${answer.message}\n`);
          continue;
        }
        if (answer.kind === 'wait') session.wait();
        else session.choose(answer.choiceId);
        answered = true;
        if (!args.jsonl) io.write('\n');
      }
    }
    const view = session.view;
    const ending = view.ending!;
    const score = scoreTotals(compiled, view.transcript, ending.id).overall;
    io.write(
      args.jsonl ? `${JSON.stringify({ type: 'end', ending: ending.id, outcome: ending.outcome, score })}\n` : `${humanEnd(view, score)}\n`,
    );
    return EXIT.ended;
  } finally {
    reader.close();
    session.stop();
  }
}
