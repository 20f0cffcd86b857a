// Runtime: browser. A redline of the matter's text against the library's: deletions struck
// through, insertions underlined, word by word, as a lawyer marks up a draft.
import { diffWords } from 'diff';

export function Redline({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <div className="redline" aria-label="Changes against the library text">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>{p.value}</ins>
        ) : p.removed ? (
          <del key={i}>{p.value}</del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </div>
  );
}
