import { vi } from 'vitest';
import { type MessageType, sendMessage } from '@/lib/messaging/protocol';

/**
 * Stands in for the background: each test file mocks `sendMessage` (vi.mock is per file) and
 * says here what the background answers. Returns the messages the page sent, in order.
 */
export function fakeBackground(answers: Partial<Record<MessageType | 'wake', (data: never) => unknown>>) {
  const sent: { type: string; data: unknown }[] = [];
  vi.mocked(sendMessage).mockImplementation((async (type: MessageType, data: unknown) => {
    sent.push({ type, data });
    const answer = answers[type];
    return answer ? answer(data as never) : { ok: false, error: `${type} is not faked` };
  }) as never);
  return sent;
}

export const typesSent = (sent: { type: string }[]) => sent.map((m) => m.type);

/** The payload of the first message of this type the page sent. */
export const payloadOf = <T>(sent: { type: string; data: unknown }[], type: string): T =>
  sent.find((m) => m.type === type)?.data as T;
