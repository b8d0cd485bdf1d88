import { useState } from 'react';
import { downloadFile } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice } from '../../components/notice';
import type { MessageKey } from '../../i18n/messages';

const exports = ['payments', 'bookings', 'customers'] as const;

/** The organisation's payments, bookings and customers as CSV or JSON downloads (admins only). */
export function ExportsCard() {
  const { user, t } = useApp();
  const [failed, setFailed] = useState<unknown>(null);
  if (user?.role !== 'admin') return null;
  const download = (what: (typeof exports)[number], format: 'csv' | 'json') => {
    setFailed(null);
    downloadFile(`/api/v1/exports/${what}?format=${format}`, `${what}.${format}`).catch(setFailed);
  };
  return (
    <section className="card" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('history.exports')}</h2>
      <p>{t('history.exportsHint')}</p>
      {failed !== null && <ErrorNotice error={failed} />}
      <ul className="plain-list">
        {exports.map((what) => (
          <li key={what}>
            {t(`history.export.${what}` as MessageKey)}:{' '}
            <button type="button" className="button button-quiet" onClick={() => download(what, 'csv')}>
              CSV
            </button>{' '}
            <button type="button" className="button button-quiet" onClick={() => download(what, 'json')}>
              JSON
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
