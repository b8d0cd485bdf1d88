import { useId, useState } from 'react';
import { api } from '../../api/api';
import type { ClassItem } from '../../api/client';
import { seriesApi } from '../../api/series-api';
import { useApp } from '../../app-context';
import { Price } from '../../components/class-bits';
import { ErrorNotice, Notice } from '../../components/notice';
import { addDays, formatInstant, formatTimeRange, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { AdminLayout, useIsAdmin } from './admin-layout';
import { type ClassChange, ClassActions } from './class-actions';
import { scrollRegion } from '../../components/scroll-region';
import { SetupChecklistCard } from './setup-checklist';

export function ClassesAdminPage() {
  return (
    <AdminLayout section="classes">
      <ClassesAdmin />
    </AdminLayout>
  );
}

function ClassesAdmin() {
  const { org, t } = useApp();
  const isAdmin = useIsAdmin();
  const { query } = useLocation();
  const recent = query.get('range') === 'recent';
  const loaded = useLoad(
    () =>
      recent
        ? api.classes({ from: addDays(todayIn(org.timeZone), -30), to: new Date().toISOString(), limit: 500 })
        : api.classes({ limit: 500 }),
    [recent, org.timeZone],
  );
  const [change, setChange] = useState<ClassChange | null>(null);
  usePageTitle(t('admin.classes'));

  const changed = (next: ClassChange) => {
    setChange(next);
    loaded.reload();
  };

  return (
    <section>
      <div className="heading-row">
        <h1>{t('admin.classes')}</h1>
        {isAdmin && (
          <span className="row-actions">
            <Link className="button button-primary" to="/admin/classes/new">
              {t('admin.newClass')}
            </Link>
            <Link className="button" to="/admin/series/new">
              {t('recurring.newSeries')}
            </Link>
            <FromTemplateMenu />
          </span>
        )}
      </div>
      {isAdmin && <SetupChecklistCard />}
      <nav className="tabs tabs-small" aria-label={t('admin.classes')}>
        <Link to="/admin" aria-current={recent ? undefined : 'page'}>
          {t('admin.upcoming')}
        </Link>
        <Link to="/admin?range=recent" aria-current={recent ? 'page' : undefined}>
          {t('admin.recent')}
        </Link>
      </nav>
      {change && <ChangeNotice change={change} />}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !loaded.data && <p>{t('app.loading')}</p>}
      {loaded.data && loaded.data.classes.length === 0 && <p className="empty">{t('admin.noClasses')}</p>}
      {loaded.data && loaded.data.classes.length > 0 && (
        <ClassTable
          classes={recent ? [...loaded.data.classes].reverse() : loaded.data.classes}
          onChange={isAdmin ? changed : null}
        />
      )}
    </section>
  );
}

/** "New class from template": the templates, each opening the class form filled in from it. */
function FromTemplateMenu() {
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const templates = useLoad(() => (open ? seriesApi.templates() : Promise.resolve(null)), [open]);
  return (
    <div className="template-menu">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {t('schedule.fromTemplate')}
      </button>
      {open && (
        <div id={listId} className="template-menu-list">
          {templates.error !== null && <ErrorNotice error={templates.error} />}
          {templates.data?.templates.length === 0 && <p className="empty">{t('schedule.noTemplates')}</p>}
          {templates.data && templates.data.templates.length > 0 && (
            <ul>
              {templates.data.templates.map((template) => (
                <li key={template.id}>
                  <Link to={`/admin/classes/new?template=${template.id}`}>{template.name}</Link>{' '}
                  <span className="muted">{template.title}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

export function ChangeNotice({ change }: { change: ClassChange }) {
  const { t, tn } = useApp();
  return (
    <Notice kind="success">
      {change.kind === 'cancelled'
        ? tn('admin.classCancelled', change.bookings)
        : change.kind === 'seriesCancelled'
          ? t('schedule.cancelledMany', {
              classes: tn('schedule.classCount', change.classes),
              bookings: tn('schedule.bookingCount', change.bookings),
            })
          : t('admin.deleted', { title: change.cls.title })}
    </Notice>
  );
}

function ClassTable({ classes, onChange }: { classes: ClassItem[]; onChange: ((change: ClassChange) => void) | null }) {
  const { locale, t } = useApp();
  // Each class's times are on its place's clock: named once when all share one, else on each row.
  const zones = [...new Set(classes.map((cls) => cls.timeZone))];
  const oneZone = zones.length === 1 ? zones[0] : undefined;
  const timeRange = (cls: ClassItem) => {
    const range = formatTimeRange(cls.startsAt, cls.endsAt, locale, cls.timeZone);
    return oneZone ? range : t('time.inZone', { time: range, zone: cls.timeZone });
  };
  return (
    <>
      {oneZone && <p className="muted">{t('week.timeZone', { zone: oneZone })}</p>}
      <div className="table-wrap" {...scrollRegion(t('admin.classes'))}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.when')}</th>
              <th scope="col">{t('admin.class')}</th>
              <th scope="col">{t('admin.booked')}</th>
              <th scope="col">{t('admin.price')}</th>
              <th scope="col">{t('admin.status')}</th>
              {onChange && <th scope="col">{t('admin.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {classes.map((cls) => (
              <tr key={cls.id} className={cls.status === 'cancelled' ? 'row-off' : undefined}>
                <td className="nowrap">
                  {formatInstant(cls.startsAt, 'shortDay', locale, cls.timeZone)}
                  <br />
                  <span className="muted">{timeRange(cls)}</span>
                </td>
                <td>
                  <Link to={`/admin/classes/${cls.id}`}>{cls.title}</Link>
                  {cls.instructorName && <div className="muted">{cls.instructorName}</div>}
                </td>
                <td className="nowrap">
                  {t('admin.bookedOf', { taken: cls.maxSpots - cls.spotsLeft, max: cls.maxSpots })}
                </td>
                <td className="nowrap">
                  <Price money={cls.price} />
                </td>
                <td>
                  <ClassStatus cls={cls} />
                </td>
                {onChange && (
                  <td>
                    <ClassActions cls={cls} onChange={onChange} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function ClassStatus({ cls }: { cls: ClassItem }) {
  const { t } = useApp();
  if (cls.status === 'cancelled') return <span className="badge badge-muted">{t('class.cancelled')}</span>;
  if (cls.soldOut) return <span className="badge badge-full">{t('class.soldOut')}</span>;
  return <span className="badge badge-open">{t('admin.scheduled')}</span>;
}
