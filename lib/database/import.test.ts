import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRecords } from '../store/records';
import { fixtureDatabase } from '../store/test-fixture';
import { toClaimReviewDocument } from './claimreview';
import { formatImportError, IMPORT_MAX_BYTES, IMPORT_MAX_RECORDS, IMPORT_MAX_REPORTED, type ImportContext, type ImportResult, jsonErrorOffset, parseImport } from './import';
import { checkIntegrity } from './integrity';
import type { Claim } from './schema';

const bundled = fixtureDatabase();
const context: ImportContext = { bundled, user: emptyRecords() };

/** A valid new claim leaning on bundled records. */
const newClaim = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'user-claim',
  actor: 'gur',
  stance: 'figure',
  kind: 'killed',
  scope: 'total',
  quantity: { value: 100, min: 100, max: 100, qualifier: 'exact' },
  date: '2024-12-18',
  summary: 'North Korean soldiers killed',
  appearances: [{ source: 'src-b' }],
  ...overrides,
});

const messages = (result: ImportResult, lang: 'en' | 'fr' = 'en') => (result.ok ? [] : result.errors.map((e) => formatImportError(e, lang)));
const importClaims = (claims: unknown[], extra: Record<string, unknown> = {}) => parseImport(JSON.stringify({ claims, ...extra }), context);

describe('accepted imports', () => {
  it('imports new claims leaning on bundled records, flagged user', () => {
    const result = importClaims([newClaim(), newClaim({ id: 'user-claim-2', date: '2025-01', kind: 'wounded' })]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records.claims.map((c) => [c.id, c.user])).toEqual([['user-claim', true], ['user-claim-2', true]]);
    expect(result.records.sources).toEqual([]);
    expect(result.preview).toEqual({
      format: 'json',
      claims: { total: 2, added: 2, replaced: 0, unchanged: 0 },
      sources: { total: 0, added: 0, replaced: 0, unchanged: 0 },
      actors: { total: 0, added: 0, replaced: 0, unchanged: 0 },
      byKind: { killed: 1, wounded: 1 },
      byActor: { gur: 2 },
      dateFrom: '2024-12-18',
      dateTo: '2025-01',
    });
  });

  it('imports sources and actors of the file itself, in any order', () => {
    const result = parseImport(
      JSON.stringify({
        claims: [newClaim({ actor: 'my-unit', appearances: [{ source: 'my-src', quote: '100 tués', lang: 'fr' }] })],
        actors: [{ id: 'my-unit', names: { fr: ['Mon unité'], en: ['My unit'] }, partOf: 'ukraine' }],
        sources: [{ id: 'my-src', outlet: 'Journal', title: 'T', url: 'https://j.example', lang: 'fr', published: null }],
      }),
      context,
    );
    expect(result.ok && [result.records.actors.length, result.records.sources.length]).toEqual([1, 1]);
  });

  it('skips records already stored unchanged and counts replacements of earlier imports', () => {
    const earlier = { ...newClaim(), user: true } as Claim;
    const result = parseImport(
      JSON.stringify({ ...bundled, claims: [...bundled.claims, { ...earlier, summary: 'Revised' }] }),
      { bundled, user: { ...emptyRecords(), claims: [earlier] } },
    );
    expect(result.ok && result.preview.claims).toEqual({ total: 7, added: 0, replaced: 1, unchanged: 6 });
    expect(result.ok && result.preview.sources).toEqual({ total: 3, added: 0, replaced: 0, unchanged: 3 });
    expect(result.ok && result.records.claims).toEqual([{ ...earlier, summary: 'Revised' }]);
  });

  it('accepts a byte order mark and a ClaimDatabase with a version', () => {
    expect(parseImport(`\uFEFF${JSON.stringify({ version: 'x', claims: [newClaim()] })}`, context).ok).toBe(true);
  });

  it.each([
    ['a single ClaimReview', (doc: { '@graph': unknown[] }) => ({ '@context': 'https://schema.org', ...(doc['@graph'][0] as object) })],
    ['a list of ClaimReviews', (doc: { '@graph': unknown[] }) => doc['@graph']],
    ['a document with @graph', (doc: { '@graph': unknown[] }) => doc],
  ])('reads %s', (_name, shape) => {
    const claim = newClaim() as Claim;
    const doc = toClaimReviewDocument({ claims: [claim], sources: bundled.sources, actors: bundled.actors }) as { '@graph': unknown[] };
    const result = parseImport(JSON.stringify(shape(doc)), context);
    expect(result.ok && result.preview.format).toBe('claimreview');
    expect(result.ok && result.records.claims).toEqual([{ ...claim, user: true }]);
  });
});

