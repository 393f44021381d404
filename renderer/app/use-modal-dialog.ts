import { useEffect, useRef, type RefObject } from 'react';

/**
 * A `<dialog>` shown modal while `isOpen` and closed otherwise; put the returned ref on it.
 * `onOpen` runs each time it opens, before it shows (to reset a form); the latest one is used,
 * so it may read current props and state without reopening the dialog when they change.
 */
export function useModalDialog(isOpen: boolean, onOpen?: () => void): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      onOpenRef.current?.();
      dialog.showModal();
    }
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return dialogRef;
}
