import { z } from 'zod';
import de from 'zod/v4/locales/de.js';
import en from 'zod/v4/locales/en.js';
import { uiLanguage } from '@/lib/i18n';

/**
 * Every module takes zod from here, so `jitless` is set before any schema exists:
 * zod 4 otherwise probes whether it may compile code at run time, which the extension CSP reports as a violation.
 */
z.config({ jitless: true });

/**
 * Zod's own messages (where a schema has none of ours) in the UI language, chosen when an issue is
 * worded, not at load, so the language is the browser's at that moment (docs/i18n.md).
 */
const german = de();
const english = en();
z.config({ localeError: (issue) => (uiLanguage().startsWith('de') ? german : english).localeError(issue) });

export { z };
