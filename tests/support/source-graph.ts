import fs from 'node:fs';
import path from 'node:path';

/**
 * The repo's own modules and who imports what, read straight from the source text for the house-rules
 * test. A careful regex rather than a parser: TypeScript 7 has no stable JS API, and the repo's
 * formatting (Biome) keeps every import and export statement in the shapes matched here.
 */

export const ROOT = path.resolve(import.meta.dirname, '../..');

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];

/** Repo-relative paths (forward slashes) of the TypeScript files under `dir`. */
export function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true })
    .map(String)
    .filter((f) => SOURCE_EXTENSIONS.includes(path.extname(f)) && !f.endsWith('.d.ts'))
    .map((f) => toRepoPath(path.join(abs, f)))
    .sort();
}

export function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

export function toRepoPath(abs: string): string {
  return path.relative(ROOT, abs).split(path.sep).join('/');
}

export interface Import {
  /** The importing file, repo-relative. */
  file: string;
  specifier: string;
  /** The imported file, repo-relative, or null for a package. */
  target: string | null;
  /** Names taken from the target; `*` for a namespace, side-effect or dynamic import (all of it). */
  names: string[];
  /** `export … from`: the names are passed on, not used here. */
  reexport: boolean;
  /** Exported names this file gives the re-exported ones (parallel to `names`). */
  as: string[];
}

// `import x, { a, type b as c } from '…'`, `import type …`, `export { a as b } from '…'`, `export * from '…'`.
// The clause holds only identifiers, braces, commas and `*`, so it cannot run across a statement.
const STATIC = /^[ \t]*(import|export)(\s+type)?\s+([\w\s{},*$]*?)\s*from\s*['"]([^'"\n]+)['"]/gm;
const SIDE_EFFECT = /^[ \t]*import\s*['"]([^'"\n]+)['"]/gm;
const DYNAMIC = /(?<![\w.])import\(\s*['"]([^'"\n]+)['"]\s*\)/g;

export function importsOf(file: string, text = read(file)): Import[] {
  const found: Import[] = [];
  const add = (specifier: string, names: string[], reexport: boolean, as: string[]) =>
    found.push({ file, specifier, target: resolve(file, specifier), names, reexport, as });
  for (const m of text.matchAll(STATIC)) {
    const { names, as } = parseClause(m[3] ?? '');
    add(m[4]!, names, m[1] === 'export', as);
  }
  for (const m of text.matchAll(SIDE_EFFECT)) add(m[1]!, ['*'], false, []);
  for (const m of text.matchAll(DYNAMIC)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*(\/\/|\*|\/\*)/.test(text.slice(lineStart, m.index))) continue; // in a comment
    add(m[1]!, ['*'], false, []);
  }
  return found;
}

function parseClause(clause: string): { names: string[]; as: string[] } {
  const names: string[] = [];
  const as: string[] = [];
  const namespace = clause.match(/\*\s*(?:as\s+(\w+))?/);
  if (namespace) return { names: ['*'], as: [namespace[1] ?? '*'] };
  const braces = clause.match(/\{([^}]*)\}/);
  const outside = clause
    .replace(/\{[^}]*\}/, '')
    .replace(/,/g, ' ')
    .trim();
  if (outside) {
    names.push('default');
    as.push(outside);
  }
  for (const part of (braces?.[1] ?? '').split(',')) {
    const words = part
      .trim()
      .replace(/^type\s+/, '')
      .split(/\s+as\s+/);
    if (!words[0]) continue;
    names.push(words[0]);
    as.push(words[1] ?? words[0]);
  }
  return { names, as };
}

/** The repo file an import specifier names (`@/` and `~/` are the repo root), or null for a package. */
export function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (/^[@~]\//.test(specifier)) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.join(ROOT, path.dirname(from), specifier);
  else return null;
  const candidates = [base, ...['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext)];
  const hit = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  return toRepoPath(hit ?? base);
}

const DECLARED =
  /^[ \t]*export\s+(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([\w$]+)/gm;
const LOCAL_LIST = /^[ \t]*export\s+(?:type\s+)?\{([^}]*)\}\s*;/gm;
const DEFAULT = /^[ \t]*export\s+default\b/m;

/** The names a module exports itself (re-exports are in `importsOf`). */
export function exportsOf(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(DECLARED)) names.add(m[1]!);
  for (const m of text.matchAll(LOCAL_LIST)) {
    for (const part of m[1]!.split(',')) {
      const words = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      if (words[0]) names.add(words[1] ?? words[0]);
    }
  }
  if (DEFAULT.test(text)) names.add('default');
  return [...names];
}

/** `file` is under one of `dirs` (repo-relative folders, or files). */
export function isUnder(file: string, dirs: string[]): boolean {
  return dirs.some((d) => file === d || file.startsWith(`${d.replace(/\/$/, '')}/`));
}
