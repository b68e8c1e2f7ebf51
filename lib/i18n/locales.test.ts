import { describe, expect, it } from 'vitest';
import type { ParsedMessage } from '@wxt-dev/i18n/build';
import { chromeMessages, readLocale } from './locale-files';

const [en, fr] = await Promise.all([readLocale('en'), readLocale('fr')]);
const byKey = (messages: ParsedMessage[]) => new Map(messages.map((m) => [m.key.join('.'), m]));
const enKeys = byKey(en);
const frKeys = byKey(fr);

/** The text(s) of a message: one for a simple message, one per form for a plural. */
function texts(message: ParsedMessage): string[] {
  if (message.type === 'plural') return Object.values(message.plurals);
  return [message.message];
}

describe('the interface languages', () => {
  it('have every English key in French', () => {
    expect([...enKeys.keys()].filter((key) => !frKeys.has(key))).toEqual([]);
  });

  it('have every French key in English', () => {
    expect([...frKeys.keys()].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('give each message the same shape in both: plural or not, and the same substitutions', () => {
    const differences = [...enKeys].flatMap(([key, e]) => {
      const f = frKeys.get(key);
      if (!f) return [];
      const shape = (m: ParsedMessage) => ({ type: m.type, substitutions: m.substitutions, named: m.namedSubstitutions });
      return JSON.stringify(shape(e)) === JSON.stringify(shape(f)) ? [] : [key];
    });
    expect(differences).toEqual([]);
  });

  it('have no empty text', () => {
    const empty = [...en, ...fr].filter((m) => texts(m).some((text) => text.trim() === '')).map((m) => m.key.join('.'));
    expect(empty).toEqual([]);
  });

  it('give plurals forms the runtime can pick from (2 forms: one, other; 3: zero, one, other)', () => {
    const bad = [...en, ...fr].filter((m) => m.type === 'plural' && ![2, 3].includes(Object.keys(m.plurals).length));
    expect(bad.map((m) => m.key.join('.'))).toEqual([]);
  });

  it('map to distinct valid Chrome message names', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const names = Object.keys(await chromeMessages(lang));
      const parsed = lang === 'en' ? en : fr;
      // Predefined @@ messages are not written to messages.json.
      expect(names.length).toBe(parsed.filter((m) => !m.key[0]!.startsWith('@@')).length);
      expect(names.filter((name) => !/^[A-Za-z0-9_]+$/.test(name))).toEqual([]);
    }
  });

  it('use typographic spacing in French before two-part punctuation', () => {
    const plainSpace = fr.filter((m) => texts(m).some((text) => / [:;?!]/.test(text))).map((m) => m.key.join('.'));
    expect(plainSpace).toEqual([]);
  });
});
