import type { NodeShape } from './domain-appearance.ts';

type Points = number[];

// The same unit polygons Cytoscape draws (x and y in [-1, 1], y pointing down), for legends outside the canvas.
function unitNgon(sides: number, rotation = 0): Points {
  const increment = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
  const points: Points = [];
  for (let i = 0; i < sides; i++) {
    const angle = start + i * increment;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  return points;
}

const ngon = (sides: number): Points => fitToSquare(unitNgon(sides));

function fitToSquare(points: Points): Points {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...scaled.filter((_, i) => i % 2 === 1));
  return minY < -1 ? scaled.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : scaled;
}

function star(): Points {
  const outer = unitNgon(5);
  const inner = unitNgon(5, Math.PI / 5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const points: Points = [];
  for (let i = 0; i < 5; i++) {
    points.push(outer[2 * i] ?? 0, outer[2 * i + 1] ?? 0);
    points.push((inner[2 * i] ?? 0) * innerRadius, (inner[2 * i + 1] ?? 0) * innerRadius);
  }
  return fitToSquare(points);
}

const POLYGONS: Partial<Record<NodeShape, () => Points>> = {
  triangle: () => ngon(3),
  diamond: () => [0, 1, 1, 0, 0, -1, -1, 0],
  pentagon: () => ngon(5),
  hexagon: () => ngon(6),
  heptagon: () => ngon(7),
  octagon: () => ngon(8),
  star,
  rhomboid: () => [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  vee: () => [-1, -1, 0, -0.333, 1, -1, 0, 1],
  'concave-hexagon': () => [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  tag: () => [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

const round = (v: number) => Math.round(v * 1000) / 1000;

/** SVG path data for a node shape in the box (-1,-1)–(1,1). */
export function shapePath(shape: NodeShape): string {
  if (shape === 'ellipse') return 'M -1 0 A 1 1 0 1 0 1 0 A 1 1 0 1 0 -1 0 Z';
  if (shape === 'round-rectangle') {
    const r = 0.35;
    return `M ${-1 + r} -1 H ${1 - r} Q 1 -1 1 ${-1 + r} V ${1 - r} Q 1 1 ${1 - r} 1 H ${-1 + r} Q -1 1 -1 ${1 - r} V ${-1 + r} Q -1 -1 ${-1 + r} -1 Z`;
  }
  const points = POLYGONS[shape]?.() ?? ngon(8);
  const pairs: string[] = [];
  for (let i = 0; i < points.length; i += 2)
    pairs.push(`${round(points[i] ?? 0)} ${round(points[i + 1] ?? 0)}`);
  return `M ${pairs.join(' L ')} Z`;
}
