import { describe, expect, it } from 'vitest';
import { fixtureDatabase } from '../store/test-fixture';
import { readClaimReviews, toClaimReviewDocument } from './claimreview';

const db = fixtureDatabase();
const doc = toClaimReviewDocument(db) as { '@context': string; '@graph': Record<string, any>[] };
const review = (id: string) => doc['@graph'].find((r) => r.itemReviewed.identifier === id)!;

describe('writing ClaimReview', () => {
  it('is a schema.org graph with one ClaimReview per claim', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(db.claims.length);
    expect(doc['@graph'].every((r) => r['@type'] === 'ClaimReview' && r.itemReviewed['@type'] === 'Claim')).toBe(true);
  });

  it('writes a range figure as a QuantitativeValue with the rest as PropertyValues', () => {
    const r = review('gur-11000');
    expect(r.claimReviewed).toBe('North Korean troops in the Kursk region');
    expect(r.itemReviewed.temporalCoverage).toBe('2024-11/2024-12-15');
    expect(r.itemReviewed.about).toEqual({
      '@type': 'QuantitativeValue',
      value: 10000,
      minValue: 10000,
      maxValue: 12000,
      unitText: 'soldiers',
      additionalProperty: [
        { '@type': 'PropertyValue', name: 'kind', value: 'troops' },
        { '@type': 'PropertyValue', name: 'scope', value: 'kursk' },
        { '@type': 'PropertyValue', name: 'stance', value: 'figure' },
        { '@type': 'PropertyValue', name: 'qualifier', value: 'range' },
      ],
    });
  });

  it('writes relations, deadlines and open intervals', () => {
    const planned = review('jcs-planned').itemReviewed.about.additionalProperty;
    expect(planned).toContainEqual({ '@type': 'PropertyValue', name: 'by', value: '2024-12' });
    const casualties = review('zelensky-casualties').itemReviewed.about;
    expect(casualties).not.toHaveProperty('value');
    expect(casualties).not.toHaveProperty('maxValue');
    expect(casualties.additionalProperty.slice(-2)).toEqual([
      { '@type': 'PropertyValue', name: 'includes', value: 'gur-11000' },
      { '@type': 'PropertyValue', name: 'misreports', value: 'nis-3000-oct' },
    ]);
  });

  it('describes an actor with language-tagged names and its parent, at its first mention only', () => {
    const first = review('nis-1500-oct').itemReviewed.author;
    expect(first).toEqual({
      '@type': 'Organization',
      identifier: 'nis',
      name: [
        { '@value': 'NIS', '@language': 'fr' },
        { '@value': 'National Intelligence Service', '@language': 'en' },
        { '@value': '국가정보원', '@language': 'ko' },
      ],
      alternateName: [
        { '@value': 'NIS', '@language': 'en' },
        { '@value': '국정원', '@language': 'ko' },
      ],
      parentOrganization: {
        '@type': 'Organization',
        identifier: 'south-korea',
        name: [
          { '@value': 'Corée du Sud', '@language': 'fr' },
          { '@value': 'South Korea', '@language': 'en' },
        ],
        alternateName: [
          { '@value': 'Séoul', '@language': 'fr' },
          { '@value': 'Seoul', '@language': 'en' },
        ],
      },
    });
    expect(review('nis-3000-oct').itemReviewed.author).toEqual({
      '@type': 'Organization',
      identifier: 'nis',
      name: 'National Intelligence Service',
    });
  });

  it('writes appearances as CreativeWorks quoting the claim', () => {
    const [first] = review('nis-1500-oct').itemReviewed.appearance;
    expect(first).toEqual({
      '@type': 'CreativeWork',
      identifier: 'src-a',
      url: 'https://a.example/1',
      headline: 'Des soldats nord-coréens en Russie',
      publisher: { '@type': 'Organization', name: 'Agence A' },
      datePublished: '2024-10-18',
      inLanguage: 'fr',
      text: { '@value': '1 500 soldats', '@language': 'fr' },
    });
    // A language without a quote, and a later mention of a source already described.
    expect(review('gur-11000').itemReviewed.appearance[1]).toMatchObject({ identifier: 'src-c', text: { '@value': '', '@language': 'en' } });
    expect(review('nis-3000-oct').itemReviewed.appearance[0]).toEqual({ '@type': 'CreativeWork', identifier: 'src-a', text: { '@value': 'plus de 3 000', '@language': 'fr' } });
    expect(review('kremlin-denial').itemReviewed.appearance[0].text).toBe('« fausses informations »');
  });
});

describe('reading ClaimReview', () => {
  it('reads back exactly what was written', () => {
    const read = readClaimReviews(doc['@graph']);
    expect(read.errors).toEqual([]);
    expect(read.claims.map((r) => r.value)).toEqual(db.claims);
    expect(read.sources.map((r) => r.value)).toEqual(expect.arrayContaining(db.sources));
    expect(read.sources).toHaveLength(db.sources.length);
    expect(read.actors.map((r) => r.value)).toEqual(expect.arrayContaining(db.actors));
    expect(read.actors).toHaveLength(db.actors.length);
  });

  it('fills what a plain ClaimReview from elsewhere leaves out with the vocabulary defaults', () => {
    const read = readClaimReviews([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: 'Troops in Kursk',
        itemReviewed: {
          '@type': 'Claim',
          identifier: 'foreign-1',
          author: { '@type': 'Person', identifier: 'zelensky', name: 'Volodymyr Zelensky' },
          datePublished: '2024-11-05',
          appearance: { '@type': 'CreativeWork', identifier: 'src-b', text: '11,000' },
          about: { '@type': 'QuantitativeValue', value: 11000, additionalProperty: [{ '@type': 'PropertyValue', name: 'kind', value: 'troops' }] },
        },
      },
    ]);
    expect(read.errors).toEqual([]);
    expect(read.actors).toEqual([]);
    expect(read.claims[0]?.value).toEqual({
      id: 'foreign-1',
      actor: 'zelensky',
      stance: 'figure',
      kind: 'troops',
      scope: 'total',
      quantity: { value: 11000, min: 11000, max: 11000, qualifier: 'exact' },
      date: '2024-11-05',
      summary: 'Troops in Kursk',
      appearances: [{ source: 'src-b', quote: '11,000' }],
    });
  });

  it('reports nodes that are not ClaimReviews and actors described two ways', () => {
    const second = structuredClone(doc['@graph'][0]!);
    second.itemReviewed.identifier = 'other';
    second.itemReviewed.author.name[0]['@value'] = 'Changed';
    const read = readClaimReviews([doc['@graph'][0], { '@type': 'Organization' }, 'text', second]);
    expect(read.errors).toEqual([
      { position: 'record 2', code: 'not_claimreview', params: { got: 'Organization' } },
      { position: 'record 3', code: 'not_claimreview', params: { got: 'string' } },
      { position: 'record 4', code: 'described_differently', params: { what: 'actor', id: 'nis', other: 'record 1' } },
    ]);
  });
});
