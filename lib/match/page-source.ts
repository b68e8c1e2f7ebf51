import type { Source } from '../database/schema';

/**
 * A page address reduced to what identifies the page: no scheme, no "www.", no default port, no fragment, no
 * tracking parameters, no trailing slash; host lowercased. Other query parameters stay (KBS pages differ only by
 * Seq_Code).
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  const m = /^(?:https?:)?\/\/([^/?#]+)([^#]*)/i.exec(trimmed);
  if (!m) return trimmed;
  const host = (m[1] ?? '').toLowerCase().replace(/^www\./, '').replace(/:(80|443)$/, '');
  const [path = '', query] = (m[2] ?? '').split('?', 2);
  const params = (query ?? '').split('&').filter((p) => p !== '' && !/^utm_/i.test(p));
  return host + path.replace(/\/+$/, '') + (params.length ? `?${params.join('&')}` : '');
}

/** The file name a seed source is known by ("seed:000_x.txt" → "000_x.txt"), or the last segment of a local path. */
function fileName(url: string): string | null {
  const trimmed = url.trim();
  if (/^seed:/i.test(trimmed)) return trimmed.slice(5).split(/[\\/]/).pop() ?? null;
  if (/^(?:https?:)?\/\//i.test(trimmed)) return null;
  const name = trimmed.replace(/^file:\/*/i, '/').split(/[\\/]/).pop();
  return name ? name : null;
}

/** Lookup of sources by address, built once per database. */
export interface SourceLookup {
  byUrl: Map<string, string[]>;
  byFile: Map<string, string[]>;
}

export function sourceLookup(sources: readonly Source[]): SourceLookup {
  const byUrl = new Map<string, string[]>();
  const byFile = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...(map.get(key) ?? []), id]);
  for (const s of sources) {
    add(byUrl, normalizeUrl(s.url), s.id);
    const file = fileName(s.url);
    if (file) add(byFile, file, s.id);
  }
  return { byUrl, byFile };
}

/**
 * The database sources that are the page being scanned: the same address, or, for a seed article scanned from
 * disk, the same file name. Their appearances cannot corroborate the page's own figures.
 */
export function pageSources(lookup: SourceLookup, pageUrl: string | undefined): ReadonlySet<string> {
  if (!pageUrl || !pageUrl.trim()) return new Set();
  const ids = [...(lookup.byUrl.get(normalizeUrl(pageUrl)) ?? [])];
  const file = fileName(pageUrl);
  if (file) ids.push(...(lookup.byFile.get(file) ?? []));
  return new Set(ids);
}
