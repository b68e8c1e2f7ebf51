import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { ExportFormat, ExportScope } from '@/lib/database/export';

export interface ExportFile {
  text: string;
  fileName: string;
  mimeType: string;
}

/** Saves `file` through the browser's download of a blob address (no "downloads" permission needed). */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the delay only covers slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Which claims (all, or only the user's) in which format (ours, or ClaimReview JSON-LD), then one download. */
export function ExportPanel({ exportFile }: { exportFile(scope: ExportScope, format: ExportFormat): Promise<ExportFile> }) {
  const [scope, setScope] = useState<ExportScope>('all');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [status, setStatus] = useState<{ saved: string } | { error: string } | null>(null);

  const save = async () => {
    try {
      const file = await exportFile(scope, format);
      download(file);
      setStatus({ saved: file.fileName });
    } catch (error) {
      setStatus({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="export" data-testid="export">
      <p class="muted">{i18n.t('options.export.help')}</p>
      <fieldset>
        <legend>{i18n.t('options.export.which')}</legend>
        {(['all', 'user'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="export-scope" value={value} checked={scope === value} onChange={() => setScope(value)} /> {i18n.t(`options.export.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.export.format')}</legend>
        {(['json', 'claimreview'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} />{' '}
            {i18n.t(`options.export.${value}`)}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" class="primary" onClick={() => void save()}>
          {i18n.t('options.export.download')}
        </button>
      </p>
      <p aria-live="polite">
        {status && 'saved' in status && i18n.t('options.export.done', [status.saved])}
        {status && 'error' in status && i18n.t('options.error', [status.error])}
      </p>
    </div>
  );
}
