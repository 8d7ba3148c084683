/**
 * Authoring lints that need the route analysis (SCN110–SCN115, and the
 * score-validity lints SCN130–SCN132 in validity/) or a walk over the
 * reachable conversation states (SCN120–SCN122). They warn about what a
 * scenario teaches, not about its format. Diagnostics carry a
 * `path`; line and column are 0 and the format checker places them.
 */
import type { Diagnostic } from '../format/diagnostic.types';
import { POSITIVE_OUTCOMES, type Scenario } from '../format/scenario.types';
import { alikeOptionFindings } from './alike-options';
import { lintReachability } from './lint-reachability';
import { playRoute } from './play-route';
import { isPoorMove } from './rescue-window';
import { lookupScenario, TIMEOUT_MOVE } from './scenario-moves';
import { DIMENSIONS, type ScenarioAnalysis, type ScorableScenario } from './scoring.types';
import { analyseValidity, type ValidityStats } from './validity/analyse-validity';
import { lintValidity } from './validity/lint-validity';

export interface LintOptions {
  file?: string;
  /** Conversation states the reachability lints may visit (default REACHABILITY_STATE_BUDGET). */
  reachabilityMaxStates?: number;
  /** The score-validity figures, when the caller has them already (else computed). */
  validity?: ValidityStats;
}

export function lintScenario(compiled: ScorableScenario, analysis: ScenarioAnalysis, options: LintOptions = {}): Diagnostic[] {
  const { scenario } = compiled;
  const out: Diagnostic[] = [];
  const report = (code: string, severity: Diagnostic['severity'], message: string, path: Diagnostic['path']) =>
    out.push({ code, severity, message, file: options.file ?? '', line: 0, col: 0, path });

  if (analysis.bestRoute.length === 0 || analysis.bestOutcome === null) {
    report('SCN115', 'warning', 'No sequence of choices reaches an ending from the starting patient state, so attempts cannot be scored.', [
      'start',
    ]);
    return out;
  }
  if (!POSITIVE_OUTCOMES.includes(analysis.bestOutcome))
    report(
      'SCN110',
      'warning',
      `The best-scoring route ends "${analysis.bestOutcome}" (${routeText(analysis.bestRoute)}); a trainee who does everything right should reach an alliance or partial ending.`,
      endingPath(compiled, analysis.bestRoute),
    );
  if (analysis.worstOutcome !== null && POSITIVE_OUTCOMES.includes(analysis.worstOutcome))
    report(
      'SCN111',
      'warning',
      `The worst-scoring route still ends "${analysis.worstOutcome}" (${routeText(analysis.worstRoute)}); damaging responses should be able to lose the patient.`,
      endingPath(compiled, analysis.worstRoute),
    );
  for (const dimension of DIMENSIONS)
    if (!analysis.coverage.dimensions.includes(dimension))
      report('SCN112', 'warning', `No route changes the "${dimension}" dimension, so the debrief cannot assess it.`, ['nodes']);
  sameCodeDecisions(scenario).forEach((i) => {
    const node = scenario.nodes[i]!;
    report(
      'SCN113',
      'warning',
      `Every response at "${node.id}" is coded [${node.choices[0]!.codes.join(', ')}], so the choice makes no difference to the score.`,
      ['nodes', i, 'choices'],
    );
  });
  for (const { message, path } of alikeOptionFindings(scenario)) report('SCN140', 'warning', message, path);
  const detour = poorStepOnBestRoute(compiled, analysis.bestRoute);
  if (detour)
    report(
      'SCN117',
      'warning',
      `The best-scoring route makes a poor response at "${detour.nodeId}" (${detour.codes.join(', ') || 'silence'}) and repairs it afterwards, so the detour scores more than going straight on; trainees would be taught to make the mistake.`,
      detour.path,
    );
  const rescue = analysis.rescueFailures?.[0];
  if (rescue)
    report(
      'SCN116',
      'warning',
      `${rescue.poorMoves === 1 ? 'One poor response ends' : 'Two poor responses end'} the conversation at "${rescue.endingId}" even when every other response is the best one (${routeText(rescue.route)}). A trainee who starts badly should still be able to reach a partial or alliance ending; route early mistakes to a repair node, or mark a safety stop with safetyLimit: true.`,
      endingPath(compiled, rescue.route),
    );
  lintReachability(scenario, (code, message, path) => report(code, 'warning', message, path), { maxStates: options.reachabilityMaxStates });
  if (!analysis.exact)
    report(
      'SCN114',
      'info',
      `The route search ran out of budget${analysis.routes.exact ? '' : ' or met a loop'}: best and worst scores are estimates and the route count (${analysis.routes.count}) an upper bound.`,
      ['nodes'],
    );
  out.push(...lintValidity(compiled, analysis, options.validity ?? analyseValidity(compiled, analysis), options.file));
  return out;
}

const routeText = (route: string[]) => `route ${route.join(' → ')}`;

/** The first poor response (a damaging code, or silence) on the best route, with its place in the file. */
function poorStepOnBestRoute(
  compiled: ScorableScenario,
  route: string[],
): { nodeId: string; codes: string[]; path: Diagnostic['path'] } | null {
  const lookup = lookupScenario(compiled.scenario);
  for (const entry of playRoute(compiled, route).transcript) {
    const move = lookup.movesAt(entry.nodeId).find((m) => m.id === (entry.choiceId ?? TIMEOUT_MOVE));
    if (!move || !isPoorMove(move)) continue;
    const i = compiled.scenario.nodes.findIndex((n) => n.id === entry.nodeId);
    const node = compiled.scenario.nodes[i]!;
    const path: Diagnostic['path'] =
      entry.choiceId === null ? ['nodes', i, 'timeLimit'] : ['nodes', i, 'choices', node.choices.findIndex((c) => c.id === entry.choiceId)];
    return { nodeId: entry.nodeId, codes: entry.codes, path };
  }
  return null;
}

/** Path to the ending a route reaches, for placing the warning on it. */
function endingPath(compiled: ScorableScenario, route: string[]): Diagnostic['path'] {
  const { endingId } = playRoute(compiled, route);
  const i = compiled.scenario.endings.findIndex((e) => e.id === endingId);
  return i >= 0 ? ['endings', i] : ['endings'];
}

/** Nodes with two or more choices whose code sets are all equal. */
function sameCodeDecisions(scenario: Scenario): number[] {
  const key = (codes: string[]) => [...new Set(codes)].sort().join(',');
  return scenario.nodes.flatMap((node, i) =>
    node.choices.length > 1 && node.choices.every((c) => key(c.codes) === key(node.choices[0]!.codes)) ? [i] : [],
  );
}
