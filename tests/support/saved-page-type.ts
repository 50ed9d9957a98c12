/**
 * The Content-Type a web server would send for a saved page: its own declared encoding.
 * Our test servers used to send `charset=utf-8` for every page, and the header wins over the
 * page's `<meta charset>`, so a windows-1252 team page read "Promotor Ecol�gico". Browsers find
 * the declaration in the first 1,024 bytes (HTML "prescan a byte stream"). A page that declares
 * none is served as UTF-8 when its bytes are UTF-8, and as windows-1252 otherwise: what
 * Chromium's and Firefox's encoding detectors choose for undeclared Western European text, so a
 * Latin-1 press release reads "Lena Fröhlich", not "Lena Fr�hlich".
 */
export function savedPageContentType(body: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  return `text/html; charset=${declared ?? (isUtf8(body) ? 'utf-8' : 'windows-1252')}`;
}

function isUtf8(body: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}
