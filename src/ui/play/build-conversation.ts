import type { SessionView } from '../../engine/trainee';
import type { CompiledScenario } from '../scenarios/engine';

/** One line of the visible conversation. */
export interface ConversationLine {
  key: string;
  speaker: 'patient' | 'trainee';
  text: string;
  nonverbal: string | null;
  /** The trainee stayed silent until the time limit ran out. */
  silent: boolean;
}

interface Lookup {
  patient: Map<string, { text: string; nonverbal: string | null }>;
  choices: Map<string, string>;
}

const lookups = new WeakMap<CompiledScenario, Lookup>();

/** Line texts by node and choice id, built once per compiled scenario. */
function lookupFor(compiled: CompiledScenario): Lookup {
  let lookup = lookups.get(compiled);
  if (!lookup) {
    lookup = { patient: new Map(), choices: new Map() };
    for (const node of compiled.scenario.nodes) {
      lookup.patient.set(node.id, { text: node.patient.text, nonverbal: node.patient.nonverbal ?? null });
      for (const choice of node.choices) lookup.choices.set(`${node.id}/${choice.id}`, choice.text);
    }
    lookups.set(compiled, lookup);
  }
  return lookup;
}

/**
 * The conversation so far: each past turn's patient line and the trainee's
 * answer (texts looked up by the ids the transcript records), then the
 * current patient line from the view.
 */
export function buildConversation(compiled: CompiledScenario, view: SessionView): ConversationLine[] {
  const lookup = lookupFor(compiled);
  const lines: ConversationLine[] = [];
  for (const entry of view.transcript) {
    const patient = lookup.patient.get(entry.nodeId);
    if (patient) lines.push({ key: `p${entry.turn}`, speaker: 'patient', ...patient, silent: false });
    const said = entry.choiceId === null ? undefined : lookup.choices.get(`${entry.nodeId}/${entry.choiceId}`);
    lines.push({
      key: `t${entry.turn}`,
      speaker: 'trainee',
      text: said ?? 'You said nothing before the time ran out.',
      nonverbal: null,
      silent: said === undefined,
    });
  }
  if (view.patientLine) {
    lines.push({
      key: `p${view.transcript.length}`,
      speaker: 'patient',
      text: view.patientLine.text,
      nonverbal: view.patientLine.nonverbal,
      silent: false,
    });
  }
  return lines;
}
