import { useEffect, useRef, type RefObject } from 'react';

/** A `<dialog>` shown modal while `isOpen` and closed otherwise; put the returned ref on it. */
export function useModalDialog(isOpen: boolean): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return dialogRef;
}
