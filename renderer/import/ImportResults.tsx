import { DuplicateChoice } from './DuplicateChoice.js';
import type { ImportBatch } from './use-import-batch.js';
import type { ImportItem } from './import-item.js';

/** The progress bar and one result line per source of a batch import, with the choice a duplicate needs. */
export function ImportResults({ batch, onOpenExisting }: { batch: ImportBatch; onOpenExisting: (articleId: string) => void }) {
  const total = batch.items.length;
  return (
    <div className="import-batch">
      <div className="import-progress-row">
        <progress className="import-progress" aria-label="Import progress" max={total} value={batch.doneCount} />
        <span className="import-progress-count" aria-hidden="true">
          {batch.doneCount} of {total}
        </span>
      </div>
      <ul className="import-results" aria-label="Import results">
        {batch.items.map((item) => (
          <li key={item.key} className={`import-result import-result-${item.state}`}>
            <span className="import-result-name">{item.source.label}</span>
            {item.state === 'duplicate' ? (
              <DuplicateChoice
                existing={item.duplicateOf ?? null}
                message={item.message}
                onChoose={(choice) => (choice === 'open' ? item.duplicateOf && onOpenExisting(item.duplicateOf.id) : batch.resolveDuplicate(item.key, choice))}
              />
            ) : (
              <span className="import-result-text">{resultText(item)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function resultText(item: ImportItem): string {
  switch (item.state) {
    case 'waiting':
      return 'Waiting';
    case 'importing':
      return 'Importing…';
    case 'imported':
      return `Imported: ${item.article?.title ?? ''}`;
    case 'updated':
      return `Updated: ${item.article?.title ?? ''}`;
    case 'duplicate':
      return 'Already in the library';
    case 'failed':
      return `Failed: ${item.message}`;
    case 'cancelled':
      return 'Cancelled: not imported';
  }
}
