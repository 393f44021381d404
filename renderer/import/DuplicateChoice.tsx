/** The two answers to "this is already in the library". */
export function DuplicateChoice({ onChoose }: { onChoose: (choice: 'update' | 'keep-both') => void }) {
  return (
    <span className="duplicate-choice">
      <button type="button" className="button button-small" onClick={() => onChoose('update')}>Update existing</button>
      <button type="button" className="button button-small" onClick={() => onChoose('keep-both')}>Keep both</button>
    </span>
  );
}
