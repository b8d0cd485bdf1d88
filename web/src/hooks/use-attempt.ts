import { useCallback, useState } from 'react';

/**
 * The state of one thing a person asks for (save, cancel, refund): busy while it runs, and the
 * error it ended with, for an ErrorNotice. `attempt` clears the old error and catches the new one.
 */
export function useAttempt() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attempt = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, attempt };
}
