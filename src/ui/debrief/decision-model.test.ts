import { describe, expect, it } from 'vitest';
import { backPainScenario } from '../../engine/testing';
import { playedAttempt } from './debrief-fixtures';
import { decisionItems } from './decision-model';

describe('decisionItems', () => {
  it('gives each scored decision a why without code definitions, and the one or two sources that carry it', () => {
    const record = playedAttempt(['dismiss']);
    const [item] = decisionItems(record.transcript, record.score!.decisions, backPainScenario(), new Set([0]));
    expect(item!.chosenText).toBe('Your scan was normal.');
    expect(item!.brief).toMatch(
      /^Your response was dismiss or invalidate \(DIS\)\. .*feels treated unfairly.* The stronger option was complex reflection \(CR\)\.$/,
    );
    expect(item!.brief).not.toMatch(/: it /);
    expect(item!.keyEvidence).toEqual(['linton-2012-validation', 'miti-4.2.1-codes']);
    expect(item!.evidence.length).toBeGreaterThan(item!.keyEvidence.length);
    for (const id of item!.keyEvidence) expect(item!.evidence).toContain(id);
  });

  it('leads the why with the author’s note when the scenario has one, and has none for an unscored attempt', () => {
    const base = backPainScenario();
    const noted = backPainScenario({
      nodes: base.nodes.map((n) => ({ ...n, choices: n.choices.map((c) => ({ ...c, feedback: `Note on ${c.id}.` })) })),
    });
    const record = playedAttempt(['reflect', 'argue']);
    const items = decisionItems(record.transcript, record.score!.decisions, noted, new Set());
    expect(items[1]!.brief).toMatch(/^Note on argue\. /);
    expect(decisionItems(record.transcript, [], noted, new Set())[1]!.brief).toBeNull();
  });
});
