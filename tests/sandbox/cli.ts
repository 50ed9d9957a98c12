/**
 * `npm run sandbox [-- --port N] [--seed demo|file.json] [--persist file.json] [--key K] [--rate N|off]
 *   [--wrong-key-status 401|403]`
 *
 * Prints `AC_SANDBOX_URL=...` and `AC_SANDBOX_KEY=...` first on stdout (so scripts can `eval`/parse them)
 * and runs until SIGINT/SIGTERM. Nothing else is written to stdout.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type SandboxOptions, type SandboxSeed, startSandbox } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    seed: { type: 'string' },
    persist: { type: 'string' },
    key: { type: 'string' },
    rate: { type: 'string' },
    'wrong-key-status': { type: 'string' },
  },
  strict: true,
});

function seedOption(seed: string | undefined): SandboxOptions['seed'] {
  if (seed === undefined || seed === 'demo') return seed;
  return JSON.parse(readFileSync(seed, 'utf8')) as SandboxSeed;
}

function rateOption(rate: string | undefined): SandboxOptions['ratePerSecond'] {
  if (rate === undefined) return undefined;
  return rate === 'off' ? false : Number(rate);
}

const sandbox = await startSandbox({
  port: values.port === undefined ? undefined : Number(values.port),
  seed: seedOption(values.seed),
  persistFile: values.persist,
  apiKey: values.key,
  ratePerSecond: rateOption(values.rate),
  wrongKeyStatus: values['wrong-key-status'] === '403' ? 403 : undefined,
});

process.stdout.write(`AC_SANDBOX_URL=${sandbox.url}\nAC_SANDBOX_KEY=${sandbox.apiKey}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
