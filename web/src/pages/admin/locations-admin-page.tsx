import { useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { addressText } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { AdminLayout, useIsAdmin } from './admin-layout';
import { EditDeleteActions } from './catalogue-bits';
import { scrollRegion } from '../../components/scroll-region';

export function LocationsAdminPage() {
  return (
    <AdminLayout section="locations">
      <LocationsAdmin />
    </AdminLayout>
  );
}

function LocationsAdmin() {
  const { t, locale } = useApp();
  const isAdmin = useIsAdmin();
  const loaded = useLoad(() => api.locations(), []);
  const [deleted, setDeleted] = useState<string | null>(null);
  usePageTitle(t('admin.locations'));
  const locations = loaded.data?.locations;
  return (
    <section>
      <div className="heading-row">
        <h1>{t('admin.locations')}</h1>
        {isAdmin && (
          <Link className="button button-primary" to="/admin/locations/new">
            {t('location.new')}
          </Link>
        )}
      </div>
      {deleted && <Notice kind="success">{t('admin.deleted', { title: deleted })}</Notice>}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !locations && <p>{t('app.loading')}</p>}
      {locations?.length === 0 && <p className="empty">{t('location.none')}</p>}
      {locations && locations.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('admin.locations'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('location.name')}</th>
                <th scope="col">{t('location.address')}</th>
                <th scope="col">{t('catalogue.timeZone')}</th>
                {isAdmin && <th scope="col">{t('admin.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {locations.map((location) => (
                <tr key={location.id}>
                  <td>{location.name}</td>
                  <td>{addressText(location, locale) || <span className="muted">—</span>}</td>
                  <td className="nowrap">{location.timeZone}</td>
                  {isAdmin && (
                    <td>
                      <span className="row-actions">
                        <EditDeleteActions
                          name={location.name}
                          editTo={`/admin/locations/${location.id}/edit`}
                          deleteText={t('location.deleteText')}
                          onDelete={() => api.deleteLocation(location.id)}
                          onDeleted={() => {
                            setDeleted(location.name);
                            loaded.reload();
                          }}
                        />
                      </span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
