import { i18n } from '#i18n';
import { useId, useRef, useState } from 'preact/hooks';
import { formatImportError, type ImportCounts, type ImportPreview } from '@/lib/database/import';
import type { UiLang } from '@/lib/i18n/format';
import { formatDate } from '@/lib/match/explain';
import type { ImportCheck } from '@/lib/messages/protocol';

export interface ImportPanelProps {
  lang: UiLang;
  /** Checks the file's text; writes nothing. */
  preview(text: string): Promise<ImportCheck>;
  /** Checks it again and writes it when every record is good. */
  commit(text: string): Promise<ImportCheck>;
  onImported(): void;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'checked'; name: string; text: string; check: ImportCheck }
  | { step: 'done'; count: number }
  | { step: 'failed'; message: string };

const toWrite = (c: ImportCounts) => c.added + c.replaced;

/**
 * Import in two steps: choosing a file only checks it and shows what it holds (or every problem, with where it
 * is); nothing is written until the import button is pressed.
 */
export function ImportPanel({ lang, preview, commit, onImported }: ImportPanelProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const choose = async (file: File | undefined) => {
    if (!file) return setState({ step: 'idle' });
    setState({ step: 'reading', name: file.name });
    try {
      const text = await file.text();
      setState({ step: 'checked', name: file.name, text, check: await preview(text) });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const reset = () => {
    if (input.current) input.current.value = '';
    setState({ step: 'idle' });
  };

  const write = async (name: string, text: string) => {
    try {
      const check = await commit(text);
      if (!check.ok) return setState({ step: 'checked', name, text, check });
      if (input.current) input.current.value = '';
      setState({ step: 'done', count: toWrite(check.preview.claims) });
      onImported();
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="import" data-testid="import">
      <p class="muted">{i18n.t('options.import.help')}</p>
      <p>
        <label for={inputId}>{i18n.t('options.import.file')}</label>{' '}
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(event) => void choose((event.currentTarget as HTMLInputElement).files?.[0])}
        />
      </p>
      <div aria-live="polite">
        {state.step === 'reading' && <p>{i18n.t('options.import.reading')}</p>}
        {state.step === 'done' && <p data-testid="import-done">{i18n.t('options.import.done', state.count)}</p>}
        {state.step === 'failed' && <p role="alert">{i18n.t('options.import.failed', [state.message])}</p>}
        {state.step === 'checked' && state.check.ok && (
          <ImportSummary name={state.name} preview={state.check.preview} lang={lang} onCommit={() => void write(state.name, state.text)} onCancel={reset} />
        )}
      </div>
      {state.step === 'checked' && !state.check.ok && (
        <div class="import__errors" role="alert" data-testid="import-errors">
          <p>{i18n.t('options.import.invalid', state.check.errors.length, [state.check.errors.length, state.name])}</p>
          <ol>
            {state.check.errors.map((error, i) => (
              <li key={i} data-position={error.position} data-code={error.code}>
                {formatImportError(error, lang)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

function ImportSummary({ name, preview, lang, onCommit, onCancel }: { name: string; preview: ImportPreview; lang: UiLang; onCommit(): void; onCancel(): void }) {
  const count = toWrite(preview.claims);
  const format = preview.format === 'json' ? i18n.t('options.import.formatJson') : i18n.t('options.import.formatClaimreview');
  const line = (label: string, c: ImportCounts) => i18n.t('options.import.counts', [label, c.total, c.added, c.replaced, c.unchanged]);
  return (
    <div class="import__preview" data-testid="import-preview">
      <p>
        <strong>{i18n.t('options.import.ready', [name, format])}</strong>
      </p>
      <ul>
        <li>{line(i18n.t('options.import.claims'), preview.claims)}</li>
        <li>{line(i18n.t('options.import.sources'), preview.sources)}</li>
        <li>{line(i18n.t('options.import.actors'), preview.actors)}</li>
        {preview.dateFrom && preview.dateTo && (
          <li>{i18n.t('options.import.dates', [formatDate(preview.dateFrom, lang), formatDate(preview.dateTo, lang)])}</li>
        )}
      </ul>
      <p class="actions">
        <button type="button" class="primary" disabled={count === 0} onClick={onCommit}>
          {i18n.t('options.import.commit', count)}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </p>
    </div>
  );
}
