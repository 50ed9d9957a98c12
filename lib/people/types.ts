import type { RawCandidate, SourceKind } from '@/lib/page/contract';

/** A phone as the user will see and send it. */
export interface NormalizedPhone {
  /** E.164 when parsed, else the cleaned raw text. */
  value: string;
  /** The text as found on the page (cleaned of invisible characters). */
  raw: string;
  e164?: string;
  /** Extension ("x302"), which E.164 cannot carry. */
  ext?: string;
}

/** One person (or organisation) ready for the side panel: cleaned, validated, merged. */
export interface NormalizedCandidate {
  /** The full display name, always kept even when it cannot be split. */
  name: string;
  firstName?: string;
  lastName?: string;
  emails: string[];
  phones: NormalizedPhone[];
  company?: string;
  title?: string;
  /** https only, else dropped. */
  profileUrl?: string;
  location?: string;
  /** 0..1 overall. */
  confidence: number;
  fieldConfidence: RawCandidate['confidence'];
  source: SourceKind;
  /**
   * The organisation's own contact (a function's mailbox such as info@, its switchboard) that no
   * person on the page claims: offered so it can be saved, shown as the organisation's, and no person.
   */
  organisation?: true;
}