describe('whole-file problems', () => {
  it.each([
    ['', 'The file is empty.'],
    ['  \n', 'The file is empty.'],
    ['{a', 'The file is not valid JSON: unexpected "a" at line 1 column 2.'],
    ['{"claims": [\n  {"id": "x"},,\n]}', 'The file is not valid JSON: unexpected "," at line 2 column 15.'],
    ['{"claims": [', 'The file is not valid JSON: it ends too early at line 1 column 13.'],
    ["{'claims': []}", `The file is not valid JSON: unexpected "'" at line 1 column 2.`],
    ['42', 'Expected an object or a list, got the number 42.'],
    ['"claims"', 'Expected an object or a list, got the text "claims".'],
    ['null', 'Expected an object or a list, got null.'],
    ['{"foo": []}', 'The file is JSON but neither a Recoupe database (claims, sources, actors) nor schema.org ClaimReview.'],
    ['{"claims": {"id": "x"}}', "'claims' must be a list, got an object."],
    ['{"claims": []}', 'The file holds no claims, sources or actors.'],
  ])('%j', (text, message) => {
    expect(messages(parseImport(text, context))).toEqual([message]);
  });

  it('refuses a file above the size limit before parsing it, counting bytes', () => {
    // 3 million "é" are 6 MB of UTF-8 (and not JSON: the size is checked first).
    expect(messages(parseImport('é'.repeat(3_000_000), context))).toEqual(['The file is 5.7 MB; Recoupe imports files of at most 5 MB.']);
    expect(messages(parseImport(' '.repeat(IMPORT_MAX_BYTES + 1), context))).toEqual(['The file is 5 MB; Recoupe imports files of at most 5 MB.']);
    expect(messages(parseImport('é'.repeat(3_000_000), context), 'fr')).toEqual(['Le fichier fait 5,7 Mo ; Recoupe importe des fichiers de 5 Mo au plus.']);
  });

  it('refuses too many records', () => {
    const result = parseImport(JSON.stringify({ claims: Array.from({ length: IMPORT_MAX_RECORDS + 1 }, () => ({})) }), context);
    expect(messages(result)).toEqual([`The file holds ${IMPORT_MAX_RECORDS + 1} records; Recoupe imports at most ${IMPORT_MAX_RECORDS} at once.`]);
  });

  it('does not overflow on deeply nested broken JSON', () => {
    const text = `${'['.repeat(200_000)}x`;
    expect(messages(parseImport(text, context))).toEqual(['The file is not valid JSON: unexpected "x" at line 1 column 200001.']);
  });
});

