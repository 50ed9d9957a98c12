import { describe, expect, it } from 'vitest';
import type { SalesCatalog } from '@/lib/messaging/protocol';
import { saveRequestSchema } from '@/lib/save/request';
import {
  dueDate,
  EMPTY_FOLLOW_UP,
  type FollowUpDraft,
  followUpErrors,
  followUpParts,
  withCatalogDefaults,
  withPreset,
} from '@/lib/ui/follow-up';

const catalog: SalesCatalog = {
  pipelines: [
    {
      id: '1',
      name: 'Sales',
      currency: 'usd',
      stages: [
        { id: '1', name: 'New' },
        { id: '2', name: 'Won' },
      ],
    },
    { id: '2', name: 'Partners', currency: 'eur', stages: [{ id: '3', name: 'Intro' }] },
  ],
  users: [
    { id: '1', name: 'Admin' },
    { id: '2', name: 'Sam' },
  ],
  me: '2',
  taskTypes: [{ id: '4', name: 'Call' }],
  automations: [{ id: '7', name: 'Welcome' }],
};
const draft = (patch: Partial<FollowUpDraft>) => ({
  ...withCatalogDefaults(EMPTY_FOLLOW_UP, catalog),
  ...patch,
});
const centsFor = (value: string) => followUpParts(draft({ deal: true, value })).deal?.value;

describe('quick picks for the due date', () => {
  it('count calendar days in the user’s time zone, across a month end', () => {
    // 23:30 local on 30 November: "tomorrow" is 1 December, whatever the UTC date is.
    const lateEvening = new Date(2026, 10, 30, 23, 30);
    expect(dueDate('tomorrow', lateEvening)).toBe('2026-12-01');
    expect(dueDate('in3Days', lateEvening)).toBe('2026-12-03');
    expect(dueDate('nextWeek', lateEvening)).toBe('2026-12-07');
  });

  it('send 09:00 on the chosen day with the user’s own offset', () => {
    const due = followUpParts(draft({ task: true, taskTitle: 'Call', due: '2026-12-09' })).task?.due ?? '';
    expect(due).toMatch(/^2026-12-09T09:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(Date.parse(due)).getHours()).toBe(9);
  });
});

describe('the deal value', () => {
  it('reads amounts written the English or the German way as whole cents', () => {
    expect(centsFor('1250')).toBe(125_000);
    expect(centsFor('1,250.50')).toBe(125_050);
    expect(centsFor('1.250,50')).toBe(125_050);
    expect(centsFor('12,5')).toBe(1_250);
    expect(centsFor('')).toBe(0);
  });

  it('refuses what is not an amount, next to the field', () => {
    expect(followUpErrors(draft({ deal: true, value: '12 apples' })).value).toBeTruthy();
    expect(followUpErrors(draft({ deal: true, value: '-5' })).value).toBeTruthy();
  });
});

describe('defaults and presets', () => {
  it('start at the first pipeline and stage, in its currency, owned by the connected user', () => {
    expect(withCatalogDefaults(EMPTY_FOLLOW_UP, catalog)).toMatchObject({
      pipeline: '1',
      stage: '1',
      currency: 'usd',
      owner: '2',
      taskType: '4',
    });
  });

  it('a preset sets pipeline, stage, task defaults and automation, and the save request accepts them', () => {
    const now = new Date(2026, 11, 6, 10);
    const preset = {
      name: 'LinkedIn lead',
      lists: [],
      tags: [],
      deal: { pipeline: '2', stage: '3' },
      task: { type: '4', title: 'Call back', due: 'in3Days' as const },
      automation: '7',
    };
    const chosen = withCatalogDefaults(withPreset(EMPTY_FOLLOW_UP, preset, now), catalog);
    expect(chosen).toMatchObject({
      deal: true,
      pipeline: '2',
      stage: '3',
      currency: 'eur',
      task: true,
      due: '2026-12-09',
      automation: '7',
    });
    const request = saveRequestSchema.parse({
      contact: { email: 'ada@acme.example' },
      capturedAt: now.toISOString(),
      ...followUpParts(chosen),
    });
    expect(request.deal).toMatchObject({
      pipeline: '2',
      stage: '3',
      currency: 'eur',
      owner: '2',
      value: 0,
      another: false,
    });
    expect(request.task).toMatchObject({ type: '4', title: 'Call back' });
    expect(request.automation).toEqual({ id: '7', again: false });
  });

  it('asks for a task title and a due date before saving', () => {
    expect(followUpErrors(draft({ task: true }))).toMatchObject({
      title: expect.any(String),
      due: expect.any(String),
    });
    expect(followUpErrors(draft({ task: true, taskTitle: 'Call', due: '2026-12-09' }))).toEqual({});
  });
});

describe('a preset task without a title', () => {
  it('is named after its type, so the popup saves it with one key press', () => {
    const preset = { name: 'Quick', lists: [], tags: [], task: { due: 'tomorrow' as const } };
    const chosen = withCatalogDefaults(withPreset(EMPTY_FOLLOW_UP, preset), catalog);
    expect(chosen).toMatchObject({ task: true, taskType: '4', taskTitle: 'Call' });
    expect(followUpErrors(chosen)).toEqual({});
  });
});
