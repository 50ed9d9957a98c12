import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { DealSection } from '@/components/DealSection';
import { ExistingSummary } from '@/components/ExistingSummary';
import { TaskSection } from '@/components/TaskSection';
import type { OpenDeal, SalesCatalog } from '@/lib/messaging/protocol';
import { EMPTY_FOLLOW_UP, type FollowUpDraft, withCatalogDefaults } from '@/lib/ui/follow-up';

const catalog: SalesCatalog = {
  pipelines: [
    { id: '1', name: 'Sales', currency: 'usd', stages: [{ id: '1', name: 'New' }] },
    { id: '2', name: 'Partners', currency: 'eur', stages: [{ id: '3', name: 'Intro' }] },
  ],
  users: [{ id: '1', name: 'Sandbox Admin' }],
  me: '1',
  taskTypes: [{ id: '4', name: 'Call' }],
  automations: [{ id: '7', name: 'Welcome' }],
};
const open: OpenDeal = { id: '9', title: 'Acme — Ada', where: 'Sales / New', value: 125050, currency: 'usd' };

function Deal({ openDeals = [] as OpenDeal[] }) {
  const [draft, setDraft] = useState<FollowUpDraft>(withCatalogDefaults(EMPTY_FOLLOW_UP, catalog));
  return (
    <DealSection
      catalog={catalog}
      draft={draft}
      onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
      defaultTitle="Acme — Ada Lovelace"
      openDeals={openDeals}
    />
  );
}

describe('the deal section', () => {
  it('offers pipelines, stages and owners by name once "Open a deal" is ticked', () => {
    render(<Deal />);
    expect(screen.queryByLabelText('Pipeline')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open a deal' }));
    const pipeline = screen.getByLabelText('Pipeline') as HTMLSelectElement;
    expect([...pipeline.options].map((o) => o.textContent)).toEqual(['Sales', 'Partners']);
    expect(screen.getByLabelText('Deal title')).toHaveProperty('placeholder', 'Acme — Ada Lovelace');
    expect((screen.getByLabelText('Owner') as HTMLSelectElement).value).toBe('1');
  });

  it('for a contact with an open deal, opens another only as an explicit choice', () => {
    render(<Deal openDeals={[open]} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open a deal' }));
    expect(screen.queryByLabelText('Pipeline')).toBeNull();
    expect(screen.getByText(/no second one is opened unless you tick the box/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open another deal anyway' }));
    expect(screen.getByLabelText('Pipeline')).toBeTruthy();
  });
});

describe('the existing contact', () => {
  it('shows its open deals with where they are and their value, without another click', () => {
    render(
      <ExistingSummary
        contact={{
          id: '1',
          email: 'ada@acme.example',
          firstName: 'Ada',
          lastName: '',
          phone: '',
          lists: [],
          tags: [],
          fields: {},
          openDeals: [open],
        }}
        automationNames={['Welcome']}
      />,
    );
    expect(screen.getByText('1 open deal:')).toBeTruthy();
    expect(screen.getByText('Acme — Ada').parentElement?.textContent).toContain('Sales / New');
    expect(screen.getByText('Acme — Ada').parentElement?.textContent).toContain('1,250.50');
    expect(screen.getByText(/In automations: Welcome/)).toBeTruthy();
  });
});

describe('the task and automation', () => {
  it('sets the due date from a quick pick and says when the contact is already in the automation', () => {
    const picked: Partial<FollowUpDraft>[] = [];
    const draft = { ...withCatalogDefaults(EMPTY_FOLLOW_UP, catalog), task: true, automation: '7' };
    render(
      <TaskSection
        catalog={catalog}
        draft={draft}
        onChange={(patch) => picked.push(patch)}
        dueOf={(pick) => ({ tomorrow: '2026-12-07', in3Days: '2026-12-09', nextWeek: '2026-12-13' })[pick]}
        onDeal={false}
        inAutomations={['7']}
        errors={{}}
        onRefresh={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'In 3 days' }));
    expect(picked).toEqual([{ due: '2026-12-09' }]);
    expect(screen.getByText('Already in this automation: not added again.')).toBeTruthy();
    expect(screen.getByText('The task goes on the contact.')).toBeTruthy();
  });
});
