import type { ComponentChildren } from 'preact';

/**
 * Why the popup has no list to show, and what to do about it. A live region, so a screen reader hears the
 * state change (e.g. from "Reading the page…" to "No figures here").
 */
export function EmptyState({ title, children, state }: { title: string; children?: ComponentChildren; state: string }) {
  return (
    <section class="empty" role="status" data-state={state}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
