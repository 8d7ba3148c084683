// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_FIGURE_FILE, modelFigureSvg, trajectory } from './model-figure';

describe('the patient model figure', () => {
  it('is what the model draws today (run `npx tsx src/cli/write-model-figure.ts` after changing the model)', () => {
    expect(readFileSync(join(process.cwd(), MODEL_FIGURE_FILE), 'utf8')).toBe(modelFigureSvg());
  });
  it('shows what the page says: more injustice, slower repair, lower trust; the dismissal costs more than a turn to undo', () => {
    const [low, mid, high] = [10, 45, 80].map(trajectory);
    expect(low!.at(-1)!.trust).toBeGreaterThan(mid!.at(-1)!.trust);
    expect(mid!.at(-1)!.trust).toBeGreaterThan(high!.at(-1)!.trust);
    for (const t of [low!, mid!, high!]) {
      const drop = t[8]!.trust - t[9]!.trust;
      const regain = t[10]!.trust - t[9]!.trust;
      expect(drop).toBeGreaterThan(regain);
      expect(t.every((s) => s.anger > 0 && s.trust < 100)).toBe(true);
    }
  });
});
