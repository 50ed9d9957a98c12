import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { AccountField } from '@/components/AccountFields';
import { FieldMapSelect } from '@/components/FieldMapSelect';
import { PresetEditor } from '@/components/PresetEditor';
import { SettingsFile } from '@/components/SettingsFile';
import type { FieldOption } from '@/lib/messaging/protocol';
import type { Preset } from '@/lib/settings';

const fields: FieldOption[] = [
  { id: '4', title: 'LinkedIn profile', perstag: 'LINKEDIN_PROFILE', type: 'text' },
  { id: '5', title: 'Role', perstag: 'ROLE', type: 'textarea' },
  { id: '6', title: 'Lead source', perstag: 'LEAD_SOURCE', type: 'hidden' },
  { id: '7', title: 'Birthday', perstag: 'BIRTHDAY', type: 'date' },
  { id: '8', title: 'Industry', perstag: 'INDUSTRY', type: 'dropdown' },
];
const lists = [
  { id: '3', name: 'Prospects' },
  { id: '9', name: 'Newsletter' },
];

describe('custom-field mapping in options', () => {
  it('offers the account’s text fields by title, and stores the chosen field’s id', () => {
    const onChange = vi.fn();
    render(<FieldMapSelect id="f" label="Save the job title in" fields={fields} onChange={onChange} />);
    const select = screen.getByLabelText('Save the job title in') as HTMLSelectElement;
    const offered = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(offered).toEqual(['Not saved', 'LinkedIn profile', 'Role', 'Lead source']);
    fireEvent.change(select, { target: { value: '5' } });
    expect(onChange).toHaveBeenCalledWith('5');
  });

  it('shows a mapping older settings wrote as a personalisation tag under the field’s title', () => {
    render(
      <FieldMapSelect id="f" label="Job title" value="%ROLE%" fields={fields} onChange={() => undefined} />,
    );
    const select = screen.getByLabelText('Job title') as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('Role');
  });

  it('is locked with a note when the administrator set the mapping', () => {
    render(
      <FieldMapSelect id="f" label="Job title" value="5" fields={fields} onChange={() => undefined} locked />,
    );
    expect((screen.getByLabelText('Job title') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('Set by your administrator.')).toBeTruthy();
  });
});

function Presets(props: { initial: Preset[]; initialDefault?: string; spy(p: Preset[], d?: string): void }) {
  const [state, setState] = useState({ presets: props.initial, def: props.initialDefault });
  return (
    <PresetEditor
      presets={state.presets}
      defaultPreset={state.def}
      lists={lists}
      knownTags={['Lead']}
      onChange={(presets, def) => {
        setState({ presets, def });
        props.spy(presets, def);
      }}
    />
  );
}

describe('presets in options', () => {
  it('are built by name with the panel’s list and tag pickers, and one is the default', () => {
    const spy = vi.fn();
    render(<Presets initial={[]} spy={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add preset' }));
    fireEvent.input(screen.getByLabelText('Preset name'), { target: { value: 'Expo' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Prospects' }));
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'lead' } });
    fireEvent.keyDown(screen.getByLabelText('Tags'), { key: 'Enter' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Default preset' }));
    expect(spy).toHaveBeenLastCalledWith([{ name: 'Expo', lists: ['3'], tags: ['Lead'] }], 'Expo');
    expect(screen.getByText('Lists: Prospects · Tags: Lead')).toBeTruthy();
  });

  it('move up and down, and delete, keeping the default while it exists', () => {
    const spy = vi.fn();
    const a = { name: 'A', lists: [], tags: [] };
    const b = { name: 'B', lists: ['9'], tags: [] };
    render(<Presets initial={[a, b]} initialDefault="B" spy={spy} />);
    expect((screen.getByRole('button', { name: 'Move A up' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move B up' }));
    expect(spy).toHaveBeenLastCalledWith([b, a], 'B');
    fireEvent.click(screen.getByRole('button', { name: 'Move B down' }));
    expect(spy).toHaveBeenLastCalledWith([a, b], 'B');
    fireEvent.click(screen.getByRole('button', { name: 'Delete B' }));
    expect(spy).toHaveBeenLastCalledWith([a], undefined);
  });

  it('renaming the default preset keeps it the default', () => {
    const spy = vi.fn();
    render(<Presets initial={[{ name: 'A', lists: [], tags: [] }]} initialDefault="A" spy={spy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit A' }));
    fireEvent.input(screen.getByLabelText('Preset name'), { target: { value: 'Expo' } });
    expect(spy).toHaveBeenLastCalledWith([{ name: 'Expo', lists: [], tags: [] }], 'Expo');
  });

  it('are locked when the administrator set them', () => {
    render(<PresetEditor presets={[]} lists={lists} knownTags={[]} onChange={() => undefined} locked />);
    expect(screen.getByText('Set by your administrator.')).toBeTruthy();
    expect((screen.getByRole('group', { name: 'Presets' }) as HTMLFieldSetElement).disabled).toBe(true);
  });
});

describe('the account fields', () => {
  it('say where to find the API URL and key in ActiveCampaign, and ask for no id', () => {
    render(
      <>
        <AccountField name="apiUrl" value="" onInput={() => undefined} />
        <AccountField name="apiKey" value="" onInput={() => undefined} />
      </>,
    );
    expect(screen.getByLabelText('API URL').getAttribute('aria-describedby')).toBe('apiUrl-hint');
    expect(screen.getByText(/Settings \(bottom left\) → Developer/)).toBeTruthy();
    expect(screen.getByText(/Settings → Developer\), under "Key"/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\bid\b|perstag|personali[sz]ation tag/i);
  });
});

describe('sharing settings', () => {
  it('hands the chosen file’s text to the import and shows why a file was refused', async () => {
    const onImport = vi.fn();
    render(
      <SettingsFile onExport={() => undefined} onImport={onImport} error="Nothing was imported: bad." />,
    );
    const input = screen.getByLabelText('Import settings') as HTMLInputElement;
    const file = new File(['{"apiMode":"v3"}'], 'team.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await vi.waitFor(() => expect(onImport).toHaveBeenCalledWith('{"apiMode":"v3"}'));
    expect(screen.getByRole('alert').textContent).toBe('Nothing was imported: bad.');
  });
});
