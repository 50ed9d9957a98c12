import { addValues, emptyCandidate, setField } from './candidate';
import { append, dict } from './collect';
import { all, first, isSavedCopy } from './dom';
import { LIMITS } from './limits';
import { readLines } from './lines';
import type { Extractor, RawCandidate } from './types';

/**
 * The open Gmail thread: every sender and recipient (the `email` attribute Gmail puts on
 * participant chips), newest sender first, never the signed-in account, plus the lines of a
 * sender's signature (lib/people reads phones, title and company there). Quoted history is not
 * read, so "On … wrote:" and "From: … Sent: …" headers never pose as the sender.
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

/** The last lines of a body before any quoted history, after its closing line ("Best,"), or its marked signature. */
function signature(body: Element): string[] {
  const lines = readLines(body, 2e4, 100);
  let own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.el.closest(QUOTED) || QUOTE_HEADER.test(line.text)) break;
    if (
      CLOSING.test(line.text) ||
      line.el.closest('.gmail_signature') !== lines[i - 1]?.el.closest('.gmail_signature')
    )
      own = [];
    if (!CLOSING.test(line.text)) append(own, line.text);
  }
  const last: string[] = [];
  for (let i = own.length > 8 ? own.length - 8 : 0; i < own.length; i++) append(last, own[i] as string);
  return last;
}

export const gmail: Extractor = {
  source: 'gmail',
  matches(doc, url) {
    return url.hostname === 'mail.google.com' || (isSavedCopy(url) && !!first(doc, GMAIL_MARKERS));
  },
  extract(doc) {
    const messages = all(doc, MESSAGES, 200);
    // The signed-in account: the account button ("Google Account: Jane (jane@acme.io)"), the tab
    // title ("Inbox - jane@acme.io - Gmail"), chips named "me".
    const owner = dict();
    const mine = `${first(doc, ACCOUNT)?.getAttribute('aria-label')} ${doc.title}`.split(/[\s()<>,;:"']+/);
    const chips = all(doc, ['span[email][name="me"]'], 50);
    for (let i = 0; i < chips.length; i++) append(mine, participant(chips[i] as Element).email);
    for (let i = 0; i < mine.length; i++) owner[(mine[i] as string).toLowerCase()] = true;

    const out: RawCandidate[] = [];
    const recipients: Participant[] = [];
    const seen = dict();
    const add = (p: Participant, body?: Element): void => {
      const key = p.email.toLowerCase();
      if (!key || owner[key] || seen[key] || out.length >= LIMITS.candidates) return;
      seen[key] = true;
      const c = emptyCandidate();
      setField(c, 'name', p.name, 0.9);
      addValues(c, 'emails', [p.email], 0.95);
      if (body) c.lines = signature(body);
      append(out, c);
    };
    for (let m = messages.length - 1; m >= 0; m--) {
      const message = messages[m] as Element;
      const sender = first(message, SENDER);
      if (sender) add(participant(sender), first(message, BODY));
      const to = all(message, RECIPIENTS, 100);
      for (let i = 0; i < to.length; i++)
        if (to[i] !== sender) append(recipients, participant(to[i] as Element));
    }
    for (let i = 0; i < recipients.length; i++) add(recipients[i] as Participant);
    return { candidates: out };
  },
};
