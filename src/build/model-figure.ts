/**
 * The figure on the patient model's page (src/engine/model/patient-model.svg):
 * trust and anger of three patients who differ only in perceived injustice,
 * through eight strong responses, one dismissal and four more strong
 * responses. Drawn from the model itself, so the picture cannot drift from
 * the rules; model-figure.test.ts fails when the file is stale. Regenerate:
 *   npx tsx src/cli/write-model-figure.ts
 */
import { applyTurn, type PatientState } from '../engine/trainee';

export const MODEL_FIGURE_FILE = 'src/engine/model/patient-model.svg';

const STRONG: string[][] = [
  ['CR', 'VAL'],
  ['INJ', 'SUP'],
];
const SETBACK_TURN = 8;
const TURNS = 13;
const PATIENTS = [
  { injustice: 10, colour: '#2b7a78', label: 'injustice 10' },
  { injustice: 45, colour: '#b36b00', label: 'injustice 45' },
  { injustice: 80, colour: '#8e2c48', label: 'injustice 80' },
];

/** Trust and anger after each turn, starting from anger 60, trust 25. */
export function trajectory(injustice: number): PatientState[] {
  let state: PatientState = { anger: 60, trust: 25, injustice, goalAgreement: 10, taskAgreement: 10 };
  let previous: string[] = [];
  const out = [state];
  for (let turn = 0; turn < TURNS; turn++) {
    const codes = turn === SETBACK_TURN ? ['DIS'] : STRONG[turn % 2]!;
    state = applyTurn(state, codes, { previousCodes: previous }).state;
    previous = codes;
    out.push(state);
  }
  return out;
}

const W = 640;
const H = 300;
const PAD = { left: 44, right: 150, top: 28, bottom: 40 };
const x = (turn: number) => PAD.left + (turn / TURNS) * (W - PAD.left - PAD.right);
const y = (value: number) => PAD.top + (1 - value / 100) * (H - PAD.top - PAD.bottom);
const path = (values: number[]) => values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');

export function modelFigureSvg(): string {
  const lines: string[] = [];
  PATIENTS.forEach((p, i) => {
    const t = trajectory(p.injustice);
    lines.push(`  <path d="${path(t.map((s) => s.trust))}" fill="none" stroke="${p.colour}" stroke-width="2.5"/>`);
    lines.push(`  <path d="${path(t.map((s) => s.anger))}" fill="none" stroke="${p.colour}" stroke-width="2" stroke-dasharray="6 4"/>`);
    lines.push(`  <text x="${W - PAD.right + 12}" y="${PAD.top + 16 + i * 20}" fill="${p.colour}">${p.label}</text>`);
  });
  const grid = [0, 25, 50, 75, 100]
    .map(
      (v) =>
        `  <line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>\n  <text x="${PAD.left - 8}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
    )
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    '  <title id="title">Trust (solid) and anger (dashed) of three patients who differ only in perceived injustice: eight strong responses, one dismissal at turn 9, four more strong responses.</title>',
    '  <rect width="100%" height="100%" fill="#fff"/>',
    grid,
    `  <line x1="${x(SETBACK_TURN + 1)}" x2="${x(SETBACK_TURN + 1)}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#999" stroke-dasharray="2 3"/>`,
    `  <text x="${x(SETBACK_TURN + 1) + 4}" y="${PAD.top - 8}">one dismissal</text>`,
    ...lines,
    `  <text x="${W - PAD.right + 12}" y="${PAD.top + 86}">── trust</text>`,
    `  <text x="${W - PAD.right + 12}" y="${PAD.top + 106}">- - anger</text>`,
    `  <text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 8}" text-anchor="middle">turn</text>`,
    '</svg>',
    '',
  ].join('\n');
}
