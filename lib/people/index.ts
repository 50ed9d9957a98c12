/** Turning page readings into contacts: pure, for extension pages (never the content script). */
export { emailProblem, normalizeEmail } from './email';
// The save path's name splitter: matching an existing contact splits names the same way.
export { splitName } from './name';
export { normalizeCapture } from './normalize';
export { normalizePhone } from './phone';
export type { NormalizedCandidate } from './types';
