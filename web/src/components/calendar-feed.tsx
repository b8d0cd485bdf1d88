import { useState } from 'react';
import { api } from '../api/api';
import { useApp } from '../app-context';
import { useLoad } from '../hooks/use-load';
import { Field } from './field';

/**
 * The signed-in customer's own calendar feed: one address that a calendar app subscribes to and keeps
 * up to date with every booking (new, moved, cancelled). The address is secret, so it is shown only
 * here, to its owner.
 */
export function CalendarFeed() {
  const { t } = useApp();
  const loaded = useLoad(() => api.myCalendar(), []);
  const [copied, setCopied] = useState(false);
  const url = loaded.data?.url;
  if (!url) return null;
  const copy = () =>
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  // webcal:// asks the device's calendar app to subscribe rather than download the file once.
  const webcal = url.replace(/^https?:\/\//, 'webcal://');
  return (
    <section className="calendar-feed" aria-labelledby="calendar-feed-title" data-testid="calendar-feed">
      <h2 id="calendar-feed-title">{t('studio.feed.title')}</h2>
      <p className="muted">{t('studio.feed.hint')}</p>
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
      </p>
    </section>
  );
}
