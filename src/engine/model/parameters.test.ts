import { describe, expect, it } from 'vitest';
import evidence from '../../../seeds/evidence.json' with { type: 'json' };
import { MODEL_PARAMETERS } from './parameters';

const ids = new Set(evidence.entries.map((e) => e.id));

describe('MODEL_PARAMETERS', () => {
  it('labels every parameter as resting on evidence or a design guess, with evidence ids that exist', () => {
    for (const p of MODEL_PARAMETERS) {
      expect(['evidence', 'design']).toContain(p.basis);
      expect(p.evidence.length).toBeGreaterThan(0);
      for (const id of p.evidence) expect(ids, `${p.name} cites ${id}`).toContain(id);
    }
  });
  it('a number said to rest on evidence cites at least one entry that is not a design note', () => {
    const design = new Set(evidence.entries.filter((e) => e.kind === 'design-choice').map((e) => e.id));
    for (const p of MODEL_PARAMETERS.filter((q) => q.basis === 'evidence')) expect(p.evidence.some((id) => !design.has(id))).toBe(true);
  });
});
