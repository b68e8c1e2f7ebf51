import { describe, expect, it } from 'vitest';
import { actorTree, related } from './actors';
import { timelineDatabase } from './timeline-fixture';

const tree = actorTree(timelineDatabase().actors);

describe('related (actor narrowing with partOf)', () => {
  it.each([
    ['south-korea', 'nis', true],
    ['south-korea', 'jcs', true],
    ['nis', 'south-korea', true],
    ['nis', 'jcs', false],
    ['us', 'pentagon', true],
    ['us', 'white-house', true],
    ['us', 'state-dept', true],
    ['pentagon', 'white-house', false],
    ['ukraine', 'gur', true],
    ['gur', 'zelensky', false],
    ['nis', 'nis', true],
    ['nis', 'gur', false],
  ])('a page crediting %s may quote %s: %s', (credited, claimant, expected) => expect(related(tree, credited, claimant)).toBe(expected));

  it('resolves lineages and display names', () => {
    expect(tree.lineage('pentagon')).toEqual(['pentagon', 'us']);
    expect(tree.name('pentagon')).toEqual({ fr: 'Pentagone', en: 'Pentagon' });
    expect(tree.name('unknown-actor')).toEqual({ fr: 'unknown-actor', en: 'unknown-actor' });
  });

  it('survives a partOf cycle', () => {
    const cyclic = actorTree([
      { id: 'a', names: { fr: ['A'], en: ['A'] }, partOf: 'b' },
      { id: 'b', names: { fr: ['B'], en: ['B'] }, partOf: 'a' },
    ]);
    expect(cyclic.lineage('a')).toEqual(['a', 'b']);
  });
});
