/** Cohen's kappa between two codings of the same items: agreement beyond what chance would give. */
export function cohenKappa(expected: readonly string[], observed: readonly string[]): number {
  if (expected.length !== observed.length) throw new Error('kappa needs two codings of the same items');
  const n = expected.length;
  if (n === 0) return Number.NaN;
  const labels = [...new Set([...expected, ...observed])];
  const agree = expected.filter((label, index) => label === observed[index]).length / n;
  const chance = labels.reduce((sum, label) => {
    const a = expected.filter((value) => value === label).length / n;
    const b = observed.filter((value) => value === label).length / n;
    return sum + a * b;
  }, 0);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

/** Kappa for one category against the rest (yes/no per item), as reported per behaviour and per code. */
export function categoryKappa(expected: readonly string[], observed: readonly string[], category: string): number {
  return cohenKappa(
    expected.map((label) => String(label === category)),
    observed.map((label) => String(label === category)),
  );
}
