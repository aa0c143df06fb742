import { usePageText } from '../audit-stats.messages.js';

export function SuppressionNote({ id, threshold }: { id: string; threshold: number }) {
  const { tx } = usePageText();
  return (
    <p className="hint footnote" id={id}>
      {tx('stats.suppressedNote', { threshold })}
    </p>
  );
}
