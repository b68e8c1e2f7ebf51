import { describe, expect, it } from 'vitest';
import { chromeGetMessage } from './chrome-messages';

const getMessage = chromeGetMessage({
  plain: { message: 'Recoupe' },
  two: { message: '$1 to $2' },
  dollar: { message: 'costs $$$1' },
});

describe('chromeGetMessage', () => {
  it.each<[string, string | string[] | undefined, string]>([
    ['plain', undefined, 'Recoupe'],
    ['two', ['1 500', '3 000'], '1 500 to 3 000'],
    ['two', '1 500', '1 500 to '],
    ['dollar', ['5'], 'costs $5'],
    ['missing', undefined, ''],
  ])('%s with %j → %s', (name, subs, text) => {
    expect(getMessage(name, subs)).toBe(text);
  });
});