describe('record problems', () => {
  it.each<[string, unknown[], string[]]>([
    ['wrong type', [newClaim({ quantity: { value: 1, min: 'abc', max: 2, qualifier: 'range' } })], [`claims[0]: 'quantity.min' must be a number, got the text "abc".`]],
    ['missing field', [{ ...newClaim(), summary: undefined }], [`claims[0]: 'summary' is missing.`]],
    ['value outside a list', [newClaim({ kind: 'soldiers' })], [`claims[0]: 'kind' must be one of troops, casualties, killed, wounded, materiel, other; got the text "soldiers".`]],
    ['bad date', [newClaim({ date: '23/10/2024' })], [`claims[0]: 'date' must be a date like 2024-10-23 or a month like 2024-10, got the text "23/10/2024".`]],
    ['bad id', [newClaim({ id: 'My Claim' })], [`claims[0]: 'id' must be an id of lowercase letters, digits and dashes, got the text "My Claim".`]],
    ['empty text', [newClaim({ summary: '' })], [`claims[0]: 'summary' must not be empty.`]],
    ['empty list', [newClaim({ appearances: [] })], [`claims[0]: 'appearances' needs at least one entry.`]],
    ['nested wrong type', [newClaim({ appearances: [{ source: 7 }] })], [`claims[0]: 'appearances.0.source' must be text, got the number 7.`]],
    ['not an object', [5], ['claims[0]: a record must be an object, got the number 5.']],
    ['duplicate id in the file', [newClaim(), newClaim({ id: 'x' }), newClaim()], [`claims[2]: claim id 'user-claim' is used twice (also claims[0]).`]],
    ['id of a bundled claim, other content', [{ ...bundled.claims[0], summary: 'Changed' }], [`claims[0]: the bundled database already has a claim with id 'nis-1500-oct' and different content.`]],
    ['unknown actor', [newClaim({ actor: 'foo' })], [`claims[0]: actor 'foo' is not known.`]],
    ['unknown source', [newClaim({ appearances: [{ source: 'src-b' }, { source: 'nowhere' }] })], [`claims[0]: source 'nowhere' is not known.`]],
    ['unknown related claim', [newClaim({ relations: [{ type: 'revises', claim: 'ghost' }] })], [`claims[0]: 'relations.0.claim' refers to claim 'ghost', which is not known.`]],
    ['min above max', [newClaim({ quantity: { value: 5, min: 5, max: 2, qualifier: 'range' } })], [`claims[0]: 'quantity.min' (5) is larger than 'quantity.max' (2).`]],
    ['figure without quantity', [{ ...newClaim(), quantity: undefined }], [`claims[0]: a claim with stance 'figure' needs a quantity.`]],
  ])('%s', (_name, claims, expected) => {
    expect(messages(importClaims(claims))).toEqual(expected);
  });

  it('reports each bad record with its position and writes nothing', () => {
    const result = importClaims([
      newClaim({ id: 'ok-1' }),
      newClaim({ id: 'bad-1', quantity: { value: 1, min: 1, max: null, qualifier: 'lots' } }),
      newClaim({ id: 'ok-2' }),
      newClaim({ id: 'bad-2', actor: 'nobody' }),
      newClaim({ id: 'bad-3', date: 2024 }),
    ]);
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      `claims[1]: 'quantity.qualifier' must be one of exact, approx, more_than, at_least, up_to, less_than, range, vague; got the text "lots".`,
      `claims[3]: actor 'nobody' is not known.`,
      `claims[4]: 'date' must be text, got the number 2024.`,
    ]);
  });

  it('checks sources and actors too', () => {
    const result = parseImport(
      JSON.stringify({
        sources: [{ id: 'my-src', outlet: 'J', title: 'T', url: '', lang: 'fr', published: 'yesterday' }],
        actors: [{ id: 'my-unit', names: { fr: ['Unité'] }, partOf: 'nowhere' }, { ...bundled.actors[0], names: { fr: ['Autre'], en: ['Other'] } }],
      }),
      context,
    );
    expect(messages(result)).toEqual([
      `sources[0]: 'url' must not be empty.`,
      `sources[0]: 'published' must be a date like 2024-10-23 or a month like 2024-10, got the text "yesterday".`,
      `actors[0]: 'names.en' is missing.`,
      `actors[0]: 'partOf' names actor 'nowhere', which is not known.`,
      `actors[1]: the bundled database already has an actor with id 'south-korea' and different content.`,
    ]);
  });

  it('caps the list of problems', () => {
    const result = importClaims(Array.from({ length: IMPORT_MAX_REPORTED + 20 }, (_, i) => newClaim({ id: `c-${i}`, actor: 'nobody' })));
    expect(result.ok || result.errors.length).toBe(IMPORT_MAX_REPORTED + 1);
    expect(messages(result).at(-1)).toBe('… and 20 more problems.');
  });

  it('names ClaimReview fields as the file spells them', () => {
    const doc = toClaimReviewDocument({ claims: [newClaim() as Claim], sources: [], actors: [] }) as { '@graph': any[] };
    const [review] = doc['@graph'];
    review.itemReviewed.about.minValue = 'abc';
    review.itemReviewed.author.identifier = 'foo';
    const result = parseImport(JSON.stringify(doc), context);
    expect(messages(result)).toEqual([
      `record 1: 'itemReviewed.about.minValue' must be a number, got the text "abc".`,
      `record 1: actor 'foo' is not known.`,
    ]);
    expect(messages(result, 'fr')).toEqual([
      `enregistrement 1: 'itemReviewed.about.minValue' doit être un nombre, trouvé le texte « abc ».`,
      `enregistrement 1: l’acteur 'foo' est inconnu.`,
    ]);
  });

  it('reports ClaimReview records of the wrong type or without a claim', () => {
    const result = parseImport(JSON.stringify([{ '@type': 'Article' }, 3, { '@type': 'ClaimReview' }, { '@type': 'ClaimReview', itemReviewed: 'NIS said 3000' }]), context);
    expect(messages(result)).toEqual([
      'record 1: expected a ClaimReview, got Article.',
      'record 2: expected a ClaimReview, got number.',
      `record 3: 'itemReviewed' is missing.`,
      `record 4: 'itemReviewed' must be an object, got the text "NIS said 3000".`,
    ]);
  });
});

