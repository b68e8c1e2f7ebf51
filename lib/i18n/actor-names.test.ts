import { describe, expect, it } from 'vitest';
import type { Actor } from '../database/schema';
import { actorNamer } from './actor-names';

const actors: Actor[] = [
  { id: 'pentagon', names: { fr: ['Pentagone', 'le Pentagone'], en: ['Pentagon'] }, partOf: 'us' },
  { id: 'nis', names: { fr: ['NIS'], en: ['NIS', 'National Intelligence Service'] } },
];
const refs = [
  { id: 'mine', name: { fr: 'Mon acteur', en: 'My actor' } },
  { id: 'nis', name: { fr: 'le NIS sud-coréen', en: 'South Korea’s NIS' } },
];

describe('actorNamer', () => {
  it.each([
    ['fr', 'pentagon', 'Pentagone'],
    ['en', 'pentagon', 'Pentagon'],
    ['en', 'nis', 'NIS'],
    ['fr', 'mine', 'Mon acteur'],
    ['en', 'mine', 'My actor'],
    ['en', 'unknown-actor', 'unknown-actor'],
  ] as const)('%s: %s → %s', (lang, id, name) => {
    expect(actorNamer(lang, actors, refs)(id)).toBe(name);
  });
});
