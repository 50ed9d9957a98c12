import { extractFile, summary } from './extract-page';

/**
 * npm run extract -- <file.html | http(s) URL> [--url <page URL>] [--country <ISO code>]
 * Prints the source and the normalised candidates as JSON (see extract-page.ts for how).
 */

const USAGE = 'usage: npm run extract -- <file.html | http(s) URL> [--url <page URL>] [--country <ISO code>]';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const target = args.find(
    (a, i) => !a.startsWith('--') && !['--url', '--country'].includes(args[i - 1] ?? ''),
  );
  if (!target) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const result = await extractFile(target, {
    url: option(args, '--url'),
    defaultCountry: option(args, '--country'),
  });
  console.log(JSON.stringify(summary(result), null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
