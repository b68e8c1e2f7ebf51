import { describe, expect, it } from 'vitest';
import { defaultSettings, isSiteDisabled, SettingChange, settingsFrom } from './settings';

describe('isSiteDisabled', () => {
  it.each([
    ['lemonde.fr', ['lemonde.fr'], true],
    ['www.lemonde.fr', ['lemonde.fr'], true],
    ['WWW.LeMonde.fr.', ['lemonde.fr'], true],
    ['notlemonde.fr', ['lemonde.fr'], false],
    ['lemonde.fr', ['www.lemonde.fr'], false],
    ['bbc.co.uk', [], false],
  ])('%s with %j → %s', (host, sites, expected) => {
    expect(isSiteDisabled(host, sites)).toBe(expected);
  });
});

describe('settingsFrom', () => {
  it('uses the defaults for missing or invalid values', () => {
    expect(settingsFrom({})).toEqual(defaultSettings);
    expect(settingsFrom({ disabledSites: 'lemonde.fr', highlightStyle: 'blink' })).toEqual(defaultSettings);
  });

  it('keeps valid stored values', () => {
    expect(settingsFrom({ disabledSites: ['a.fr'], highlightStyle: 'background' })).toEqual({
      disabledSites: ['a.fr'],
      highlightStyle: 'background',
    });
  });
});

describe('SettingChange', () => {
  it.each([
    [{ key: 'highlightStyle', value: 'outline' }, true],
    [{ key: 'highlightStyle', value: 'blink' }, false],
    [{ key: 'disabledSites', value: ['lemonde.fr'] }, true],
    [{ key: 'disabledSites', value: ['https://lemonde.fr/'] }, false],
    [{ key: 'colour', value: 'red' }, false],
  ])('%j valid: %s', (change, valid) => {
    expect(SettingChange.safeParse(change).success).toBe(valid);
  });
});
