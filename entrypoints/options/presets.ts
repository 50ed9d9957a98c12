import { type Preset, presetSchema } from '@/lib/settings';

/** Presets as the options page lets the user write them: one per line, "Name: lists 1 2; tags Lead; Event". */

export function presetsToText(presets: Preset[]): string {
  return presets.map((p) => `${p.name}: lists ${p.lists.join(' ')}; tags ${p.tags.join('; ')}`).join('\n');
}

/** The presets written in `text`, or what is wrong with the first bad line. */
export function parsePresets(text: string): Preset[] | string {
  const presets: Preset[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^([^:]+):\s*lists\s*([\d\s]*);\s*tags\s*(.*)$/i.exec(line);
    if (!m) return `Write presets as "Name: lists 1 2; tags Lead; Event" (one per line).`;
    const parsed = presetSchema.safeParse({
      name: m[1]?.trim(),
      lists: (m[2] ?? '').split(/\s+/).filter(Boolean),
      tags: (m[3] ?? '')
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean),
    });
    if (!parsed.success) return `Preset "${m[1]?.trim()}": ${parsed.error.issues[0]?.message}`;
    presets.push(parsed.data);
  }
  return presets;
}
