// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalScreenText } from './support/jsx-text';
import {
  exportsOf,
  type Import,
  importsOf,
  isUnder,
  ROOT,
  read,
  sourceFiles,
  toRepoPath,
} from './support/source-graph';

/**
 * The boundaries docs/architecture.md promises, checked on the source text so that breaking one
 * fails here with the file and the import, not in a review. Each rule is one test.
 */

const SHIPPED_DIRS = ['entrypoints', 'components', 'lib'];
const shipped = SHIPPED_DIRS.flatMap(sourceFiles);
/** Product code that is not a source folder but is part of the build. */
const BUILD_CONFIG = ['wxt.config.ts'];
const shippedImports = shipped.flatMap((file) => importsOf(file));

const describeImport = (i: Import) => `${i.file} imports '${i.specifier}'`;

describe('house rules', () => {
  it('only the background, the outbox and lib/activecampaign itself import lib/activecampaign', () => {
    const allowed = ['entrypoints/background', 'lib/outbox', 'lib/activecampaign'];
    const leaks = shippedImports
      .filter((i) => i.target && isUnder(i.target, ['lib/activecampaign']) && !isUnder(i.file, allowed))
      .map(describeImport);
    expect(leaks).toEqual([]);
  });

  it('components are presentational: no browser API, no storage, no ActiveCampaign', () => {
    const bannedPackages = [
      'wxt/browser',
      'webextension-polyfill',
      '@wxt-dev/webextension-polyfill',
      'wxt/utils/storage',
      'wxt/storage',
    ];
    const bannedModules = ['lib/storage', 'lib/storage.ts', 'lib/activecampaign'];
    const components = shipped.filter((f) => isUnder(f, ['components']));
    const imports = components
      .flatMap((file) => importsOf(file))
      .filter(
        (i) =>
          bannedPackages.includes(i.specifier) ||
          bannedModules.some((m) => i.target !== null && isUnder(i.target, [m])),
      )
      .map(describeImport);
    // WXT auto-imports `browser` and `storage` as globals, so a component could use them unimported.
    const globals = components.flatMap((file) =>
      [...withoutComments(read(file)).matchAll(/(?<![\w.$'"`])(browser|chrome|storage)\s*\.\s*\w/g)].map(
        (m) => `${file} uses the global '${m[1]}'`,
      ),
    );
    expect([...imports, ...globals]).toEqual([]);
  });

  it('page code (the content script) imports only page code', () => {
    // Bare packages the injected script may bundle; each needs a reason. None today.
    const pagePackages: Record<string, string> = {};
    // `file → target` links allowed out of page code; each needs a reason.
    const pageExceptions: Record<string, string> = {
      'lib/page/contract.ts → lib/zod.ts':
        'the contract schema is loaded only by extension pages (lib/ui/read-tab.ts); page code imports its types alone, and tests/build/content-script.test.ts proves zod stays out of the script',
    };
    const isPage = (f: string) =>
      isUnder(f, ['lib/page']) || /^entrypoints\/[^/]+\.content(\/|\.tsx?$)/.test(f);
    const outside = shippedImports
      .filter((i) => isPage(i.file))
      .filter((i) => !(`${i.file} → ${i.target}` in pageExceptions))
      .filter((i) => (i.target === null ? !(i.specifier in pagePackages) : !isPage(i.target)))
      .map(describeImport);
    expect(outside).toEqual([]);
  });

  it('every name exported from lib/ and components/ is imported outside the tests', () => {
    // `file#name` → why it has no importer in the source and still must be exported.
    const allowed: Record<string, string> = {
      'lib/page/shims.ts#default':
        'stands in for webextension-polyfill in the content script, through the alias in wxt.config.ts',
      'lib/page/shims.ts#ContentScriptContext':
        'stands in for wxt/utils/content-script-context in the content script, through the same alias',
      // Pure rules exported for their own unit tests, and library parts whose wiring is still open.
      'lib/activecampaign/client/rate-limit.ts#AcAnswer':
        'the limiter rules are unit-tested with fake answers (tests/lib/activecampaign/client/rate-limit.test.ts)',
      'lib/activecampaign/sync/bulk.ts#canImportInBulk':
        'the bulk eligibility rule is unit-tested directly; used by runBatch',
      'lib/activecampaign/sync/bulk.ts#chunkEntries':
        'the 250-contact / 400 KB chunking rule is unit-tested directly',
      'lib/activecampaign/sync/plan.ts#planNote': 'the note rule is unit-tested directly',
      'lib/messaging/router.ts#MAX_MESSAGE_BYTES': 'the router size cap is fuzzed directly',
      'lib/messaging/router.ts#RouterDeps': 'the router is tested with injected handlers',
      'lib/messaging/router.ts#Sender': 'the sender rule is fuzzed with forged senders',
      'lib/messaging/router.ts#isTrustedSender': 'the sender rule is fuzzed directly (security)',
      'lib/outbox/queue.ts#readItems': 'tests read the outbox back as the runner does',
      'lib/outbox/retention.ts#retainItems':
        'the retention rule (failed items never deleted) is unit-tested directly',
      'lib/outbox/attempt.ts#retryDelayMs': 'the backoff rule is unit-tested directly',
      'lib/outbox/runner.ts#MIN_ALARM_DELAY_MS': 'the timer/alarm boundary is unit-tested directly',
      'lib/save/request.ts#CONTACT_FIELDS': 'the plan property tests range over every contact field',
      'lib/save/request.ts#SaveRequestInput': 'tests build save requests in their input shape',
      'lib/save/tag-name.ts#TAG_NAME_MAX': 'the tag-name length rule is unit-tested at its boundary',
      'lib/people/legal-form.ts#legalFormKey':
        'scripts/derive-legal-forms.ts writes the derived table in this normal form (scripts/ ship nothing)',
      'lib/people/given-name.ts#fold':
        'scripts/derive-given-names.ts folds the derived list in this form (scripts/ ship nothing)',
    };
    const exporters = shipped.filter((f) => isUnder(f, ['lib', 'components']));
    const importers = [...shipped, ...BUILD_CONFIG].flatMap((file) => importsOf(file));
    const isUsed = usageOf(importers);
    const unused: string[] = [];
    for (const file of exporters) {
      const own = exportsOf(read(file));
      const passedOn = importsOf(file)
        .filter((i) => i.reexport)
        .flatMap((i) => i.as);
      for (const name of [...own, ...passedOn]) {
        const key = `${file}#${name}`;
        if (!isUsed(file, name) && !(key in allowed)) unused.push(key);
      }
    }
    const stale = Object.keys(allowed).filter((key) => {
      const [file, name] = key.split('#') as [string, string];
      return !fs.existsSync(path.join(ROOT, file)) || !exportsOf(read(file)).includes(name);
    });
    expect({ unused, staleAllowListEntries: stale }).toEqual({ unused: [], staleAllowListEntries: [] });
  });

  it.each(shipped)('%s renders text as text and evaluates no strings', (file) => {
    const text = read(file);
    expect(text).not.toMatch(
      /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/,
    );
    expect(text).not.toMatch(/\beval\(|new Function\(/);
  });

  it('pages and components put no literal words on screen: every text goes through t() (docs/i18n.md)', () => {
    // Literal text with letters that is the same in every language; each needs a reason.
    const sameInEveryLanguage: Record<string, string> = {
      Sidecard: 'the product name, heading the popup and the panel; ext_name keeps it in every language',
    };
    const literal = shipped
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) =>
        literalScreenText(read(file))
          .filter(({ text }) => /\p{L}/u.test(text) && !(text.trim() in sameInEveryLanguage))
          .map(({ where, text }) => `${file}: ${where} "${text.trim()}"`),
      );
    expect(literal).toEqual([]);
  });

  it('imports zod only through lib/zod.ts, which turns on jitless mode first', () => {
    for (const file of shipped) {
      if (file === 'lib/zod.ts') continue;
      expect(read(file), file).not.toMatch(/from ['"]zod['"]/);
    }
    expect(read('lib/zod.ts')).toMatch(/z\.config\(\{ jitless: true \}\)/);
  });

  it('no source file under entrypoints/, components/ or lib/ is over 300 lines', () => {
    const long = shipped
      .map((file) => ({ file, lines: read(file).replace(/\n$/, '').split('\n').length }))
      .filter(({ lines }) => lines > 300)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it('no comment or doc names a path outside the repo or cites section numbers of an outside document', () => {
    // Spelled with escapes so that this file does not match itself.
    const outside = [/\/work\//, /\.\.\/shared/, /shared\/docs/, /\/home\/\w/, /\u00a7/];
    const hits: string[] = [];
    for (const file of repoTextFiles()) {
      read(file)
        .split('\n')
        .forEach((line, n) => {
          if (outside.some((re) => re.test(line)))
            hits.push(`${file}:${n + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(hits).toEqual([]);
  });
});

/**
 * Whether a module's exported name is used: imported by name (or wholesale) by a source file, or
 * passed on by a module whose own exported name is used in turn.
 */
function usageOf(imports: Import[]): (file: string, name: string) => boolean {
  const memo = new Map<string, boolean>();
  const isUsed = (file: string, name: string, seen: Set<string>): boolean => {
    const key = `${file}#${name}`;
    if (memo.has(key)) return memo.get(key)!;
    if (seen.has(key)) return false;
    seen.add(key);
    const used = imports.some((i) => {
      if (i.target !== file) return false;
      if (!i.reexport) return i.names.includes(name) || i.names.includes('*');
      if (i.names.includes('*')) return isUsed(i.file, i.as[0] === '*' ? name : i.as[0]!, seen);
      const at = i.names.indexOf(name);
      return at >= 0 && isUsed(i.file, i.as[at]!, seen);
    });
    memo.set(key, used);
    return used;
  };
  return (file, name) => isUsed(file, name, new Set());
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Every text file a person reads in the repo: sources, docs, configs (not dependencies, builds or page fixtures). */
function repoTextFiles(): string[] {
  const skipDirs = ['node_modules', '.git', '.output', '.wxt', 'test-results', 'demo-screenshots'];
  const skipUnder = ['tests/fixtures'];
  const textExtensions = [
    '.ts',
    '.tsx',
    '.js',
    '.mjs',
    '.cjs',
    '.json',
    '.md',
    '.html',
    '.css',
    '.yml',
    '.yaml',
    '',
  ];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      const rel = toRepoPath(abs);
      if (entry.isDirectory()) {
        if (!skipDirs.includes(entry.name) && !entry.name.startsWith('.output') && !isUnder(rel, skipUnder))
          walk(abs);
      } else if (
        entry.isFile() &&
        textExtensions.includes(path.extname(entry.name)) &&
        entry.name !== '.git'
      ) {
        if (rel !== 'package-lock.json') files.push(rel);
      }
    }
  };
  walk(ROOT);
  return files.sort();
}
