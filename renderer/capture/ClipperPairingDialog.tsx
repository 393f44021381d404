import { useCallback, useId, useState } from 'react';
import { useModalDialog } from '../app/use-modal-dialog.js';
import type { ClipperPairingOffer } from '../../core/model/capture-activity.js';
import { useApi } from '../api/api-context.js';

interface ClipperPairingDialogProps {
  isOpen: boolean;
  onClose: () => void;
  onError: (error: unknown) => void;
}

/**
 * Pairing a browser clipper: the six-digit code the user types into the clipper's options page,
 * and where the app listens. A new code voids the one before.
 */
export function ClipperPairingDialog({ isOpen, onClose, onError }: ClipperPairingDialogProps) {
  const api = useApi();
  const id = useId();
  const [offer, setOffer] = useState<ClipperPairingOffer | null>(null);

  const newCode = useCallback(() => {
    setOffer(null);
    api.startClipperPairing({}).then(setOffer, (error: unknown) => {
      onError(error);
      onClose();
    });
  }, [api, onClose, onError]);

  const dialogRef = useModalDialog(isOpen, () => {
    newCode();
  });

  return (
    <dialog ref={dialogRef} className="app-dialog pairing-dialog" aria-labelledby={`${id}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <h2 id={`${id}-title`}>Pair browser clipper</h2>
      <p>
        Install the Research Notes Clipper in your browser (its packages are in <code>dist/clipper</code>), open its options, and type
        this code. Pages you send from the browser then arrive here, with your selection as the first highlight.
      </p>
      {offer === null ? (
        <p role="status">Making a code…</p>
      ) : (
        <>
          <p className="pairing-code" aria-label="Pairing code" data-testid="pairing-code">{offer.code}</p>
          <p className="pairing-help">
            Good until {new Date(offer.expiresAt).toLocaleTimeString()}, for five tries.{' '}
            {offer.port === null
              ? 'The clipper cannot reach the app now: every port it looks on is in use by another program.'
              : `The app listens for the clipper on 127.0.0.1, port ${offer.port}, and accepts pages only from clippers paired with this library.`}
          </p>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={newCode}>New code</button>
        <button type="button" className="button button-primary" onClick={onClose}>Done</button>
      </div>
    </dialog>
  );
}
