/**
 * No import cycles in product code or the bench. A cycle makes module order matter
 * (a value read before its module ran is `undefined`) and hides which layer depends on
 * which. Type-only imports are erased at build time, so they do not count.
 * Uses the TypeScript compiler's parser; no extra dependency.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const FOLDERS = ['lib', 'components', 'entrypoints', 'bench'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (path) => existsSync(path) && statSync(path).isFile() && /\.tsx?$/.test(path),
  );
}

/** Specifiers a module imports or re-exports at run time (type-only ones are erased), or all of them. */
function importsOf(file: string, withTypes = false): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (withTypes || !typeOnly) found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const named = statement.exportClause;
      const allTypes =
        statement.isTypeOnly || (named !== undefined && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((element) => element.isTypeOnly));
      if (withTypes || !allTypes) found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

/** Strongly connected components of more than one module, or a module importing itself (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import graph', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
  const graphOf = (withTypes: boolean) => new Map(files.map((file) => [file, importsOf(file, withTypes).flatMap((spec) => resolveImport(file, spec) ?? [])]));
  const graph = graphOf(false);
  const show = (found: string[][]) => found.map((component) => component.map((file) => relative(ROOT, file)).join(' ⇄ '));

  it('reads the real project (the check cannot pass on an empty graph)', () => {
    expect(files.length).toBeGreaterThan(100);
    const edges = [...graph.values()].reduce((sum, list) => sum + list.length, 0);
    expect(edges).toBeGreaterThan(files.length);
    // The finder finds a planted cycle.
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });

  it('has no cycles in lib/, components/, entrypoints/ or bench/', () => {
    expect(show(cycles(graph))).toEqual([]);
  });

  it('has no cycles even through type imports in the database layer, the components or the bench', () => {
    // lib/ keeps one type-only loop on purpose: MarketplaceId is derived from the registry,
    // and the engines' types name it. Everywhere else a type loop means a misplaced type.
    const layered = (file: string) => ['lib/db/', 'components/', 'bench/'].some((folder) => relative(ROOT, file).startsWith(folder));
    const withTypes = graphOf(true);
    const local = new Map([...withTypes].filter(([file]) => layered(file)).map(([file, to]) => [file, to.filter(layered)]));
    expect(show(cycles(local))).toEqual([]);
  });
});
