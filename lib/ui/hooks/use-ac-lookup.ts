import { useEffect, useRef, useState } from 'preact/hooks';
import { type ExistingContact, sendMessage } from '@/lib/messaging/protocol';
import type { NormalizedCandidate } from '@/lib/people/types';

/** How long typing must pause before the email is looked up. */
const LOOKUP_DELAY_MS = 250;

/**
 * What ActiveCampaign already holds for the draft's email (null while it is not a valid one).
 * Only the answer to the latest email is kept: a slow answer for an earlier spelling is dropped.
 */
export function useExistingContact(email: string | null): ExistingContact | null {
  const [existing, setExisting] = useState<ExistingContact | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const seq = ++latest.current;
    if (email === null) {
      setExisting(null);
      return;
    }
    const timer = setTimeout(async () => {
      const res = await sendMessage('lookupContact', { email });
      if (seq === latest.current) setExisting(res.ok ? res.value : null);
    }, LOOKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [email]);
  return existing;
}

/**
 * The page gave no email: the contacts in ActiveCampaign who may be this person (by profile
 * URL, then name and company). `dismiss` hides them once the user linked one.
 */
export function useMatches(person: NormalizedCandidate | undefined) {
  const [matches, setMatches] = useState<ExistingContact[]>([]);
  useEffect(() => {
    setMatches([]);
    if (!person || person.emails.length > 0 || !person.name) return;
    void sendMessage('findMatches', {
      name: person.name,
      company: person.company,
      profileUrl: person.profileUrl,
    }).then((res) => setMatches(res.ok ? res.value : []));
  }, [person]);
  return { matches, dismiss: () => setMatches([]) };
}
