import type { Lang } from '../claims/vocabulary';

/**
 * A set of words given as stems: "soldat*" matches every word starting with "soldat", "men" only "men".
 * Words are compared in the tokenizer's normalised form (lowercase, "'" apostrophe).
 */
export class Stems {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];

  /** With `prefixesOnly`, every entry is a prefix (Korean attaches particles to nouns: "사상자는"). */
  constructor(spec: string, prefixesOnly = false) {
    for (const raw of spec.trim().split(/\s+/).filter(Boolean)) {
      const w = prefixesOnly && !raw.endsWith('*') ? `${raw}*` : raw;
      if (w.endsWith('*')) this.prefixes.push(w.slice(0, -1));
      else this.exact.add(w);
    }
  }

  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const p of this.prefixes) if (word.startsWith(p)) return true;
    return false;
  }
}

/** One Stems per language, built from a spec per language (missing languages match nothing). */
export function perLang(spec: Partial<Record<Lang, string>>): Record<Lang, Stems> {
  const langs: Lang[] = ['fr', 'en', 'de', 'es', 'ru', 'uk', 'ko'];
  return Object.fromEntries(langs.map((l) => [l, new Stems(spec[l] ?? '', l === 'ko')])) as Record<Lang, Stems>;
}
