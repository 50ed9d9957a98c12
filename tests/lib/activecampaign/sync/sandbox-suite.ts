import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type SaveRequest, type SaveRequestInput, saveRequestSchema } from '@/lib/save/request';
import { type Sandbox, type SandboxSeed, startSandbox } from '@/tests/sandbox/server';
import { TestAc, uniqueName } from '@/tests/support/ac-api';
import { type SandboxClient, sandboxClient } from '@/tests/support/sandbox-client';

/** One sandbox per test file, faults and request log cleared before each test. */
export function sandboxSuite(seed: SandboxSeed) {
  const suite = {} as { sb: Sandbox; ac: TestAc; control: SandboxClient };
  beforeAll(async () => {
    suite.sb = await startSandbox({ ratePerSecond: false, seed });
    suite.ac = new TestAc(suite.sb);
    suite.control = sandboxClient(suite.sb);
  });
  afterAll(() => suite.sb.close());
  beforeEach(async () => {
    await suite.control.clearFaults();
    await suite.control.clearRequests();
  });
  return suite;
}

export const testEmail = (prefix = 'p') =>
  `${uniqueName(prefix).replace(/\s+/g, '.').toLowerCase()}@acme.example`;

/** A valid save request for a fresh email unless the input names one. */
export const testCapture = (
  input: Omit<Partial<SaveRequestInput>, 'contact'> & { contact?: Partial<SaveRequestInput['contact']> },
): SaveRequest =>
  saveRequestSchema.parse({
    capturedAt: new Date().toISOString(),
    ...input,
    contact: { email: testEmail(), ...input.contact },
  });
