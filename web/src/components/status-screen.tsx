/** A whole-page message shown before the app can start: loading, or the server is unreachable. */
export function StatusScreen({ text, retry }: { text: string; retry?: { label: string; onClick(): void } }) {
  return (
    <main className="status-screen" aria-live="polite">
      <p>{text}</p>
      {retry && (
        <button type="button" className="button" onClick={retry.onClick}>
          {retry.label}
        </button>
      )}
    </main>
  );
}
