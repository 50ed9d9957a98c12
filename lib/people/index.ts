/** Turning page captures into contacts: pure, for extension pages (never the content script). */
export { emailProblem, normalizeEmail } from './email';
export { type SplitName, splitName } from './name';
export { type NormalizeOptions, normalizeCapture, pageCountry } from './normalize';
export { normalizePhone } from './phone';
export { cleanText } from './text';
export type { NormalizedCandidate, NormalizedPhone } from './types';
