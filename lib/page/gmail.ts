import { addValues, emptyCandidate, setField } from './candidate';
import type { RawCandidate } from './contract';
import { all, first, isSavedCopy, titleOf } from './dom';
import type { Extractor } from './extractor';
import { LIMITS } from './limits';
import { pageLines, readLines } from './lines';

/**
 * The open Gmail thread: every sender and recipient (the `email` attribute Gmail puts on
 * participant chips), newest sender first, never the signed-in account, plus the lines of a
 * sender's signature (lib/people reads phones, title and company there). Quoted history is
 * returned apart, as the reading's `lines` without the account's own lines: lib/people reads
 * the people of its "On … wrote:" and "From: … Sent: …" headers as further candidates, never as
 * a sender. The thread list Gmail keeps behind an open thread is not read.
 */

/** A Gmail page even when saved: thread view or thread list markup. */
const GMAIL_MARKERS = [
  '[data-message-id] span[email]', // opened thread (2014–2025)
  'h2.hP', // thread subject (stable since 2012)
  'tr.zA span[email]', // thread list row (stable since 2012)
];

/** One message of the opened thread, oldest first. */
const MESSAGES = [
  '[data-message-id]', // message container (2014–2025)
  '.adn', // message container class (stable since 2012)
];

/** The sender chip in a message header, then recipient chips ("to me, Bob"). */
const SENDER = ['h3 span[email]', '.gD[email]'];
const RECIPIENTS = ['.hb span[email]', 'span.g2[email]'];

/** The message body. */
const BODY = ['.a3s', '.ii.gt'];

/** The signed-in account: Gmail's account button reads "Google Account: Name (address)". */
const ACCOUNT = [
  'a[aria-label*="@"][href*="accounts.google.com"]', // account button (2019–2025)
  '[role="banner"] [aria-label*="@"]', // any banner control naming the account
];

/** Quoted history in a body: never part of the sender's signature. */
const QUOTED = '.gmail_quote,blockquote,.gmail_extra,.yj6qo,.adL';
/** Reply and forward headers: "On … wrote:", "Am … schrieb …:", "From: … Sent: …", "-----Original Message-----". */
const QUOTE_HEADER =
  /^(?:On .+wrote:?|Am .+schrieb.*:|Le .+écrit ?:|(?:From|Von|De) ?: .+|-{2,} ?(?:Original|Ursprüngliche|Forwarded).*)$/i;
/** "--", "Best,", "Viele Grüße": the signature starts on the next line. */
const CLOSING =
  /^(?:--|(?:best|kind|warm)? ?(?:regards|wishes)|best|thanks|thank you|cheers|sincerely|(?:viele|beste|liebe)? ?grüße|mit freundlichen grüßen|cordialement)[\s,.!]*$/i;

interface Participant {
  name: string;
  email: string;
}

const participant = (el: Element): Participant => ({
  name: el.getAttribute('name') || el.textContent || '',
  email: el.getAttribute('email') ?? '',
});

type BodyLine = ReturnType<typeof readLines>[number];

/** A body's own lines (before any quoted history) and its quoted history. */
function splitBody(body: Element): { own: BodyLine[]; quoted: BodyLine[] } {
  const lines = readLines(body, 2e4, 100);
  const cut = lines.findIndex(({ el, text }) => el.closest(QUOTED) || QUOTE_HEADER.test(text));
  return cut < 0 ? { own: lines, quoted: [] } : { own: lines.slice(0, cut), quoted: lines.slice(cut) };
}

/** The last lines of a body's own text, after its closing line ("Best,"), or its marked signature. */
function signature(own: BodyLine[]): string[] {
  let lines: string[] = [];
  let previous: Element | undefined;
  for (const { el, text } of own) {
    // A closing line, or the step into or out of Gmail's marked signature, starts the signature anew.
    if (CLOSING.test(text) || el.closest('.gmail_signature') !== previous?.closest('.gmail_signature'))
      lines = [];
    if (!CLOSING.test(text)) lines.push(text);
    previous = el;
  }
  return lines.slice(-8);
}

export const gmail: Extractor = {
  source: 'gmail',
  matches(root, url) {
    return url.hostname === 'mail.google.com' || (isSavedCopy(url) && !!first(root, GMAIL_MARKERS));
  },
  extract(root) {
    // The signed-in account: the account button ("Google Account: Jane (jane@acme.io)"), the tab
    // title ("Inbox - jane@acme.io - Gmail"), chips named "me".
    const mine = `${first(root, ACCOUNT)?.getAttribute('aria-label')} ${titleOf(root)}`.split(
      /[\s()<>,;:"']+/,
    );
    const chips = all(root, ['span[email][name="me"]'], 50).map((chip) => participant(chip).email);
    const owner = new Set([...mine, ...chips].map((address) => address.toLowerCase()));

    const out: RawCandidate[] = [];
    const seen = new Set<string>();
    const add = (p: Participant, own?: BodyLine[]): void => {
      const key = p.email.toLowerCase();
      if (!key || owner.has(key) || seen.has(key) || out.length >= LIMITS.candidates) return;
      seen.add(key);
      const c = emptyCandidate();
      setField(c, 'name', p.name, 0.9);
      addValues(c, 'emails', [p.email], 0.95);
      if (own?.length) c.lines = signature(own);
      out.push(c);
    };
    // Newest message first: its sender is the person the user is most likely replying to.
    const recipients: Participant[] = [];
    const quoted: BodyLine[] = [];
    for (const message of all(root, MESSAGES, 200).reverse()) {
      const sender = first(message, SENDER);
      const body = first(message, BODY);
      const parts = body ? splitBody(body) : { own: [], quoted: [] };
      if (sender) add(participant(sender), parts.own);
      for (const to of all(message, RECIPIENTS, 100)) if (to !== sender) recipients.push(participant(to));
      quoted.push(...parts.quoted);
    }
    for (const p of recipients) add(p);
    // Quoted history (lib/people reads its reply headers and signatures), without the account's own lines.
    // The account's addresses, and its full name as its own chips show it ("On …, Pat Owner wrote:").
    const own = [...owner].filter((word) => word.includes('@'));
    for (const chip of all(root, ['span[email][name*=" "]'], 200))
      if (owner.has(participant(chip).email.toLowerCase())) own.push(participant(chip).name.toLowerCase());
    const history = quoted.filter(({ text }) => !own.some((mark) => text.toLowerCase().includes(mark)));
    const lines = pageLines(history.slice(0, LIMITS.lines));
    return { candidates: out, ...(lines.length ? { lines } : {}) };
  },
};
