// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from './i18n-fixture';
import { VerdictChip } from './VerdictChip';

afterEach(cleanup);

describe('VerdictChip', () => {
  it.each([
    ['fr', 'corroborated', 'Corroboré'],
    ['fr', 'conflicting', 'Contredit'],
    ['fr', 'mixed', 'Partagé'],
    ['fr', 'unverified', 'Non vérifié'],
    ['en', 'corroborated', 'Corroborated'],
    ['en', 'conflicting', 'Conflicting'],
  ] as const)('%s %s → "%s", with its own class for the line style', async (lang, verdict, label) => {
    await useLocale(lang);
    const { container } = render(<VerdictChip verdict={verdict} />);
    const chip = container.querySelector('.rc-chip')!;
    expect(chip.textContent).toBe(label);
    expect(chip.classList.contains(`rc-chip--${verdict}`)).toBe(true);
    expect(chip.querySelector('[aria-hidden="true"]')).not.toBeNull();
  });
});
