/**
 * Compares two V8 heap snapshots (.heapsnapshot, as the soak's --snapshots writes): per constructor (or node
 * type for strings, closures, arrays, code …) the count and self size in each and the difference, largest
 * growth first; then the largest Map and Set tables of the later snapshot with a path from the roots, since
 * an unbounded cache shows as one table that keeps growing.
 *
 *   node --max-old-space-size=8000 --import @swc-node/register/esm-register bench/support/heap-compare.ts early.heapsnapshot late.heapsnapshot [--top 30]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface RawSnapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] };
    node_count: number;
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapGroup {
  key: string;
  count: number;
  selfSize: number;
}

export interface ParsedHeap {
  raw: RawSnapshot;
  nodeFieldCount: number;
  /** Index (in nodes / nodeFieldCount) of each node's first edge. */
  firstEdge: Uint32Array;
  typeOf(node: number): string;
  nameOf(node: number): string;
  selfSizeOf(node: number): number;
  edgesOf(node: number): Array<{ type: string; name: string; to: number }>;
}

export function parseHeap(text: string): ParsedHeap {
  const raw = JSON.parse(text) as RawSnapshot;
  const { node_fields, node_types, edge_fields, edge_types } = raw.snapshot.meta;
  const nf = node_fields.length;
  const ef = edge_fields.length;
  const [nType, nName, nSelf, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => node_fields.indexOf(f));
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => edge_fields.indexOf(f));
  const count = raw.nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += raw.nodes[i * nf + nEdges];
    firstEdge[i + 1] = e;
  }
  return {
    raw,
    nodeFieldCount: nf,
    firstEdge,
    typeOf: (n) => node_types[0][raw.nodes[n * nf + nType]],
    nameOf: (n) => raw.strings[raw.nodes[n * nf + nName]],
    selfSizeOf: (n) => raw.nodes[n * nf + nSelf],
    edgesOf(n) {
      const out: Array<{ type: string; name: string; to: number }> = [];
      for (let e = firstEdge[n]; e < firstEdge[n + 1]; e++) {
        const type = edge_types[0][raw.edges[e * ef + eType]];
        const nameOrIndex = raw.edges[e * ef + eName];
        out.push({ type, name: type === 'element' || type === 'hidden' ? String(nameOrIndex) : raw.strings[nameOrIndex], to: raw.edges[e * ef + eTo] / nf });
      }
      return out;
    },
  };
}

/** Objects by constructor name; everything else (strings, closures, arrays, code, hidden) by its node type. */
export function groupHeap(heap: ParsedHeap): Map<string, HeapGroup> {
  const groups = new Map<string, HeapGroup>();
  const count = heap.firstEdge.length - 1;
  for (let n = 0; n < count; n++) {
    const type = heap.typeOf(n);
    const key = type === 'object' ? heap.nameOf(n) : type === 'closure' ? `(closure ${heap.nameOf(n) || 'anonymous'})` : `(${type})`;
    const group = groups.get(key) ?? { key, count: 0, selfSize: 0 };
    group.count++;
    group.selfSize += heap.selfSizeOf(n);
    groups.set(key, group);
  }
  return groups;
}

/** The largest Map and Set objects: the self size of their backing table, and a retaining path from a root. */
function largestCollections(heap: ParsedHeap, top: number): Array<{ name: string; tableBytes: number; path: string }> {
  const count = heap.firstEdge.length - 1;
  const found: Array<{ node: number; name: string; tableBytes: number }> = [];
  for (let n = 0; n < count; n++) {
    if (heap.typeOf(n) !== 'object') continue;
    const name = heap.nameOf(n);
    if (name !== 'Map' && name !== 'Set') continue;
    const table = heap.edgesOf(n).find((e) => e.name === 'table');
    found.push({ node: n, name, tableBytes: table ? heap.selfSizeOf(table.to) : 0 });
  }
  found.sort((a, b) => b.tableBytes - a.tableBytes);
  const chosen = found.slice(0, top);
  // One breadth-first pass from the root records a parent for every node; paths follow it back.
  const parent = new Int32Array(count).fill(-1);
  const via = new Array<string>(count);
  parent[0] = 0;
  const queue = new Uint32Array(count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const n = queue[head++];
    for (const e of heap.edgesOf(n)) {
      if (e.type === 'weak' || parent[e.to] !== -1) continue;
      parent[e.to] = n;
      via[e.to] = e.name;
      queue[tail++] = e.to;
    }
  }
  return chosen.map(({ node, name, tableBytes }) => {
    const steps: string[] = [];
    for (let n = node; n !== 0 && parent[n] !== -1 && steps.length < 12; n = parent[n]) steps.unshift(`${heap.nameOf(parent[n]).slice(0, 40)}.${via[n]}`);
    return { name, tableBytes, path: parent[node] === -1 ? '(unreachable from the root)' : steps.join(' → ') };
  });
}

function main(): void {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
  const [earlyPath, latePath] = positionals;
  if (!earlyPath || !latePath) throw new Error('usage: heap-compare.ts early.heapsnapshot late.heapsnapshot [--top N]');
  const top = Number(values.top);
  const early = groupHeap(parseHeap(readFileSync(earlyPath, 'utf8')));
  const lateHeap = parseHeap(readFileSync(latePath, 'utf8'));
  const late = groupHeap(lateHeap);
  const total = (g: Map<string, HeapGroup>) => [...g.values()].reduce((s, x) => s + x.selfSize, 0);
  console.log(`total self size: ${(total(early) / 2 ** 20).toFixed(1)} MiB → ${(total(late) / 2 ** 20).toFixed(1)} MiB`);
  const keys = new Set([...early.keys(), ...late.keys()]);
  const rows = [...keys].map((key) => {
    const a = early.get(key) ?? { key, count: 0, selfSize: 0 };
    const b = late.get(key) ?? { key, count: 0, selfSize: 0 };
    return { key, countA: a.count, countB: b.count, sizeA: a.selfSize, sizeB: b.selfSize, delta: b.selfSize - a.selfSize };
  });
  rows.sort((x, y) => y.delta - x.delta);
  console.log('\n| constructor / type | count early | count late | KiB early | KiB late | Δ KiB |\n| :--- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows.slice(0, top)) {
    console.log(
      `| ${r.key.slice(0, 60)} | ${r.countA} | ${r.countB} | ${(r.sizeA / 1024).toFixed(0)} | ${(r.sizeB / 1024).toFixed(0)} | ${(r.delta / 1024).toFixed(0)} |`,
    );
  }
  console.log('\nLargest Map/Set tables in the later snapshot:');
  for (const c of largestCollections(lateHeap, 10)) console.log(`  ${c.name} ${(c.tableBytes / 1024).toFixed(0)} KiB: ${c.path}`);
}

if (process.argv[1]?.endsWith('heap-compare.ts')) main();
