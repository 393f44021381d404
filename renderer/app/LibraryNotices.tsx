import { useEffect, useState } from 'react';
import './library-notices.css';
import { useApi } from '../api/api-context.js';

/**
 * What the library repaired when it opened (getLibraryInfo().notices: an index rebuilt, a file
 * restored from its backup, a read-only library...), shown until dismissed. Asked again when the
 * library's data changes, since a read can find a lost file too.
 */
export function LibraryNotices({ version }: { version: number }) {
  const api = useApi();
  const [notices, setNotices] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let current = true;
    void api.getLibraryInfo({}).then(
      (info) => current && setNotices(info.notices),
      // Without the library's information there is nothing to say here; other calls report their errors.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, version]);
  const shown = notices.filter((notice) => !dismissed.has(notice));
  if (shown.length === 0) return null;
  return (
    <section className="library-notices" aria-label="Library notices">
      <ul>
        {shown.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button button-quiet" onClick={() => setDismissed(new Set(notices))}>Dismiss</button>
    </section>
  );
}
