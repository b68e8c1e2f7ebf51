import { describe, expect, it } from 'vitest';
import { toScanJson } from './scan-json';
import { DEVDISCOURSE, foundClaim, quantity, timelineDatabase } from './timeline-fixture';
import { matchClaims } from './verdict';

const db = timelineDatabase();

describe('toScanJson', () => {
  it('lists corroborating claims with id, actor, date, outlet, url and quote', () => {
    const [r] = matchClaims([foundClaim({ q: quantity('approx', 11000), actor: 'gur' })], db, { url: 'seeds/000_0c632834157442b0.txt' });
    if (!r) throw new Error('no result');
    const json = toScanJson(r);
    expect(json.verdict).toBe('corroborated');
    expect(json.reason).toBe('agrees');
    expect(json.conflicting).toEqual([]);
    expect(json.corroborating[0]).toEqual({
      id: 'gur-2024-10-18-training',
      actor: 'gur',
      date: '2024-10-18',
      source: 'UNN',
      url: 'https://unn.ua/en/news/budanov-11-thousand-north-korean-troops-are-preparing-to-fight-in-ukraine-from-november-1',
      quote: '11 thousand North Korean troops are preparing to fight in Ukraine from November 1',
    });
  });

  it('lists conflicting claims, without a quote when the database has none, and explains in the chosen language', () => {
    const found = foundClaim({ q: quantity('at_least', 3000), scope: 'training', actor: 'pentagon', date: '2024-10-23' });
    const [r] = matchClaims([found], db, { url: DEVDISCOURSE });
    if (!r) throw new Error('no result');
    const json = toScanJson(r, 'fr');
    expect(json.verdict).toBe('conflicting');
    expect(json.conflicting[0]).toEqual({
      id: 'white-house-2024-10-23-training',
      actor: 'white-house',
      date: '2024-10-23',
      source: 'finanznachrichten.de',
      url: 'https://www.finanznachrichten.de/nachrichten-2024-10/63616663-3000-north-korean-soldiers-in-eastern-russia-for-military-training-us-020.htm',
    });
    expect(json.explanation).toMatch(/^Chiffre attribué à la mauvaise source \(citée : Pentagone\)/);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
