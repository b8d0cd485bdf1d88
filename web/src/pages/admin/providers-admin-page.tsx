import { useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { AdminLayout, useIsAdmin } from './admin-layout';
import { ActiveBadge, EditDeleteActions } from './catalogue-bits';
import { scrollRegion } from '../../components/scroll-region';

export function ProvidersAdminPage() {
  return (
    <AdminLayout section="providers">
      <ProvidersAdmin />
    </AdminLayout>
  );
}

function ProvidersAdmin() {
  const { t } = useApp();
  const isAdmin = useIsAdmin();
  const loaded = useLoad(() => Promise.all([api.providers(), api.services()]), []);
  const [deleted, setDeleted] = useState<string | null>(null);
  usePageTitle(t('admin.providers'));
  const [providers, services] = loaded.data ? [loaded.data[0].providers, loaded.data[1].services] : [];
  const serviceNames = (ids: string[] = []) =>
    ids
      .map((id) => services?.find((service) => service.id === id)?.name)
      .filter(Boolean)
      .join(', ');
  return (
    <section>
      <div className="heading-row">
        <h1>{t('admin.providers')}</h1>
        {isAdmin && (
          <Link className="button button-primary" to="/admin/providers/new">
            {t('provider.new')}
          </Link>
        )}
      </div>
      {deleted && <Notice kind="success">{t('admin.deleted', { title: deleted })}</Notice>}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !providers && <p>{t('app.loading')}</p>}
      {providers?.length === 0 && <p className="empty">{t('provider.none')}</p>}
      {providers && providers.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('admin.providers'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('provider.name')}</th>
                <th scope="col">{t('admin.services')}</th>
                <th scope="col">{t('catalogue.timeZone')}</th>
                <th scope="col">{t('admin.status')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {providers.map((provider) => (
                <tr key={provider.id} className={provider.active ? undefined : 'row-off'}>
                  <td>
                    <Link to={`/admin/providers/${provider.id}`}>{provider.name}</Link>
                  </td>
                  <td>{serviceNames(provider.serviceIds) || <span className="muted">—</span>}</td>
                  <td className="nowrap">{provider.timeZone}</td>
                  <td>
                    <ActiveBadge active={provider.active} />
                  </td>
                  <td>
                    <span className="row-actions">
                      <Link
                        className="button button-small button-quiet"
                        to={`/admin/providers/${provider.id}`}
                        aria-label={`${t('provider.schedule')}: ${provider.name}`}
                      >
                        {t('provider.schedule')}
                      </Link>
                      {isAdmin && (
                        <EditDeleteActions
                          name={provider.name}
                          editTo={`/admin/providers/${provider.id}/edit`}
                          deleteText={t('provider.deleteText')}
                          onDelete={() => api.deleteProvider(provider.id)}
                          onDeleted={() => {
                            setDeleted(provider.name);
                            loaded.reload();
                          }}
                        />
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
