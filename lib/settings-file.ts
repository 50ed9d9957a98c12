import { t } from '@/lib/i18n';
import { type Settings, settingsSchema } from '@/lib/settings';

/**
 * Settings as a file a colleague can import: everything in `Settings`, which holds no API key
 * (the key is stored apart and never leaves the background), so the file never carries one.
 */

export const SETTINGS_FILE_NAME = 'sidecard-settings.json';
/**
 * The largest file read as settings: twice the largest settings the schema allows (30 presets of 50
 * tags), so no real file comes near it, while a wrong or hostile file is refused unread.
 */
export const SETTINGS_FILE_MAX_BYTES = 512 * 1024;

export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`;
}

/** The settings in an imported file, or what is wrong with it in words. */
export function readSettingsFile(
  text: string,
): { ok: true; settings: Settings } | { ok: false; error: string } {
  if (new TextEncoder().encode(text).length > SETTINGS_FILE_MAX_BYTES) {
    return { ok: false, error: t('settings_file_too_big', { max: SETTINGS_FILE_MAX_BYTES / 1024 }) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: t('settings_file_not_json') };
  }
  const parsed = settingsSchema.safeParse(json);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const problem = issue?.message ?? t('settings_file_not_settings');
  return {
    ok: false,
    error: issue?.path.length
      ? t('settings_file_invalid_at', { problem, path: issue.path.join('.') })
      : t('settings_file_invalid', { problem }),
  };
}
