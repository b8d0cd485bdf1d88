import { useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Price } from '../../components/class-bits';
import { ErrorNotice, Notice } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { AdminLayout, useIsAdmin } from './admin-layout';
import { ActiveBadge, EditDeleteActions, whereText } from './catalogue-bits';
import { scrollRegion } from '../../components/scroll-region';

export function ServicesAdminPage() {
  return (
    <AdminLayout section="services">
      <ServicesAdmin />
    </AdminLayout>
  );
}

function ServicesAdmin() {
  const { t, tn } = useApp();
  const isAdmin = useIsAdmin();
  const loaded = useLoad(() => Promise.all([api.services(), api.locations()]), []);
  const [deleted, setDeleted] = useState<string | null>(null);
  usePageTitle(t('admin.services'));
  const [services, locations] = loaded.data ? [loaded.data[0].services, loaded.data[1].locations] : [];
  return (
    <section>
      <div className="heading-row">
        <h1>{t('admin.services')}</h1>
        {isAdmin && (
          <Link className="button button-primary" to="/admin/services/new">
            {t('service.new')}
          </Link>
        )}
      </div>
      {deleted && <Notice kind="success">{t('admin.deleted', { title: deleted })}</Notice>}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !services && <p>{t('app.loading')}</p>}
      {services?.length === 0 && <p className="empty">{t('service.none')}</p>}
      {services && services.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('admin.services'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('service.name')}</th>
                <th scope="col">{t('service.duration')}</th>
                <th scope="col">{t('admin.price')}</th>
                <th scope="col">{t('service.where')}</th>
                <th scope="col">{t('admin.status')}</th>
                {isAdmin && <th scope="col">{t('admin.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {services.map((service) => (
                <tr key={service.id} className={service.active ? undefined : 'row-off'}>
                  <td>
                    {service.name}
                    {service.active && service.providerIds.length === 0 ? (
                      <div className="warning-text">{tn('service.providerCount', 0)}</div>
                    ) : (
                      <div className="muted">{tn('service.providerCount', service.providerIds.length)}</div>
                    )}
                  </td>
                  <td className="nowrap">{t('catalogue.minutes', { count: service.durationMinutes })}</td>
                  <td className="nowrap">
                    <Price money={service.price} />
                  </td>
                  <td>{whereText(service.where, locations, t)}</td>
                  <td>
                    <ActiveBadge active={service.active} />
                  </td>
                  {isAdmin && (
                    <td>
                      <span className="row-actions">
                        <EditDeleteActions
                          name={service.name}
                          editTo={`/admin/services/${service.id}/edit`}
                          deleteText={t('service.deleteText')}
                          onDelete={() => api.deleteService(service.id)}
                          onDeleted={() => {
                            setDeleted(service.name);
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
