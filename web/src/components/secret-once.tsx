import { type ReactNode, useState } from 'react';
import { Notice } from './notice';

/**
 * A secret the server shows only once (an API key, a webhook's signing secret): what to do with it, the
 * secret itself, and, where given, a button that copies it and a note below.
 */
export function SecretShownOnce({
  intro,
  secret,
  testId,
  copy,
  note,
}: {
  intro: string;
  secret: string;
  testId: string;
  copy?: { label: string; done: string };
  note?: ReactNode;
}) {
  // Which secret was copied: a new one (a rotation) has not been yet.
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <Notice kind="success">
      <p>{intro}</p>
      <p>
        <code data-testid={testId} className="break">
          {secret}
        </code>
      </p>
      {copy && (
        <button
          type="button"
          className="button button-small"
          onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(secret))}
        >
          {copied === secret ? copy.done : copy.label}
        </button>
      )}
      {note}
    </Notice>
  );
}
