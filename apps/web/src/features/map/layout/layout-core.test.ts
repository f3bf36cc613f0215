import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { largeLayoutIterations } from './large-layout.ts';
import {
  computeLayout,
  type LayoutPositions,
  type LayoutRequest,
  separateBoxes,
  usesLargeLayout,
} from './layout-core.ts';
import { placeNear } from './place-near.ts';

cytoscape.use(fcose);

function ring(n: number, parentOf?: (i: number) => string | undefined): LayoutRequest {
  const nodes = Array.from({ length: n }, (_, i) => {
    const parent = parentOf?.(i);
    return { id: `n${i}`, width: 18, height: 18, ...(parent ? { parent } : {}) };
  });
  const parents = [...new Set(nodes.map((node) => node.parent).filter((p): p is string => !!p))];
  const edges = nodes.flatMap((_, i) => [
    { id: `e${i}`, source: `n${i}`, target: `n${(i + 1) % n}` },
    { id: `f${i}`, source: `n${i}`, target: `n${(i * 7 + 3) % n}` },
  ]);
  return {
    nodes: [...parents.map((id) => ({ id, width: 0, height: 0 })), ...nodes],
    edges,
    grouped: parents.length > 0,
    seed: 1,
  };
}

describe('computeLayout', () => {
  it('gives the same request the same positions, whatever the order of actors and ties', () => {
    const request = ring(40);
    const first = computeLayout(cytoscape, request);
    const shuffled = { ...request, nodes: [...request.nodes].reverse(), edges: [...request.edges].reverse() };
    expect(computeLayout(cytoscape, shuffled)).toEqual(first);
    expect(Object.keys(first)).toHaveLength(40);
    expect(new Set(Object.values(first).map((p) => `${p.x},${p.y}`)).size).toBe(40);
  });

  it('gives another seed another drawing', () => {
    const request = ring(30);
    expect(computeLayout(cytoscape, { ...request, seed: 2 })).not.toEqual(computeLayout(cytoscape, request));
  });

  it('keeps fixed nodes where they are', () => {
    const fixed = { n0: { x: 500, y: 500 }, n1: { x: 560, y: 500 } };
    const positions = computeLayout(cytoscape, { ...ring(20), fixed });
    expect(positions.n0).toEqual(fixed.n0);
    expect(positions.n1).toEqual(fixed.n1);
  });
});

/** 30 groups of 30 people: ties within a group, a few between groups. */
function clusters(): LayoutRequest {
  const nodes = Array.from({ length: 900 }, (_, i) => ({ id: `n${i}`, width: 18, height: 18 }));
  const edges = nodes.flatMap((_, i) => {
    const group = Math.floor(i / 30) * 30;
    return [
      { id: `in${i}`, source: `n${i}`, target: `n${group + ((i + 1) % 30)}` },
      { id: `jn${i}`, source: `n${i}`, target: `n${group + ((i * 7 + 3) % 30)}` },
      ...(i % 10 === 0 ? [{ id: `out${i}`, source: `n${i}`, target: `n${(i * 37 + 11) % 900}` }] : []),
    ];
  });
  return { nodes, edges, grouped: false, seed: 1 };
}

