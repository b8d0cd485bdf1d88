import { useState } from 'react';
import { api } from '../../api/api';
import type { ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Field } from '../../components/field';
import { Link } from '../../router';
import { useAttempt } from '../../hooks/use-attempt';
import { type SeriesScope, seriesApi } from '../../api/series-api';
import { SeriesScopeChoice } from './series-scope';

export type ClassChange =
  | { kind: 'cancelled'; cls: ClassItem; bookings: number }
  | { kind: 'seriesCancelled'; cls: ClassItem; classes: number; bookings: number }
  | { kind: 'deleted'; cls: ClassItem };

/**
 * Edit, cancel and delete for one class (admins). Delete is offered only for a class nobody has
 * booked; should a booking arrive meanwhile, the server refuses and its message is shown.
 */
export function ClassActions({ cls, onChange }: { cls: ClassItem; onChange(change: ClassChange): void }) {
  const { t } = useApp();
  const [asking, setAsking] = useState<'cancel' | 'delete' | null>(null);
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<SeriesScope>('this');
  const { busy, error, setError, attempt } = useAttempt();

  const close = () => {
    setAsking(null);
    setError(null);
    setReason('');
    setScope('this');
  };

  const run = async (action: () => Promise<ClassChange>) => {
    await attempt(async () => {
      const change = await action();
      close();
      onChange(change);
    });
  };

  const cancelClass = () =>
    run(async () => {
      if (cls.seriesId && scope !== 'this') {
        const { cancelled } = await seriesApi.cancel(cls.id, scope, reason.trim() || undefined);
        const bookings = cancelled.reduce((sum, item) => sum + item.cancelledBookingIds.length, 0);
        return { kind: 'seriesCancelled', cls, classes: cancelled.length, bookings };
      }
      const result = await api.cancelClass(cls.id, reason.trim() || undefined);
      return { kind: 'cancelled', cls: result.class, bookings: result.cancelledBookingIds.length };
    });
  const deleteClass = () =>
    run(async () => {
      await api.deleteClass(cls.id);
      return { kind: 'deleted', cls };
    });

  const scheduled = cls.status === 'scheduled';
  // A class that has (or had) bookings is kept for its customers' history: it can only be cancelled.
  const deletable = scheduled && cls.spotsLeft === cls.maxSpots;
  return (
    <span className="row-actions">
      {scheduled && (
        <Link
          className="button button-small button-quiet"
          to={`/admin/classes/${cls.id}/edit`}
          aria-label={`${t('admin.edit')}: ${cls.title}`}
        >
          {t('admin.edit')}
        </Link>
      )}
      {scheduled && (
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => setAsking('cancel')}
          aria-label={`${t('admin.cancelClass')}: ${cls.title}`}
        >
          {t('admin.cancelClass')}
        </button>
      )}
      {deletable && (
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={() => setAsking('delete')}
          aria-label={`${t('admin.delete')}: ${cls.title}`}
        >
          {t('admin.delete')}
        </button>
      )}
      {asking === 'cancel' && (
        <ConfirmDialog
          title={t('admin.cancelClassTitle', { title: cls.title })}
          confirmLabel={t('admin.cancelClass')}
          cancelLabel={t('admin.keepClass')}
          danger
          busy={busy}
          error={error}
          onConfirm={cancelClass}
          onClose={close}
        >
          <p>{t('admin.cancelClassText')}</p>
          {cls.seriesId && (
            <SeriesScopeChoice
              cls={{ ...cls, seriesId: cls.seriesId }}
              scopes={['this', 'following']}
              value={scope}
              onChange={setScope}
              skipExceptions={false}
              legend={t('schedule.cancelWhich')}
              label={(choice) => t(choice === 'this' ? 'schedule.cancelThisDate' : 'schedule.cancelFromThisDate')}
            />
          )}
          <Field label={`${t('admin.cancelMessage')} ${t('form.optional')}`}>
            {(control) => (
              <input {...control} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
        </ConfirmDialog>
      )}
      {asking === 'delete' && (
        <ConfirmDialog
          title={t('admin.deleteTitle', { title: cls.title })}
          confirmLabel={t('admin.deleteYes')}
          cancelLabel={t('admin.close')}
          danger
          busy={busy}
          error={error}
          onConfirm={deleteClass}
          onClose={close}
        >
          <p>{t('admin.deleteText')}</p>
        </ConfirmDialog>
      )}
    </span>
  );
}
