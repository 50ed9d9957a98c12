import { z } from 'zod';

/**
 * Every module takes zod from here, so `jitless` is set before any schema exists:
 * zod 4 otherwise probes whether it may compile code at run time, which the extension CSP reports as a violation.
 */
z.config({ jitless: true });

export { z };
