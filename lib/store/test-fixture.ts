import type { ClaimDatabase } from '../database/schema';

/**
 * A small database for tests of the store, import, export and messages: every optional field of the schema is
 * used at least once (ranges, open intervals, months, until, by, relations, non-numeric stances, quotes with and
 * without a language, actors with partOf and extra languages). It passes checkIntegrity. The figures are
 * illustrative, not sourced.
 */
export function fixtureDatabase(): ClaimDatabase {
  return {
    version: 'fixture-1',
    actors: [
      { id: 'south-korea', names: { fr: ['Corée du Sud', 'Séoul'], en: ['South Korea', 'Seoul'] } },
      {
        id: 'nis',
        names: { fr: ['NIS'], en: ['National Intelligence Service', 'NIS'], ko: ['국가정보원', '국정원'] },
        partOf: 'south-korea',
      },
      { id: 'jcs', names: { fr: ['chef d’état-major interarmées'], en: ['Joint Chiefs of Staff'] }, partOf: 'south-korea' },
      { id: 'ukraine', names: { fr: ['Ukraine', 'Kiev'], en: ['Ukraine', 'Kyiv'] } },
      { id: 'gur', names: { fr: ['GUR', 'Boudanov'], en: ['GUR', 'Budanov'], uk: ['ГУР'] }, partOf: 'ukraine' },
      { id: 'zelensky', names: { fr: ['Zelensky'], en: ['Zelensky'] }, partOf: 'ukraine' },
      { id: 'russia', names: { fr: ['Russie'], en: ['Russia'] } },
      { id: 'kremlin', names: { fr: ['Kremlin', 'Peskov'], en: ['Kremlin', 'Peskov'] }, partOf: 'russia' },
    ],
    sources: [
      { id: 'src-a', outlet: 'Agence A', title: 'Des soldats nord-coréens en Russie', url: 'https://a.example/1', lang: 'fr', published: '2024-10-18' },
      { id: 'src-b', outlet: 'Wire B', title: 'Troops deployed', url: 'https://b.example/2', lang: 'en', published: '2024-11' },
      { id: 'src-c', outlet: 'Seed C', title: '', url: 'seed:000_example.txt', lang: 'en', published: null },
    ],
    claims: [
      {
        id: 'nis-1500-oct',
        actor: 'nis',
        stance: 'figure',
        kind: 'troops',
        scope: 'training',
        quantity: { value: 1500, min: 1500, max: 1500, qualifier: 'exact' },
        date: '2024-10-18',
        summary: 'North Korean troops moved to Russia for training',
        appearances: [{ source: 'src-a', quote: '1 500 soldats', lang: 'fr' }],
      },
      {
        id: 'nis-3000-oct',
        actor: 'nis',
        stance: 'figure',
        kind: 'troops',
        scope: 'total',
        quantity: { value: 3000, min: 3000, max: null, qualifier: 'more_than' },
        date: '2024-10-23',
        summary: 'North Korean troops sent to Russia so far',
        appearances: [{ source: 'src-a', quote: 'plus de 3 000', lang: 'fr' }, { source: 'src-b' }],
        relations: [{ type: 'revises', claim: 'nis-1500-oct' }],
      },
      {
        id: 'gur-11000',
        actor: 'gur',
        stance: 'figure',
        kind: 'troops',
        scope: 'kursk',
        quantity: { value: 10000, min: 10000, max: 12000, qualifier: 'range' },
        date: '2024-11',
        until: '2024-12-15',
        summary: 'North Korean troops in the Kursk region',
        appearances: [{ source: 'src-b', quote: 'about 11,000', lang: 'en' }, { source: 'src-c', lang: 'en' }],
      },
      {
        id: 'jcs-planned',
        actor: 'jcs',
        stance: 'figure',
        kind: 'troops',
        scope: 'planned',
        quantity: { value: 10000, min: 10000, max: 12000, qualifier: 'range' },
        date: '2024-10',
        by: '2024-12',
        summary: 'North Korean troops expected in Russia by December',
        appearances: [{ source: 'src-c' }],
      },
      {
        id: 'zelensky-casualties',
        actor: 'zelensky',
        stance: 'figure',
        kind: 'casualties',
        scope: 'total',
        quantity: { value: null, min: 3000, max: null, qualifier: 'vague' },
        date: '2025-01-13',
        summary: 'North Korean soldiers killed or wounded',
        appearances: [{ source: 'src-c', quote: 'over 3,000', lang: 'en' }],
        relations: [{ type: 'includes', claim: 'gur-11000' }, { type: 'misreports', claim: 'nis-3000-oct' }],
      },
      {
        id: 'kremlin-denial',
        actor: 'kremlin',
        stance: 'denied',
        kind: 'troops',
        scope: 'total',
        date: '2024-10-24',
        summary: 'The Kremlin denies North Korean troops are in Russia',
        appearances: [{ source: 'src-a', quote: '« fausses informations »' }],
      },
    ],
  };
}
