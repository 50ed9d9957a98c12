/** Turning page readings into contacts: pure, for extension pages (never the content script). */
export { emailProblem, normalizeEmail } from './email';
export { normalizeCapture } from './normalize';
export { normalizePhone } from './phone';
