import { describe, expect, it } from 'vitest';
import { defaultSettings, isSiteEnabled, parseSettings, withSite } from './settings';

describe('parseSettings', () => {
  it.each([
    ['nothing stored', undefined, defaultSettings],
    ['not an object', 'garbage', defaultSettings],
    ['a wrong type', { disabledSites: 'example.org' }, defaultSettings],
    ['one good field beside a bad one', { disabledSites: ['a.fr', 3], highlightStyle: 'background' }, { disabledSites: [], highlightStyle: 'background' }],
    ['an unknown style', { disabledSites: ['a.fr'], highlightStyle: 'blink' }, { disabledSites: ['a.fr'], highlightStyle: 'underline' }],
    ['a partial object', { highlightStyle: 'background' }, { disabledSites: [], highlightStyle: 'background' }],
    ['a full object', { disabledSites: ['a.fr'], highlightStyle: 'underline' }, { disabledSites: ['a.fr'], highlightStyle: 'underline' }],
  ])('%s', (_, stored, expected) => expect(parseSettings(stored)).toEqual(expected));
});

describe('per-site switch', () => {
  it('turns a site off and on again without touching the others', () => {
    const off = withSite({ ...defaultSettings, disabledSites: ['b.com'] }, 'a.fr', false);
    expect(off.disabledSites).toEqual(['a.fr', 'b.com']);
    expect(isSiteEnabled(off, 'a.fr')).toBe(false);
    const on = withSite(off, 'a.fr', true);
    expect(on.disabledSites).toEqual(['b.com']);
    expect(isSiteEnabled(on, 'a.fr')).toBe(true);
  });

  it('does not list a site twice', () => {
    const twice = withSite(withSite(defaultSettings, 'a.fr', false), 'a.fr', false);
    expect(twice.disabledSites).toEqual(['a.fr']);
  });
});
