import { useState } from 'react';
import { api } from '../../api/api';
import type { Job } from '../../api/client';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { AdminLayout } from './admin-layout';
import { scrollRegion } from '../../components/scroll-region';

export function JobsPage() {
  return (
    <AdminLayout section="jobs">
      <Jobs />
    </AdminLayout>
  );
}

type JobAction = 'retry' | 'dismiss';

/** Background jobs (mail, webhooks); those that failed for good can be queued again or set aside. */
function Jobs() {
  const { org, t } = useApp();
  const { query } = useLocation();
  const all = query.get('show') === 'all';
  const loaded = useLoad(() => api.jobs(all ? { limit: 200 } : { status: 'dead', limit: 200 }), [all]);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('jobs.title'));

  const act = async (job: Job, action: JobAction) => {
    setError(null);
    setDone(null);
    try {
      if (action === 'retry') await api.retryJob(job.id);
      else await api.dismissJob(job.id);
      setDone(t(action === 'retry' ? 'jobs.retried' : 'jobs.dismissed', { id: job.id }));
      loaded.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section>
      <h1>{t('jobs.title')}</h1>
      <p className="muted">{t('jobs.intro')}</p>
      <nav className="tabs tabs-small" aria-label={t('jobs.title')}>
        <Link to="/admin/jobs" aria-current={all ? undefined : 'page'}>
          {t('jobs.dead')}
        </Link>
        <Link to="/admin/jobs?show=all" aria-current={all ? 'page' : undefined}>
          {t('jobs.all')}
        </Link>
      </nav>
      {done && <Notice kind="success">{done}</Notice>}
      {error !== null && <ErrorNotice error={error} />}
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.data && loaded.data.jobs.length === 0 && <p className="empty">{t('jobs.none')}</p>}
      {loaded.data && loaded.data.jobs.length > 0 && (
        <>
          <p className="muted">{t('week.timeZone', { zone: org.timeZone })}</p>
          <JobTable jobs={loaded.data.jobs} onAction={act} />
        </>
      )}
    </section>
  );
}

function JobTable({ jobs, onAction }: { jobs: Job[]; onAction(job: Job, action: JobAction): void }) {
  const { org, locale, t } = useApp();
  return (
    <div className="table-wrap" {...scrollRegion(t('jobs.title'))}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('jobs.job')}</th>
            <th scope="col">{t('jobs.status')}</th>
            <th scope="col">{t('jobs.attempts')}</th>
            <th scope="col">{t('jobs.error')}</th>
            <th scope="col">{t('jobs.created')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <td className="nowrap">
                <code>{job.kind}</code>
                <div className="muted">#{job.id}</div>
              </td>
              <td>{t(`jobs.status.${job.status}`)}</td>
              <td>
                {job.attempts} / {job.maxAttempts}
              </td>
              <td className="break">{job.lastError}</td>
              <td className="nowrap">{formatInstant(job.createdAt, 'shortDateTime', locale, org.timeZone)}</td>
              <td>
                {job.status === 'dead' && (
                  <div className="row-actions">
                    {job.overtaken ? (
                      <span className="muted">{t('jobs.overtaken')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => onAction(job, 'retry')}
                        aria-label={`${t('jobs.retry')}: #${job.id}`}
                      >
                        {t('jobs.retry')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      onClick={() => onAction(job, 'dismiss')}
                      aria-label={`${t('jobs.dismiss')}: #${job.id}`}
                    >
                      {t('jobs.dismiss')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
