import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type SaveRequest, type SaveRequestInput, saveRequestSchema } from '@/lib/save/request';
import { type Sandbox, type SandboxSeed, startSandbox } from '@/tests/sandbox/server';
import { TestAc, uniqueName } from '@/tests/support/ac-api';
import { sandboxControl } from '@/tests/support/activecampaign-fakes';

/** One sandbox per test file, faults and request log cleared before each test. */
export function sandboxSuite(seed: SandboxSeed) {
  const suite = {} as { sb: Sandbox; ac: TestAc; control: ReturnType<typeof sandboxControl> };
  beforeAll(async () => {
    suite.sb = await startSandbox({ ratePerSecond: false, seed });
    suite.ac = new TestAc(suite.sb);
    suite.control = sandboxControl(suite.sb);
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
