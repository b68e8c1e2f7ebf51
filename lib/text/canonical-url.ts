/**
 * The address the page gives for itself (<link rel="canonical">, else og:url), resolved against its location; null
 * when it gives none. The same article is reached through many addresses (AMP, tracking parameters, mirrors): the
 * canonical one is what the claim database lists, so it is what keeps a page from corroborating itself.
 */
export function canonicalUrl(doc: Document): string | null {
  // Both belong in the head (search engines ignore a canonical link in the body): searching there only keeps a page
  // without them from costing a walk over its whole body.
  const head = doc.head ?? doc;
  const declared =
    head.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ??
    head.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  const value = declared?.trim();
  if (!value) return null;
  // An address with its own scheme stands as it is; a relative one is resolved against the page's.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  try {
    return new URL(value, doc.location?.href).href;
  } catch {
    return null;
  }
}
