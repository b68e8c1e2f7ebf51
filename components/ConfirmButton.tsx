import { useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void | Promise<void>;
  disabled?: boolean;
}

/**
 * A destructive action in two steps: the button asks the question in place, with the confirming button focused;
 * Escape or the cancel button goes back. Focus returns to the first button after a cancel.
 */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, disabled = false }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  const go = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  if (!asking) {
    return (
      <button ref={start} type="button" class="danger" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p>{question}</p>
      <button ref={confirm} type="button" class="danger" disabled={busy} onClick={go}>
        {confirmLabel}
      </button>{' '}
      <button type="button" disabled={busy} onClick={cancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
