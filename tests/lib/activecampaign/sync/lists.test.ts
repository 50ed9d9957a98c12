import { describe, expect, it } from 'vitest';
import { lockedLabel } from '@/lib/activecampaign/sync/lists';

describe('how the panel names a list status that needs consent', () => {
  it('locks unconfirmed, unsubscribed and bounced lists, and names each', () => {
    expect(lockedLabel('0')).toMatch(/^unconfirmed/);
    expect(lockedLabel('2')).toBe('unsubscribed');
    expect(lockedLabel('3')).toBe('bounced');
  });

  it('leaves an active list, and a list the contact is not on, unlocked', () => {
    expect(lockedLabel('1')).toBeUndefined();
    expect(lockedLabel(undefined)).toBeUndefined();
  });
});
