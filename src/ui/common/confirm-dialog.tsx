import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogAction {
  label: string;
  onSelect: () => void;
  variant?: 'primary' | 'danger' | 'plain';
}

interface Props {
  title: string;
  children: ReactNode;
  actions: DialogAction[];
  /** Escape calls this; it should close without acting. */
  onCancel: () => void;
}

/**
 * A small modal dialog: focus moves to its first button, Tab stays inside,
 * Escape cancels and focus returns to whatever opened it.
 */
export function ConfirmDialog({ title, children, actions, onCancel }: Props) {
  const titleId = useId();
  const bodyId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('button')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        cancel.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('button') ?? [])];
      const first = buttons[0];
      const last = buttons[buttons.length - 1];
      const inside = ref.current?.contains(document.activeElement) ?? false;
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault();
        first?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <div className="dialog-backdrop">
      <div ref={ref} className="dialog panel" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId}>
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId}>{children}</div>
        <div className="dialog-actions">
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              className={`button${action.variant === 'primary' ? ' button-primary' : action.variant === 'danger' ? ' button-danger' : ''}`}
              onClick={action.onSelect}
            >
              {action.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
