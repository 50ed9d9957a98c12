import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';

/**
 * The one Chromium launcher for the e2e fixtures, the demo, the benches and the CLIs. It finds a
 * browser that still accepts --load-extension: CHROMIUM_PATH, else Playwright's own Chromium when
 * installed, else a system Chromium. Branded Google Chrome no longer loads unpacked extensions from
 * the command line.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The test build (loopback host permissions); see wxt.config.ts. */
export const TEST_EXTENSION_PATH = path.join(
  root,
  process.env.SIDECARD_OUT_DIR ?? '.output',
  'chrome-mv3-test',
);

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found. Sidecard needs a Chromium that accepts --load-extension (branded Google Chrome does not).',
  'Get one of:',
  '  Debian/Ubuntu:  sudo apt-get install chromium',
  '  Any OS:         npx playwright install chromium',
  'or point CHROMIUM_PATH at a Chromium binary.',
].join('\n');

export async function findChromium(): Promise<string | null> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // Playwright without its browsers: fall through to the system.
  }
  return SYSTEM_CHROMIUMS.find((p) => fs.existsSync(p)) ?? null;
}

/** Flags that keep Chromium quiet on a closed network and let it run as root in a container. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  '--metrics-recording-only',
  '--no-pings',
  // Nothing but loopback may even be resolved.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

async function executable(): Promise<string> {
  const found = await findChromium();
  if (!found) throw new Error(HOW_TO_GET_CHROMIUM);
  return found;
}

/** A plain browser (no extension), for reading pages. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await executable(), args: ['--headless=new', ...QUIET_FLAGS] });
}

/**
 * A browser profile with these unpacked extensions loaded. Extensions need the persistent-context
 * launch, and Playwright's own headless mode does not load them: `--headless=new` does.
 */
export async function launchWithExtensions(
  userDataDir: string,
  extensionPaths: string[],
  options: { headless: boolean; viewport?: { width: number; height: number } } & LaunchExtras,
): Promise<BrowserContext> {
  const list = extensionPaths.join(',');
  const language = options.language;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: await executable(),
    headless: false,
    viewport: options.viewport,
    colorScheme: options.colorScheme,
    locale: language,
    env: language ? { ...process.env, LANGUAGE: language } : undefined,
    args: [
      ...(options.headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${list}`,
      `--load-extension=${list}`,
      ...QUIET_FLAGS,
      ...(language ? [`--lang=${language}`] : []),
      ...(options.args ?? []),
    ],
  });
}

/**
 * What one launch may add. `language` is the browser's UI language, which `chrome.i18n` (and so
 * Sidecard's `t()`, docs/i18n.md) follows: Chromium on Linux takes it from `--lang` and `LANGUAGE`;
 * Playwright's `locale` sets what pages see (`navigator.language`, `Intl`).
 */
export interface LaunchExtras {
  language?: string;
  colorScheme?: 'light' | 'dark';
  args?: string[];
}
