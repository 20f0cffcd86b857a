// Runtime: browser. Progress indication for anything that takes more than half a second: the
// indicator appears only after 500 ms, so quick operations do not flicker.
import { useEffect, useState } from 'react';

export function Pending({ active, label }: { active: boolean; label: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return setShown(false);
    const t = setTimeout(() => setShown(true), 500);
    return () => clearTimeout(t);
  }, [active]);
  if (!shown) return null;
  return (
    <span className="pending" role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </span>
  );
}

export function ErrorNote({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error-note" role="alert">
      {message}
    </p>
  );
}
