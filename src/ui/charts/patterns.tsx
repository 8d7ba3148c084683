/** How dense a hatch is: bands and bars read apart without relying on colour. */
export type HatchDensity = 'sparse' | 'dense';

/** Diagonal hatching: bars read as filled shapes without relying on colour. */
export function HatchPattern({ id, density = 'sparse' }: { id: string; density?: HatchDensity }) {
  const size = density === 'dense' ? 4 : 6;
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width={size} height={size} patternTransform="rotate(45)">
        <rect width={size} height={size} className="chart-hatch-bg" />
        <line x1={0} y1={0} x2={0} y2={size} className="chart-hatch-line" />
      </pattern>
    </defs>
  );
}
