import type { DocumentPath } from './make-diagnostic';
import type { Scenario } from './scenario.types';
import { didYouMean } from './suggest';

export type Report = (code: string, message: string, path: DocumentPath) => void;

/** Reports every item whose id an earlier item (or `seen`) already has; paths are built only when reporting. */
function reportDuplicates<T extends { id: string }>(
  items: readonly T[],
  pathOf: (i: number) => DocumentPath,
  report: Report,
  code: string,
  what: string,
  seen = new Set<string>(),
) {
  items.forEach(({ id }, i) => {
    if (seen.has(id)) report(code, `${what} id "${id}" is used more than once.`, pathOf(i));
    seen.add(id);
  });
}

const SCENARIO_FILE = /([^/\\]+)\.scenario\.ya?ml$/;

/** Ids: duplicates, the file name, start and phases (SCN030–SCN037, SCN049, SCN050); pins claimed twice (SCN062). */
export function validateIds(scenario: Scenario, file: string, report: Report): void {
  const { nodes, endings, phases } = scenario;
  // Node and ending ids share one namespace.
  const seen = new Set<string>();
  reportDuplicates(nodes, (i) => ['nodes', i, 'id'], report, 'SCN030', 'Node or ending', seen);
  reportDuplicates(endings, (i) => ['endings', i, 'id'], report, 'SCN030', 'Node or ending', seen);
  nodes.forEach((node, i) => {
    const { choices } = node;
    // A handful of choices per node: a linear scan beats building a Set for each.
    choices.forEach((c, j) => {
      if (choices.findIndex((other) => other.id === c.id) < j) {
        report('SCN031', `Node "${node.id}": choice id "${c.id}" is used more than once.`, ['nodes', i, 'choices', j, 'id']);
      }
      if (c.pin === undefined) return;
      const earlier = choices.findIndex((other) => other.pin === c.pin);
      if (earlier < j) {
        report(
          'SCN062',
          `Node "${node.id}": choices "${choices[earlier]!.id}" and "${c.id}" are both pinned ${c.pin}; only one choice can be.`,
          ['nodes', i, 'choices', j, 'pin'],
        );
      }
    });
  });
  reportDuplicates(phases, (i) => ['phases', i, 'id'], report, 'SCN032', 'Phase');

  const stem = SCENARIO_FILE.exec(file)?.[1];
  if (stem !== undefined && stem !== scenario.id) {
    report('SCN033', `The id "${scenario.id}" differs from the file name "${stem}"; rename one so they match.`, ['id']);
  }

  const nodeIds = new Set(nodes.map((n) => n.id));
  if (!nodeIds.has(scenario.start)) {
    if (endings.some((e) => e.id === scenario.start))
      report('SCN036', `start: "${scenario.start}" is an ending; start must name a node.`, ['start']);
    else report('SCN035', `start: "${scenario.start}" is not a node${didYouMean(scenario.start, nodeIds)}.`, ['start']);
  }

  const phaseIds = new Set(phases.map((p) => p.id));
  const used = new Set<string>();
  const checkPhase = (phase: string | undefined, path: DocumentPath, owner: string) => {
    if (phase === undefined) return;
    used.add(phase);
    if (!phaseIds.has(phase))
      report('SCN037', `${owner}: phase "${phase}" is not listed under phases${didYouMean(phase, phaseIds)}.`, path);
  };
  nodes.forEach((n, i) => checkPhase(n.phase, ['nodes', i, 'phase'], `node "${n.id}"`));
  endings.forEach((e, i) => checkPhase(e.phase, ['endings', i, 'phase'], `ending "${e.id}"`));
  phases.forEach((p, i) => {
    if (!used.has(p.id)) report('SCN050', `Phase "${p.id}" has no nodes or endings.`, ['phases', i, 'id']);
  });

  const factors = new Set<string>();
  scenario.factors.forEach((factor, i) => {
    if (factors.has(factor)) report('SCN049', `The factor "${factor}" is listed twice.`, ['factors', i]);
    factors.add(factor);
  });
}
