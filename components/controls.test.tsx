// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './ConfirmButton';
import { DisabledSites } from './DisabledSites';
import { useLocale } from './i18n-fixture';
import { SiteSwitch } from './SiteSwitch';
import { StyleChoice } from './StyleChoice';

afterEach(cleanup);
beforeEach(() => useLocale('en'));

describe('SiteSwitch', () => {
  it('is a labelled switch that reports the new state', () => {
    const onChange = vi.fn();
    const { getByRole } = render(<SiteSwitch host="www.lemonde.fr" enabled onChange={onChange} />);
    const input = getByRole('switch', { name: 'Recoupe on www.lemonde.fr' }) as HTMLInputElement;
    expect(input.checked).toBe(true);
    fireEvent.click(input);
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('cannot be used while a change is taking effect', () => {
    const { getByRole } = render(<SiteSwitch host="a.example" enabled={false} busy onChange={() => {}} />);
    expect((getByRole('switch') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('ConfirmButton', () => {
  const props = { label: 'Remove my claims', question: 'Really?', confirmLabel: 'Remove', cancelLabel: 'Keep them' };

  it('asks before acting, with the confirming button focused', async () => {
    const onConfirm = vi.fn();
    const { getByRole, queryByText } = render(<ConfirmButton {...props} onConfirm={onConfirm} />);
    fireEvent.click(getByRole('button', { name: 'Remove my claims' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(queryByText('Really?')).not.toBeNull();
    const confirm = getByRole('button', { name: 'Remove' });
    await vi.waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(confirm);
    await vi.waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(getByRole('button', { name: 'Remove my claims' })).toBeTruthy());
  });

  it.each([
    ['the cancel button', (el: Element) => fireEvent.click(el.querySelector('button:last-of-type')!)],
    ['Escape', (el: Element) => fireEvent.keyDown(el.querySelector('[role=group]')!, { key: 'Escape' })],
  ])('goes back on %s, focus on the first button, nothing done', async (_name, cancel) => {
    const onConfirm = vi.fn();
    const { getByRole, container } = render(<ConfirmButton {...props} onConfirm={onConfirm} />);
    fireEvent.click(getByRole('button', { name: 'Remove my claims' }));
    cancel(container);
    const start = getByRole('button', { name: 'Remove my claims' });
    await vi.waitFor(() => expect(document.activeElement).toBe(start));
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('StyleChoice', () => {
  it('offers each highlight style as a radio button', () => {
    const onChange = vi.fn();
    const { getByRole } = render(<StyleChoice value="underline" onChange={onChange} />);
    expect((getByRole('radio', { name: /Underline/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(getByRole('radio', { name: /Background colour/ }));
    expect(onChange).toHaveBeenCalledWith('background');
  });
});

describe('DisabledSites', () => {
  it('lists the sites with a button each, and one for all', () => {
    const onEnable = vi.fn();
    const onReset = vi.fn();
    const { getByRole, getAllByRole } = render(<DisabledSites sites={['a.example', 'b.example']} onEnable={onEnable} onReset={onReset} />);
    expect(getAllByRole('listitem').map((li) => li.querySelector('.sites__host')!.textContent)).toEqual(['a.example', 'b.example']);
    fireEvent.click(getByRole('button', { name: 'Turn on b.example' }));
    expect(onEnable).toHaveBeenCalledWith('b.example');
    fireEvent.click(getByRole('button', { name: 'Turn Recoupe back on everywhere' }));
    expect(onReset).toHaveBeenCalled();
  });

  it('says so when Recoupe is on everywhere', () => {
    const { container, queryAllByRole } = render(<DisabledSites sites={[]} onEnable={() => {}} onReset={() => {}} />);
    expect(queryAllByRole('button')).toHaveLength(0);
    expect(container.textContent).toBe('None. Recoupe runs on every news site.');
  });
});