describe('French messages', () => {
  it.each([
    ['{a', ['Le fichier n’est pas du JSON valide : "a" inattendu à la ligne 1, colonne 2.']],
    [JSON.stringify({ claims: [newClaim(), newClaim()] }), [`claims[1]: l’identifiant 'user-claim' (affirmation) est utilisé deux fois (aussi claims[0]).`]],
    [JSON.stringify({ claims: [newClaim({ kind: 3 })] }), [`claims[0]: 'kind' doit valoir l’un de troops, casualties, killed, wounded, materiel, other ; trouvé le nombre 3.`]],
  ])('%s', (text, expected) => {
    expect(messages(parseImport(text, context), 'fr')).toEqual(expected);
  });
});

describe('jsonErrorOffset', () => {
  it('finds no error exactly when JSON.parse succeeds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, -1)), fc.json().map((j) => `${j},`)), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonErrorOffset(text) === null).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['"abc\ndef"', 4],
    ['[01]', 2],
    ['{"a": tru}', 6],
    ['{} {}', 3],
  ])('%j fails at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});

describe('database rules beyond the schema', () => {
  it('hold for the fixture', () => {
    expect(checkIntegrity(bundled)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['exact with a spread', { quantity: { value: 100, min: 100, max: 200, qualifier: 'exact' } }, 'claims[0]: the data does not hold together: claim "user-claim": exact {value: 100, min: 100, max: 200}: exact needs min = max = value.'],
    ['until before date', { until: '2024-01' }, 'claims[0]: the data does not hold together: claim "user-claim": until 2024-01 is before date 2024-12-18.'],
    ['revising another actor', { relations: [{ type: 'revises', claim: 'nis-1500-oct' }] }, 'claims[0]: the data does not hold together: claim "user-claim": revises "nis-1500-oct" of another actor ("nis", not "gur").'],
  ])('%s', (_name, overrides, message) => {
    expect(messages(importClaims([newClaim(overrides)]))).toEqual([message]);
  });

  it('does not blame the file for problems the store already has', () => {
    const broken = { ...bundled, claims: [...bundled.claims, { ...(newClaim({ id: 'old', quantity: { value: 1, min: 1, max: 5, qualifier: 'exact' } }) as Claim) }] };
    expect(parseImport(JSON.stringify({ claims: [newClaim()] }), { bundled: broken, user: emptyRecords() }).ok).toBe(true);
  });
});
