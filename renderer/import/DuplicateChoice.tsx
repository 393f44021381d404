import { useId } from 'react';
import type { ErrorArticle } from '../../core/api/api-error.js';

/** What can be done with a source the library already holds. */
export type DuplicateAnswer = 'open' | 'update' | 'keep-both';

interface DuplicateChoiceProps {
  /** The article already in the library; null when the library did not say which (an older shell). */
  existing: ErrorArticle | null;
  /** The library's own words, shown only when it did not say which article. */
  message: string;
  onChoose: (choice: DuplicateAnswer) => void;
}

/**
 * "This is already in the library" asked as a question about the article by its title, with its
 * three answers: open that article, update it with this version, or keep both. A choice to make,
 * not a failure, so it is not styled or announced as an error.
 */
export function DuplicateChoice({ existing, message, onChoose }: DuplicateChoiceProps) {
  const id = useId();
  return (
    <div className="duplicate-question" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} className="duplicate-question-text">
        {existing ? (
          <>
            Already in your library: <cite dir="auto">“{existing.title}”</cite>. Open it, update it with this version, or keep both?
          </>
        ) : (
          `${message} What would you like to do?`
        )}
      </p>
      <span className="duplicate-choice">
        {existing && <button type="button" className="button button-small" onClick={() => onChoose('open')}>Open existing</button>}
        <button type="button" className="button button-small" onClick={() => onChoose('update')}>Update existing</button>
        <button type="button" className="button button-small" onClick={() => onChoose('keep-both')}>Keep both</button>
      </span>
    </div>
  );
}
