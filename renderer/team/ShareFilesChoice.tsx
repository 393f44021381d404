import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context.js';
import { describeError } from '../app/describe-error.js';

/**
 * Whether the team sync sends this library's originals and archived pages (a library setting, so
 * the command line's sync follows it too). Saved at once, like every other change.
 */
export function ShareFilesChoice({ isOpen }: { isOpen: boolean }) {
  const api = useApi();
  const [share, setShare] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!isOpen) return;
    let isCurrent = true;
    api.getSettings({}).then(
      (settings) => isCurrent && setShare(settings.shareFilesWithTeam),
      (error: unknown) => isCurrent && setProblem(describeError(error)),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, isOpen]);

  const change = async (next: boolean) => {
    setProblem(null);
    // Shown at once; put back when the library could not save it.
    setShare(next);
    try {
      setShare((await api.updateSettings({ shareFilesWithTeam: next })).shareFilesWithTeam);
    } catch (error) {
      setShare(!next);
      setProblem(describeError(error));
    }
  };

  return (
    <div className="team-share-files">
      <label>
        <input type="checkbox" checked={share ?? true} disabled={share === null} onChange={(event) => void change(event.target.checked)} />
        Send this library&apos;s originals and archived pages to the team
      </label>
      <p className="field-hint">
        {share === false
          ? 'They stay on this computer; the team gets the text and highlights only.'
          : 'Each travels once, as an attachment. Files from the team are kept only when their SHA-256 is the one the article records.'}
      </p>
      {problem && <p role="alert" className="team-error">{problem}</p>}
    </div>
  );
}
