import { useState } from 'react';
import { useApp } from '../app-context';
import type { MessageKey } from '../i18n/messages';
import { useAttempt } from '../hooks/use-attempt';
import { useLoad } from '../hooks/use-load';
import { ConfirmDialog } from './confirm-dialog';
import { Field } from './field';
import { Notice } from './notice';

/**
 * A calendar feed of one's own: one address that a calendar app subscribes to and keeps up to date
 * with every booking (new, moved, cancelled). The address is secret, so it is shown only to its
 * owner, who can replace it when it got out: the old one then opens nothing.
 */
export function CalendarFeed({
  load,
  replace,
  title = 'studio.feed.title',
  hint = 'studio.feed.hint',
}: {
  load(): Promise<{ url: string }>;
  replace(): Promise<{ url: string }>;
  title?: MessageKey;
  hint?: MessageKey;
}) {
  const { t } = useApp();
  const loaded = useLoad(load, []);
  const [replaced, setReplaced] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [asking, setAsking] = useState(false);
  const { busy, error, attempt } = useAttempt();
  const url = replaced ?? loaded.data?.url;
  if (!url) return null;
  const copy = () =>
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  const confirmReplace = () =>
    attempt(async () => {
      setReplaced((await replace()).url);
      setCopied(false);
      setAsking(false);
    });
  // webcal:// asks the device's calendar app to subscribe rather than download the file once.
  const webcal = url.replace(/^https?:\/\//, 'webcal://');
  return (
    <section className="calendar-feed" aria-labelledby="calendar-feed-title" data-testid="calendar-feed">
      <h2 id="calendar-feed-title">{t(title)}</h2>
      <p className="muted">{t(hint)}</p>
      {replaced && <Notice kind="success">{t('studio.feed.replaced')}</Notice>}
      <Field label={t('studio.feed.address')}>
        {(control) => (
          <input {...control} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        )}
      </Field>
      <p className="link-row">
        {navigator.clipboard && (
          <button type="button" className="button button-quiet" onClick={copy}>
            {copied ? t('studio.feed.copied') : t('studio.feed.copy')}
          </button>
        )}
        <a className="button button-quiet" href={webcal}>
          {t('studio.feed.subscribe')}
        </a>
        <button type="button" className="button button-quiet" onClick={() => setAsking(true)}>
          {t('studio.feed.replace')}
        </button>
      </p>
      {asking && (
        <ConfirmDialog
          title={t('studio.feed.replaceTitle')}
          confirmLabel={t('studio.feed.replaceConfirm')}
          cancelLabel={t('studio.feed.replaceKeep')}
          busy={busy}
          error={error}
          onConfirm={() => void confirmReplace()}
          onClose={() => setAsking(false)}
        >
          <p>{t('studio.feed.replaceText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
