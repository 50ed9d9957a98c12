import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeldSaves } from '@/components/HeldSaves';

const A = 'https://old-account.api-us1.com';
const B = 'https://new-account.api-us1.com';
const people = [
  { id: 'id-1', name: 'Ada Lovelace', email: 'ada@acme.example' },
  { id: 'id-2', name: '', email: 'bob@acme.example' },
];

afterEach(() => {
  globalThis.__sidecardTestLanguage = undefined;
});

describe('saves held for another account', () => {
  it('name the account they were queued for, the people, and offer both choices for all of them', () => {
    const onDecide = vi.fn();
    render(
      <HeldSaves
        groups={[{ origin: A, people }, { people: [people[0]!] }]}
        current={B}
        onDecide={onDecide}
      />,
    );
    const group = screen.getByRole('group', { name: '2 saves wait for your decision' });
    expect(group.textContent).toContain(`Queued for ${A}, but Sidecard is now connected to ${B}.`);
    expect(group.textContent).toContain('ada@acme.example');
    expect(group.textContent).toContain('bob@acme.example');
    fireEvent.click(within(group).getByRole('button', { name: `Send to ${B} from scratch` }));
    expect(onDecide).toHaveBeenLastCalledWith(['id-1', 'id-2'], 'send-here');

    const unknown = screen.getByRole('group', { name: '1 save waits for your decision' });
    expect(unknown.textContent).toContain('Queued before Sidecard recorded which account a save is for');
    fireEvent.click(within(unknown).getByRole('button', { name: 'Discard' }));
    expect(onDecide).toHaveBeenLastCalledWith(['id-1'], 'discard');
  });

  it('apply the choice to the people left ticked', () => {
    const onDecide = vi.fn();
    render(<HeldSaves groups={[{ origin: A, people }]} current={B} onDecide={onDecide} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ada Lovelace ada@acme.example' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onDecide).toHaveBeenLastCalledWith(['id-2'], 'discard');
    fireEvent.click(screen.getByRole('checkbox', { name: 'bob@acme.example' }));
    expect((screen.getByRole('button', { name: 'Discard' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('say why a decision was refused, as an alert', () => {
    render(<HeldSaves groups={[{ origin: A, people }]} current={B} onDecide={vi.fn()} error="Look again." />);
    expect(screen.getByRole('alert').textContent).toBe('Look again.');
  });

  it('speak German to a German user', () => {
    globalThis.__sidecardTestLanguage = 'de';
    render(<HeldSaves groups={[{ origin: A, people }]} current={B} onDecide={vi.fn()} />);
    const group = screen.getByRole('group', { name: '2 Speicherungen warten auf Ihre Entscheidung' });
    expect(within(group).getByRole('button', { name: `Von Grund auf an ${B} senden` })).toBeTruthy();
    expect(within(group).getByRole('button', { name: 'Verwerfen' })).toBeTruthy();
  });

  it('show nothing when no save is held', () => {
    const { container } = render(<HeldSaves groups={[]} current={B} onDecide={vi.fn()} />);
    expect(container.textContent).toBe('');
  });
});
