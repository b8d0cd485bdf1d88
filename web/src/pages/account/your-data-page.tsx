import { useState } from 'react';
import { api } from '../../api/api';
import { downloadFile } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, Notice } from '../../components/notice';
import { useAttempt } from '../../hooks/use-attempt';
import { usePageTitle } from '../../hooks/use-page-title';
import { useLocation } from '../../router';

/**
 * The page the mailed data link opens (/your-data?token=…): a guest downloads everything held about
 * them, or erases it. The server says why not when something is unpaid or the link has expired.
 */
export function YourDataPage() {
  const { org, t } = useApp();
  const { query } = useLocation();
  const token = query.get('token');
  const [asking, setAsking] = useState(false);
  const [erased, setErased] = useState(false);
  const download = useAttempt();
  const erasure = useAttempt();
  usePageTitle(t('guestData.title'));

  const erase = (key: string) =>
    void erasure.attempt(async () => {
      await api.eraseGuest(key);
      setAsking(false);
      setErased(true);
    });

  return (
    <section className="narrow stack">
      <h1>{t('guestData.title')}</h1>
      {!token && <Notice kind="error">{t('guestData.missingToken')}</Notice>}
      {erased && <Notice kind="success">{t('guestData.erasedNow')}</Notice>}
      {token && !erased && (
        <>
          <p>{t('guestData.pageHint', { org: org.name })}</p>
          {download.error !== null && <ErrorNotice error={download.error} />}
          <p className="row-actions">
            <button
              type="button"
              className="button"
              disabled={download.busy}
              onClick={() =>
                void download.attempt(() =>
                  downloadFile(`/api/v1/guest-data/${encodeURIComponent(token)}`, 'my-data.json'),
                )
              }
            >
              {t('guestData.download')}
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => setAsking(true)}>
              {t('guestData.erase')}
            </button>
          </p>
          {asking && (
            <ConfirmDialog
              title={t('guestData.eraseTitle')}
              confirmLabel={t('guestData.eraseConfirm')}
              cancelLabel={t('guestData.eraseKeep')}
              danger
              busy={erasure.busy}
              error={erasure.error}
              onConfirm={() => erase(token)}
              onClose={() => {
                setAsking(false);
                erasure.setError(null);
              }}
            >
              <p>{t('guestData.eraseBody')}</p>
            </ConfirmDialog>
          )}
        </>
      )}
    </section>
  );
}
