import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { BatchProgress } from '@/components/BatchProgress';
import { CandidateList } from '@/components/CandidateList';
import { ConnectionBar } from '@/components/ConnectionBar';
import { ContactForm } from '@/components/ContactForm';
import { ListPicker } from '@/components/ListPicker';
import { type RecentCapture, RecentCaptures } from '@/components/RecentCaptures';
import { SaveStatus } from '@/components/SaveStatus';
import { TagInput } from '@/components/TagInput';
import { WhatToCheck } from '@/components/WhatToCheck';
import type { NormalizedCandidate } from '@/lib/people/types';
import {
  buildSaveRequest,
  type ContactDraft,
  compareWithExisting,
  EMPTY_DRAFT,
  validateDraft,
} from '@/lib/ui/draft';

const draft: ContactDraft = {
  ...EMPTY_DRAFT,
  email: 'ada@example.com',
  firstName: 'Ada',
  phone: '+442079460958',
};

describe('the contact form', () => {
  it('labels every field with the names salespeople (and other tests) rely on', () => {
    render(<ContactForm draft={draft} original={draft} errors={{}} onChange={() => undefined} />);
    for (const label of [
      'Email',
      'First name',
      'Last name',
      'Phone',
      'Company',
      'Job title',
      'LinkedIn URL',
      'Note',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
  });

  it('shows a validation message next to the field', () => {
    const bad = { ...draft, email: 'jane@@acme.io' };
    render(<ContactForm draft={bad} original={bad} errors={validateDraft(bad)} onChange={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toMatch(/email/i);
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
  });

  it("shows what ActiveCampaign has, keeps it by default, and takes the page's value on one click", () => {
    const onTakePage = vi.fn();
    const comparison = compareWithExisting(
      draft,
      {
        id: '1',
        email: 'ada@example.com',
        firstName: 'Ada',
        lastName: '',
        phone: '+15555550123',
        lists: [],
        tags: [],
        fields: {},
      },
      'US',
    );
    expect(comparison).toEqual({ phone: '+15555550123' });
    render(
      <ContactForm
        draft={draft}
        original={draft}
        errors={{}}
        onChange={() => undefined}
        comparison={comparison}
        takePage={[]}
        onTakePage={onTakePage}
      />,
    );
    expect(screen.getByText(/Keeping ActiveCampaign's value/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText("Use the page's phone"));
    expect(onTakePage).toHaveBeenCalledWith('phone', true);
  });

  it('Escape undoes an edit', () => {
    const onChange = vi.fn();
    render(
      <ContactForm draft={{ ...draft, firstName: 'Adx' }} original={draft} errors={{}} onChange={onChange} />,
    );
    fireEvent.keyDown(screen.getByLabelText('First name'), { key: 'Escape' });
    expect(onChange).toHaveBeenCalledWith('firstName', 'Ada');
  });
});

describe('the list picker', () => {
  function Harness(props: { onSelected(ids: string[]): void }) {
    const [selected, setSelected] = useState<string[]>([]);
    const [resubscribe, setResubscribe] = useState<string[]>([]);
    return (
      <ListPicker
        lists={[
          { id: '1', name: 'Prospects', status: '1' },
          { id: '2', name: 'Newsletter', status: '2', locked: 'unsubscribed' },
          { id: '3', name: 'Webinars', status: '3', locked: 'bounced' },
          { id: '3', name: 'Customers' },
        ]}
        selected={selected}
        onChange={(ids) => {
          setSelected(ids);
          props.onSelected(ids);
        }}
        resubscribe={resubscribe}
        onResubscribe={setResubscribe}
      />
    );
  }

  it('locks a list the contact unsubscribed from until re-subscribing is confirmed', () => {
    const onSelected = vi.fn();
    render(<Harness onSelected={onSelected} />);
    const newsletter = screen.getByLabelText(/Newsletter/) as HTMLInputElement;
    expect(newsletter.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Re-subscribe (they unsubscribed)'));
    expect(onSelected).toHaveBeenLastCalledWith(['2']);
    expect((screen.getByLabelText(/Newsletter/) as HTMLInputElement).checked).toBe(true);
  });

  it('locks a bounced list too, naming the status, until the user consents to change it', () => {
    const onSelected = vi.fn();
    render(<Harness onSelected={onSelected} />);
    expect((screen.getByLabelText(/Webinars/) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Change their status (bounced)'));
    expect(onSelected).toHaveBeenLastCalledWith(['3']);
  });
});

describe('the tag input', () => {
  it('refuses commas with a message and adds tags on Enter in the account spelling', () => {
    const onChange = vi.fn();
    render(<TagInput tags={[]} onChange={onChange} known={['LinkedIn']} />);
    const input = screen.getByLabelText('Tags');
    fireEvent.input(input, { target: { value: 'a,b' } });
    expect(screen.getByRole('alert').textContent).toMatch(/commas/);
    fireEvent.input(input, { target: { value: 'linkedin' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith(['LinkedIn']);
  });
});

describe('the save status', () => {
  it('says Synced with a link to the contact, and never links a javascript: URL', () => {
    const { rerender } = render(
      <SaveStatus state="synced" appUrl="https://acct.activehosted.com/app/contacts/7" />,
    );
    expect(screen.getByRole('status').textContent).toContain('Synced');
    expect(screen.getByRole('link', { name: 'Open in ActiveCampaign' }).getAttribute('href')).toBe(
      'https://acct.activehosted.com/app/contacts/7',
    );
    rerender(<SaveStatus state="synced" appUrl="javascript:alert(1)" />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says Failed with the reason and offers a retry', () => {
    const onRetry = vi.fn();
    render(<SaveStatus state="failed" message="ActiveCampaign said: no" onRetry={onRetry} />);
    expect(screen.getByRole('status').textContent).toContain('Failed');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalled();
  });
});

describe('a batch save', () => {
  it('names each person with their own outcome, counts the synced, and says who failed and why', () => {
    const onRetry = vi.fn();
    const rows = [
      { id: 'a', name: 'Maya Lindqvist', email: 'maya@x.example', status: { state: 'synced' as const } },
      { id: 'b', name: '', email: 'omar@x.example', status: { state: 'synced' as const } },
      {
        id: 'c',
        name: 'Julia Santos',
        email: 'julia@x.example',
        status: { state: 'failed' as const, message: 'ActiveCampaign said: email not allowed.' },
      },
      { id: 'd', name: 'Ken Watanabe', email: 'ken@x.example', status: { state: 'syncing' as const } },
    ];
    render(<BatchProgress rows={rows} onRetry={onRetry} />);
    expect(screen.getByText('3 of 4 done')).toBeTruthy();
    expect(screen.getByText('2 synced', { exact: false })).toBeTruthy();
    expect(screen.getByText('1 failed — see why below', { exact: false })).toBeTruthy();
    const julia = screen.getByText('Julia Santos <julia@x.example>').closest('li');
    expect(julia?.textContent).toContain('email not allowed');
    expect(screen.getByText('omar@x.example')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith('c');
  });
});

describe('the connection bar', () => {
  it('says saves wait on a busy account as information, not as a warning or a paused queue', () => {
    const status = { configured: true, apiUrl: 'https://acct.api-us1.com', pending: 12 };
    const busy = 'ActiveCampaign is busy — 12 saves waiting, next in 3 s';
    const { container } = render(
      <ConnectionBar
        status={status}
        busy={busy}
        onOpenOptions={() => undefined}
        onTryAgain={() => undefined}
      />,
    );
    expect(screen.getByText(busy)).toBeTruthy();
    expect(container.querySelector('.connection--warn')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers “Try again now” on a queue the account paused, and says it is trying until the answer', () => {
    const paused = (reason: 'auth' | 'wrong-url' | 'permission') => ({
      configured: true,
      apiUrl: 'https://acct.api-us1.com',
      pending: 1,
      paused: { reason, message: 'ActiveCampaign refused the API key.' },
    });
    const onTryAgain = vi.fn();
    const { rerender } = render(
      <ConnectionBar status={paused('auth')} onOpenOptions={() => undefined} onTryAgain={onTryAgain} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again now' }));
    expect(onTryAgain).toHaveBeenCalledTimes(1);
    const trying = screen.getByRole('button', { name: 'Trying again…' }) as HTMLButtonElement;
    expect(trying.disabled).toBe(true);
    // Paused again (a new status): the button is back.
    rerender(
      <ConnectionBar status={paused('wrong-url')} onOpenOptions={() => undefined} onTryAgain={onTryAgain} />,
    );
    expect(screen.getByRole('button', { name: 'Try again now' })).toBeTruthy();
    // A missing permission is not the account's answer: only settings fix it.
    rerender(
      <ConnectionBar status={paused('permission')} onOpenOptions={() => undefined} onTryAgain={onTryAgain} />,
    );
    expect(screen.queryByRole('button', { name: 'Try again now' })).toBeNull();
  });
});

describe('building the capture to save', () => {
  it('leaves blank fields out so they can never wipe what ActiveCampaign holds', () => {
    const capture = buildSaveRequest(
      { ...EMPTY_DRAFT, email: ' Ada@Example.COM ', firstName: 'Ada', phone: '(213) 373-4253' },
      {
        lists: ['1'],
        tags: ['Lead'],
        country: 'US',
        now: new Date('2026-11-23T10:00:00Z'),
      },
    );
    expect(capture.contact).toEqual({ email: 'Ada@example.com', firstName: 'Ada', phone: '+12133734253' });
    expect(capture.overwrite).toEqual([]);
  });
});

describe('recent captures', () => {
  const item = (email: string, state: RecentCapture['state']): RecentCapture => ({
    id: email,
    name: '',
    email,
    state,
    at: 0,
  });

  it('clears synced captures at once', () => {
    const onClear = vi.fn();
    render(
      <RecentCaptures
        items={[item('a@example.com', 'synced')]}
        failed={0}
        onRetry={vi.fn()}
        onClear={onClear}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(onClear).toHaveBeenCalledWith(false);
  });

  it('asks before removing failed captures, which never reached ActiveCampaign', () => {
    const onClear = vi.fn();
    const items = [item('a@example.com', 'synced'), item('b@example.com', 'failed')];
    render(<RecentCaptures items={items} failed={1} onRetry={vi.fn()} onClear={onClear} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(onClear).not.toHaveBeenCalled();
    expect(screen.getByText(/1 failed capture was never saved/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove failed too' }));
    expect(onClear).toHaveBeenCalledWith(true);
  });

  it('offers to remove failed captures that are not among the recent ones, even when none is shown', () => {
    const onClear = vi.fn();
    render(<RecentCaptures items={[]} failed={3} onRetry={vi.fn()} onClear={onClear} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(screen.getByText(/3 failed captures were never saved/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove failed too' }));
    expect(onClear).toHaveBeenCalledWith(true);
  });
});

describe('what to check', () => {
  it('lists what to check, or says the page stated it plainly', () => {
    const { unmount } = render(<WhatToCheck name="Ada" checks={['email not found on the page']} />);
    expect(screen.getByRole('listitem').textContent).toBe('email not found on the page');
    unmount();
    render(<WhatToCheck name="Ada" checks={[]} />);
    expect(screen.getByText('Ada: nothing to check, the page states it in its markup.')).toBeTruthy();
  });
});

describe('the people on the page', () => {
  const candidate = (extra: Partial<NormalizedCandidate>): NormalizedCandidate => ({
    name: '',
    emails: [],
    phones: [],
    confidence: 0.5,
    fieldConfidence: {},
    source: 'generic',
    ...extra,
  });

  it("names the organisation's own mailbox as the organisation's, and a person without a name as such", () => {
    const people = [
      candidate({ name: 'Ada Lovelace', emails: ['ada@example.com'] }),
      candidate({ emails: ['someone@example.com'] }),
      candidate({ emails: ['info@example.com'], organisation: true }),
    ];
    render(
      <CandidateList
        candidates={people}
        active={0}
        onPick={() => undefined}
        batch={[]}
        onBatch={() => undefined}
      />,
    );
    const names = [...document.querySelectorAll('.candidate__name')].map((n) => n.textContent);
    expect(names).toEqual(['Ada Lovelace', '(no name)', "The organisation's contact"]);
    // The heading counts what was found, not "people": one of the three is the organisation.
    expect(document.querySelector('.candidates legend')?.textContent).toBe('Found on this page (3)');
  });
});
