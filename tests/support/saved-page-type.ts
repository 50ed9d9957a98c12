/**
 * The Content-Type a web server would send for a saved page: its own declared encoding.
 * Our test servers used to send `charset=utf-8` for every page, and the header wins over the
 * page's `<meta charset>`, so a windows-1252 team page read "Promotor Ecol�gico". Browsers find
 * the declaration in the first 1,024 bytes (HTML "prescan a byte stream"); a page that declares
 * none is served as UTF-8, as our saved pages are.
 */
export function savedPageContentType(body: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  return `text/html; charset=${declared ?? 'utf-8'}`;
}
