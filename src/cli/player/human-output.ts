import { PATIENT_STATE_VARIABLES, type Scenario, type SessionView } from '../../engine/trainee';
import type { PlayerTurn } from './player-turn';

/**
 * Scenario text is untrusted: control characters (a terminal's escape
 * sequences among them) are shown as spaces, never sent to the terminal.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const plain = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');

const STATE_LABELS: Record<(typeof PATIENT_STATE_VARIABLES)[number], string> = {
  anger: 'anger',
  trust: 'trust',
  injustice: 'injustice',
  goalAgreement: 'goal agreement',
  taskAgreement: 'task agreement',
};

export function humanHeader(scenario: Scenario, seed: number): string {
  return [
    `${plain(scenario.title)} (${plain(scenario.persona.name)}, ${scenario.persona.age})`,
    `Seed ${seed}: play the same order again with --seed ${seed}.`,
    '',
  ].join('\n');
}

/** The patient's line, the cue, the options in the order shown, the time limit and (coach) the state. */
export function humanTurn(scenario: Scenario, view: SessionView, turn: PlayerTurn, coach: boolean): string {
  const lines: string[] = [];
  const phase = scenario.phases.find((p) => p.id === view.phaseId);
  if (phase) lines.push(`[${plain(phase.title)}]`);
  lines.push(`${plain(scenario.persona.name)}: "${plain(turn.patient)}"`);
  if (view.patientLine?.nonverbal) lines.push(`  (${plain(view.patientLine.nonverbal)})`);
  if (coach) lines.push(`  State: ${PATIENT_STATE_VARIABLES.map((v) => `${STATE_LABELS[v]} ${turn.state[v]}`).join(', ')}`);
  if (turn.timeLimit !== null) lines.push(`  Time limit: ${turn.timeLimit} s (type w to let it run out)`);
  lines.push('');
  for (const option of turn.options) lines.push(`  ${option.key}. ${plain(option.text)}`);
  return lines.join('\n');
}

export function humanPrompt(turn: PlayerTurn): string {
  return `Your response (1–${turn.options.length}${turn.timeLimit === null ? '' : ' or w'}): `;
}

export function humanEnd(view: SessionView, score: number): string {
  const ending = view.ending!;
  const lines = [''];
  if (ending.patientLine) lines.push(`"${plain(ending.patientLine)}"`);
  lines.push(`Ending: ${plain(ending.title)} (${ending.outcome})`, plain(ending.text), `Score: ${score} / 100`);
  return lines.join('\n');
}
