import type { Lang } from '../claims/vocabulary';

/**
 * A set of words given as stems: "soldat*" matches every word starting with "soldat", "men" only "men".
 * Words are compared in the tokenizer's normalised form (lowercase, "'" apostrophe).
 */
export class Stems {
  private readonly exact = new Set<string>();
  /** Prefixes by their first code unit, so a look-up tries only the few that can match ("" matches every word). */
  private readonly prefixes = new Map<number, string[]>();
  private matchesAll = false;

  /** With `prefixesOnly`, every entry is a prefix (Korean attaches particles to nouns: "사상자는"). */
  constructor(spec: string, prefixesOnly = false) {
    for (const raw of spec.trim().split(/\s+/).filter(Boolean)) {
      const w = prefixesOnly && !raw.endsWith('*') ? `${raw}*` : raw;
      if (!w.endsWith('*')) this.exact.add(w);
      else if (w.length === 1) this.matchesAll = true;
      else {
        const first = w.charCodeAt(0);
        const list = this.prefixes.get(first);
        if (list) list.push(w.slice(0, -1));
        else this.prefixes.set(first, [w.slice(0, -1)]);
      }
    }
  }

  has(word: string): boolean {
    if (this.matchesAll || this.exact.has(word)) return true;
    const list = this.prefixes.get(word.charCodeAt(0));
    if (list) for (const p of list) if (word.startsWith(p)) return true;
    return false;
  }
}

/** One Stems per language, built from a spec per language (missing languages match nothing). */
export function perLang(spec: Partial<Record<Lang, string>>): Record<Lang, Stems> {
  const langs: Lang[] = ['fr', 'en', 'de', 'es', 'ru', 'uk', 'ko'];
  return Object.fromEntries(langs.map((l) => [l, new Stems(spec[l] ?? '', l === 'ko')])) as Record<Lang, Stems>;
}
