import { api } from '../../api/api';
import type { Credits } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice } from '../../components/notice';
import { RequireUser } from '../../components/require-user';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';

export function CreditsPage() {
  return (
    <RequireUser>
      <MyCredits />
    </RequireUser>
  );
}

/** The balance that can be used now, each grant with its expiry, and the history, newest first. */
function MyCredits() {
  const { org, locale, t } = useApp();
  const loaded = useLoad(() => api.myCredits(), []);
  usePageTitle(t('credits.title'));
  const credits: Credits | null = loaded.data ?? null;
  const when = (iso: string) => formatInstant(iso, 'shortDateTime', locale, org.timeZone);
  return (
    <section className="narrow">
      <h1>{t('credits.title')}</h1>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !credits && <p>{t('app.loading')}</p>}
      {credits && (
        <>
          <p className="credits-balance" data-testid="credits-balance">
            {t('credits.balance', { count: credits.balance })}
          </p>
          <p>
            <Link to="/shop">{t('credits.buyMore')}</Link>
          </p>
          <h2>{t('credits.grants')}</h2>
          {credits.grants.length === 0 ? (
            <p className="empty">{t('credits.none')}</p>
          ) : (
            <ul className="credit-grants">
              {credits.grants.map((grant) => (
                <li key={grant.id}>
                  {t('credits.grantLine', { remaining: grant.remaining, credits: grant.credits })}
                  {' · '}
                  <span className="muted">
                    {grant.expiresAt
                      ? t(grant.expired ? 'credits.expired' : 'credits.expires', { when: when(grant.expiresAt) })
                      : t('credits.neverExpires')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h2>{t('credits.history')}</h2>
          <table className="credit-ledger">
            <thead>
              <tr>
                <th scope="col">{t('credits.when')}</th>
                <th scope="col">{t('credits.what')}</th>
                <th scope="col">{t('credits.change')}</th>
              </tr>
            </thead>
            <tbody>
              {credits.ledger.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{when(entry.createdAt)}</td>
                  <td>{t(`credits.kind.${entry.kind}`)}</td>
                  <td>{entry.delta > 0 ? `+${entry.delta}` : `−${-entry.delta}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
