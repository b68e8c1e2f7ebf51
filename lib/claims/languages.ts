/**
 * The languages Recoupe reads; French and English are the interface languages too. A plain list (no zod) so the
 * content script can check a page's declared language without shipping a schema library.
 */
export const LANGS = ['fr', 'en', 'de', 'es', 'ru', 'uk', 'ko'] as const;

export const isLang = (value: string): value is (typeof LANGS)[number] => (LANGS as readonly string[]).includes(value);
