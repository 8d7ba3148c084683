import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analyse-scenario';
import { lintScenario } from './lint-scenario';
import { SCORING_DIAGNOSTICS } from './scoring-diagnostics';
import { choice, ending, makeScenario, node } from '../runtime/testing/fake-scenario';
import { fourOutcomeScenario } from '../runtime/testing/four-outcome-scenario';
import type { Scenario } from '../format/scenario.types';

const lint = (scenario: Scenario) => {
  const compiled = { scenario };
  return lintScenario(compiled, analyseScenario(compiled), { file: 'x.scenario.yaml' });
};
const codes = (scenario: Scenario) => lint(scenario).map((d) => d.code);

describe('lintScenario', () => {
  it('is quiet on a well-formed small scenario whose best responses are not first', () => {
    // As written, fourOutcomeScenario's best response is always first (SCN130: "always the first
    // option" plays the best route). Leading with a damaging option at the first two
    // decisions ends that rule early; no option is longer than another (labels "Say x").
    const s = fourOutcomeScenario();
    const order = (i: number, ids: string[]) => (s.nodes[i]!.choices = ids.map((id) => s.nodes[i]!.choices.find((c) => c.id === id)!));
    order(0, ['b', 'a', 'c']);
    order(1, ['c', 'a', 'b']);
    // One dismissal walks the patient out (SCN116, the rescue window)...
    expect(codes(s)).toEqual(['SCN116']);
    // ...which is quiet only where the author marks those endings as safety stops.
    for (const e of s.endings) if (e.outcome === 'escalated' || e.outcome === 'disengaged') e.safetyLimit = true;
    expect(lint(s)).toEqual([]);
    expect(codes(fourOutcomeScenario())).toContain('SCN130');
  });

  it('SCN110: the best route ends badly', () => {
    const s = makeScenario(
      [
        node('n', [
          choice('a', ['CR'], [{ when: { trust: { atLeast: 99 } }, next: 'good' }, { next: 'bad' }]),
          choice('b', ['ARG'], 'bad'),
        ]),
      ],
      [ending('good', 'alliance'), ending('bad', 'disengaged')],
    );
    const d = lint(s).find((x) => x.code === 'SCN110');
    expect(d).toMatchObject({ severity: 'warning', path: ['endings', 1], line: 0, col: 0, file: 'x.scenario.yaml' });
    expect(d!.message).toMatch(/disengaged/);
  });

  it('SCN111: the worst route still ends well', () => {
    const s = makeScenario(
      [node('n', [choice('a', ['CR', 'SUM', 'SEEK', 'GOAL'], 'good'), choice('b', ['ARG', 'JARG'], 'ok')])],
      [ending('good', 'alliance'), ending('ok', 'partial')],
    );
    expect(codes(s)).toContain('SCN111');
  });

  it('SCN112: a dimension no route changes', () => {
    const s = makeScenario(
      [node('n', [choice('a', ['VAL'], 'good'), choice('b', ['ARG'], 'bad')])],
      [ending('good', 'alliance'), ending('bad', 'escalated')],
    );
    const found = lint(s)
      .filter((d) => d.code === 'SCN112')
      .map((d) => d.message);
    expect(found).toHaveLength(3);
    expect(found.join(' ')).toMatch(/goals.*tasks.*communication/);
  });

  it('SCN113: every choice at a decision carries the same codes', () => {
    const s = fourOutcomeScenario();
    s.nodes[1]!.choices = s.nodes[1]!.choices.map((c) => ({ ...c, codes: ['INJ'] }));
    const d = lint(s).find((x) => x.code === 'SCN113');
    expect(d).toMatchObject({ path: ['nodes', 1, 'choices'] });
  });

  it('SCN140: two options at a decision carry the same codes (free text could not tell them apart)', () => {
    const s = fourOutcomeScenario();
    const choices = s.nodes[0]!.choices;
    expect(codes(s)).not.toContain('SCN140');
    choices[2] = { ...choices[2]!, codes: [...choices[1]!.codes].reverse() };
    const d = lint(s).find((x) => x.code === 'SCN140');
    expect(d).toMatchObject({ severity: 'warning', path: ['nodes', 0, 'choices', 2] });
    expect(d!.message).toContain(`"${choices[1]!.id}" and "${choices[2].id}"`);
  });

  it('SCN114 (info) when the analysis is an estimate; SCN115 when no route ends', () => {
    const compiled = { scenario: fourOutcomeScenario() };
    const rough = analyseScenario(compiled, { maxStates: 2 });
    expect(lintScenario(compiled, rough).map((d) => [d.code, d.severity])).toContainEqual(['SCN114', 'info']);
    const stuck = makeScenario(
      [node('n', [choice('a', ['CR'], [{ when: { anger: { atMost: 1 } }, next: 'e' }])])],
      [ending('e', 'alliance')],
    );
    expect(codes(stuck)).toEqual(['SCN115']);
  });

  it('SCN120–SCN122: runs the patient-state reachability lints, within the state budget it is given', () => {
    const s = fourOutcomeScenario();
    // "b" is DIS + REAS; its first route asks for a patient past anything the effects below allow.
    s.nodes[0]!.choices[1]!.effects = { anger: 5 };
    s.nodes[0]!.choices[1]!.routes = [{ when: { anger: { atLeast: 95 } }, next: 'walkout' }, { next: 'explore' }];
    const compiled = { scenario: s };
    const found = lintScenario(compiled, analyseScenario(compiled)).find((d) => d.code === 'SCN120');
    expect(found).toMatchObject({ severity: 'warning', path: ['nodes', 0, 'choices', 1, 'routes', 0, 'when'], line: 0, col: 0 });
    expect(lintScenario(compiled, analyseScenario(compiled), { reachabilityMaxStates: 1 }).map((d) => d.code)).not.toContain('SCN120');
  });

  it('every code it or validateRubric can emit is catalogued in SCN100–SCN149', () => {
    const catalogued = SCORING_DIAGNOSTICS.map((d) => d.code);
    for (const code of [
      'SCN100',
      'SCN101',
      'SCN102',
      'SCN103',
      'SCN104',
      'SCN105',
      'SCN110',
      'SCN111',
      'SCN112',
      'SCN113',
      'SCN114',
      'SCN115',
      'SCN116',
      'SCN117',
      'SCN120',
      'SCN121',
      'SCN122',
      'SCN130',
      'SCN131',
      'SCN132',
      'SCN140',
    ])
      expect(catalogued).toContain(code);
    expect(new Set(catalogued).size).toBe(catalogued.length);
    for (const code of catalogued) expect(Number(code.slice(3))).toBeGreaterThanOrEqual(100);
    for (const code of catalogued) expect(Number(code.slice(3))).toBeLessThanOrEqual(149);
  });
});
