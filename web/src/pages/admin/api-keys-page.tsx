import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import type { ApiKey } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice } from '../../components/notice';
import { SecretShownOnce } from '../../components/secret-once';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { AdminLayout } from './admin-layout';
import { scrollRegion } from '../../components/scroll-region';

const scopes = ['read', 'bookings:write', 'catalogue:write', 'payments:write', 'admin'] as const;
type Scope = (typeof scopes)[number];

export function ApiKeysPage() {
  return (
    <AdminLayout section="api-keys">
      <ApiKeys />
    </AdminLayout>
  );
}

/** Keys for integrations: made with scopes, the secret shown once, revoked with one click. */
function ApiKeys() {
  const { t, org, locale } = useApp();
  const loaded = useLoad(() => api.apiKeys(), []);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Set<Scope>>(new Set(['read']));
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('apiKeys.title'));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const made = await api.createApiKey({ name, scopes: scopes.filter((scope) => chosen.has(scope)) });
      setSecret(made.secret);
      setName('');
      loaded.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async () => {
    if (!revoking) return;
    setBusy(true);
    setError(null);
    try {
      await api.revokeApiKey(revoking.id);
      setRevoking(null);
      loaded.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (scope: Scope) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(scope)) next.delete(scope);
      else next.add(scope);
      return next;
    });

  return (
    <section>
      <h1>{t('apiKeys.title')}</h1>
      <p className="muted">{t('apiKeys.intro')}</p>
      {secret && (
        <SecretShownOnce
          intro={t('apiKeys.shownOnce')}
          secret={secret}
          testId="api-key-secret"
          copy={{ label: t('apiKeys.copy'), done: t('apiKeys.copied') }}
        />
      )}
      {error !== null && <ErrorNotice error={error} />}
      <form className="card stack" onSubmit={create}>
        <h2>{t('apiKeys.new')}</h2>
        <label className="field">
          <span>{t('apiKeys.name')}</span>
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} />
        </label>
        <fieldset>
          <legend>{t('apiKeys.scopes')}</legend>
          {scopes.map((scope) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" checked={chosen.has(scope)} onChange={() => toggle(scope)} />
              <span>
                <code>{scope}</code> — {t(`apiKeys.scope.${scope}`)}
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy || chosen.size === 0}>
          {t('apiKeys.create')}
        </button>
      </form>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.data && loaded.data.keys.length === 0 && <p className="empty">{t('apiKeys.none')}</p>}
      {loaded.data && loaded.data.keys.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('apiKeys.title'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('apiKeys.name')}</th>
                <th scope="col">{t('apiKeys.scopes')}</th>
                <th scope="col">{t('apiKeys.lastUsed')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.keys.map((key) => (
                <tr key={key.id}>
                  <td>
                    {key.name}
                    <div className="muted">
                      <code>{key.prefix}…</code>
                    </div>
                  </td>
                  <td>{key.scopes.join(', ')}</td>
                  <td className="nowrap">
                    {key.lastUsedAt
                      ? formatInstant(key.lastUsedAt, 'shortDateTime', locale, org.timeZone)
                      : t('apiKeys.never')}
                  </td>
                  <td>
                    {key.revokedAt ? (
                      <span className="muted">{t('apiKeys.revoked')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => setRevoking(key)}
                        aria-label={`${t('apiKeys.revoke')}: ${key.name}`}
                      >
                        {t('apiKeys.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revoking && (
        <ConfirmDialog
          title={t('apiKeys.revokeTitle', { name: revoking.name })}
          confirmLabel={t('apiKeys.revoke')}
          cancelLabel={t('apiKeys.keep')}
          danger
          busy={busy}
          error={null}
          onConfirm={() => void revoke()}
          onClose={() => setRevoking(null)}
        >
          <p>{t('apiKeys.revokeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
