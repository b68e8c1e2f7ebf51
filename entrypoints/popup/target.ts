/**
 * The tab the popup reports on. Opened from the toolbar it is the active tab; opened as a page of its own (tests,
 * screenshots) it has none, so `popup.html?tab=<id>` names one.
 */
export function explicitTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

/** The host name of a web page's address; null for anything else (browser pages, files, the PDF viewer's). */
export function webHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}
