/** The modules of src/ import one another without a circle (type-only imports included), so each can be read, and loaded, on its own terms. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/harness/site-harness.ts';

const src = path.join(projectRoot, 'src');

/** Each module of src/ (relative path) → the modules of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of globSync('**/*.ts', { cwd: src })) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(src, file), 'utf8'), true, true);
    const local = importedFiles.map((item) => item.fileName).filter((name) => name.startsWith('.'));
    graph.set(file, local.map((name) => path.relative(src, path.resolve(src, path.dirname(file), name))));
  }
  return graph;
}

/** One circle of imports, if there is any: the modules in import order, the first again at the end. */
function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (file: string, trail: string[]): string[] | undefined => {
    if (trail.includes(file)) return [...trail.slice(trail.indexOf(file)), file];
    if (done.has(file)) return undefined;
    for (const imported of graph.get(file) ?? []) {
      const circle = visit(imported, [...trail, file]);
      if (circle) return circle;
    }
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const circle = visit(file, []);
    if (circle) return circle;
  }
  return undefined;
}

describe('src/', () => {
  it('has no import circle', () => {
    const graph = importGraph();
    expect(graph.get('body/render-body.ts')).toContain('body/component-registry.ts');
    expect(findCircle(graph)).toBeUndefined();
  });

  it('would show a circle as the modules in it', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['b.ts']]]);
    expect(findCircle(graph)).toEqual(['b.ts', 'c.ts', 'b.ts']);
  });
});
