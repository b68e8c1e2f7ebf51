import { describe, expect, it } from 'vitest';
import { IsoDate, Quantity } from './vocabulary';

describe('IsoDate', () => {
  it.each(['2024-10-23', '2024-10', '2025-02-28'])('accepts %s', (d) => expect(IsoDate.safeParse(d).success).toBe(true));
  it.each(['2024-13', '2024-10-32', '23/10/2024', '2024'])('rejects %s', (d) => expect(IsoDate.safeParse(d).success).toBe(false));
});

describe('Quantity', () => {
  it('accepts an open-ended "more than" quantity', () => {
    expect(Quantity.parse({ value: 3000, min: 3000, max: null, qualifier: 'more_than' }).max).toBeNull();
  });
});