describe('the layout of a large map', () => {
  it('is ForceAtlas2: deterministic whatever the order, spread out, another seed another drawing', () => {
    const request = clusters();
    expect(usesLargeLayout(request)).toBe(true);
    expect(usesLargeLayout({ ...request, fixed: { n0: { x: 0, y: 0 } } })).toBe(false);
    const first = computeLayout(cytoscape, request);
    const shuffled = { ...request, nodes: [...request.nodes].reverse(), edges: [...request.edges].reverse() };
    expect(computeLayout(cytoscape, shuffled)).toEqual(first);
    expect(Object.keys(first)).toHaveLength(900);
    const spots = new Set(Object.values(first).map((p) => `${Math.round(p.x / 5)},${Math.round(p.y / 5)}`));
    expect(spots.size).toBeGreaterThan(850);
    // ties within a group are short next to the size of the drawing: a group lies together
    const tie = (e: { source: string; target: string }) =>
      Math.hypot(first[e.source]!.x - first[e.target]!.x, first[e.source]!.y - first[e.target]!.y);
    const xs = Object.values(first).map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    const inside = request.edges
      .filter((e) => e.id.startsWith('in'))
      .map(tie)
      .sort((a, b) => a - b);
    expect(inside[Math.floor(inside.length / 2)]!).toBeLessThan(width / 10);
    expect(computeLayout(cytoscape, { ...request, seed: 2 })).not.toEqual(first);
  });

  it('takes a fixed number of rounds, fewer as the map grows', () => {
    expect(largeLayoutIterations(2000)).toBe(40);
    expect(largeLayoutIterations(10_000)).toBeLessThan(largeLayoutIterations(2000));
    expect(largeLayoutIterations(1_000_000)).toBe(12);
    // a start with each organisation's people together needs fewer
    expect(largeLayoutIterations(2000, true)).toBeLessThan(largeLayoutIterations(2000));
    expect(largeLayoutIterations(1_000_000, true)).toBeGreaterThan(0);
  });

  it("starts with each organisation's people together where they hold most ties", () => {
    const request = clusters();
    const inOrganisations = (organisationOf: (i: number) => string): LayoutRequest => ({
      ...request,
      nodes: request.nodes.map((node, i) => ({ ...node, cluster: organisationOf(i) })),
    });
    // the organisations are the tied groups
    const grouped = inOrganisations((i) => `org${Math.floor(i / 30)}`);
    const first = computeLayout(cytoscape, grouped);
    const shuffled = { ...grouped, nodes: [...grouped.nodes].reverse(), edges: [...grouped.edges].reverse() };
    expect(computeLayout(cytoscape, shuffled)).toEqual(first);
    expect(first).not.toEqual(computeLayout(cytoscape, request));
    expect(Object.keys(first)).toHaveLength(900);
    const spots = new Set(Object.values(first).map((p) => `${Math.round(p.x / 5)},${Math.round(p.y / 5)}`));
    expect(spots.size).toBeGreaterThan(850);
    const tie = (e: { source: string; target: string }) =>
      Math.hypot(first[e.source]!.x - first[e.target]!.x, first[e.source]!.y - first[e.target]!.y);
    const xs = Object.values(first).map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    const inside = request.edges
      .filter((e) => e.id.startsWith('in'))
      .map(tie)
      .sort((a, b) => a - b);
    expect(inside[Math.floor(inside.length / 2)]!).toBeLessThan(width / 10);
    expect(computeLayout(cytoscape, { ...grouped, seed: 2 })).not.toEqual(first);
    // organisations that hold few of the ties: the usual start
    const across = inOrganisations((i) => `org${i % 30}`);
    expect(computeLayout(cytoscape, across)).toEqual(computeLayout(cytoscape, request));
  });
});

describe('separateBoxes', () => {
  it('pushes overlapping organisation boxes apart until none overlap', () => {
    const request = ring(24, (i) => `g${i % 4}`);
    // every box on the same spot
    const positions: LayoutPositions = {};
    for (const [i, node] of request.nodes.filter((n) => n.parent).entries())
      positions[node.id] = { x: (i % 3) * 10, y: Math.floor(i / 3) * 10 };
    separateBoxes(request, positions);
    const boxes = ['g0', 'g1', 'g2', 'g3'].map((g) => {
      const members = request.nodes.filter((n) => n.parent === g).map((n) => positions[n.id]!);
      return {
        x1: Math.min(...members.map((p) => p.x)) - 9,
        x2: Math.max(...members.map((p) => p.x)) + 9,
        y1: Math.min(...members.map((p) => p.y)) - 9,
        y2: Math.max(...members.map((p) => p.y)) + 9,
      };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        expect(overlap, `g${i} and g${j}`).toBe(false);
      }
  });
});

describe('placeNear', () => {
  it('places new actors near their ties, moves no one else, and is deterministic', () => {
    const known = { a: { x: 0, y: 0 }, b: { x: 200, y: 0 }, c: { x: 0, y: 200 } };
    const edges = [
      { source: 'a', target: 'new1' },
      { source: 'b', target: 'new1' },
      { source: 'new1', target: 'new2' },
      { source: 'c', target: 'c2' },
    ];
    const placed = placeNear(['new2', 'new1', 'loner'], edges, known);
    expect(Object.keys(placed).sort()).toEqual(['loner', 'new1', 'new2']);
    // between its two neighbours, within a few steps of their middle
    expect(Math.hypot(placed.new1!.x - 100, placed.new1!.y - 0)).toBeLessThan(120);
    // near the new actor it is tied to
    expect(Math.hypot(placed.new2!.x - placed.new1!.x, placed.new2!.y - placed.new1!.y)).toBeLessThan(120);
    // no one lands on a known actor
    for (const p of Object.values(placed))
      for (const q of Object.values(known))
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(30);
    expect(placeNear(['new1', 'new2', 'loner'], edges, known)).toEqual(placed);
  });
});
