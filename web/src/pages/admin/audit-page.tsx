import { type FormEvent, useState } from 'react';
import { type AuditQuery, api } from '../../api/api';
import type { AuditEntry } from '../../api/client';
import { useApp } from '../../app-context';
import { type MessageKey, english } from '../../i18n/messages';
import { Field } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { formatInstant } from '../../format';
import { usePageTitle } from '../../hooks/use-page-title';
import { useLoad } from '../../hooks/use-load';
import { AdminLayout } from './admin-layout';
import { scrollRegion } from '../../components/scroll-region';

export function AuditPage() {
  return (
    <AdminLayout section="audit">
      <Audit />
    </AdminLayout>
  );
}

const entityTypes = [
  'class',
  'booking',
  'customer',
  'payment',
  'invoice',
  'service',
  'provider',
  'package_purchase',
  'user',
  'api_key',
  'organisation',
] as const;
type EntityType = (typeof entityTypes)[number];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who changed what, newest first, filtered by the kind of thing changed (and its id). */
function Audit() {
  const { org, t } = useApp();
  const [entityType, setEntityType] = useState<EntityType | ''>('');
  const [entityId, setEntityId] = useState('');
  const [filter, setFilter] = useState<AuditQuery>({});
  const [older, setOlder] = useState<{ entries: AuditEntry[]; nextBefore: number | null } | null>(null);
  const [olderError, setOlderError] = useState<unknown>(null);
  const [idError, setIdError] = useState<string | undefined>();
  const loaded = useLoad(() => api.auditLog({ ...filter, limit: 50 }), [filter]);
  usePageTitle(t('admin.audit'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = entityId.trim();
    setIdError(id && !UUID.test(id) ? t('audit.idInvalid') : undefined);
    if (id && !UUID.test(id)) return;
    setOlder(null);
    setFilter({ ...(entityType ? { entityType } : {}), ...(id ? { entityId: id } : {}) });
  };

  const nextBefore = older ? older.nextBefore : (loaded.data?.nextBefore ?? null);
  const showOlder = async () => {
    if (nextBefore === null) return;
    setOlderError(null);
    try {
      const page = await api.auditLog({ ...filter, limit: 50, before: nextBefore });
      setOlder((current) => ({ entries: [...(current?.entries ?? []), ...page.entries], nextBefore: page.nextBefore }));
    } catch (failure) {
      setOlderError(failure);
    }
  };

  const entries = [...(loaded.data?.entries ?? []), ...(older?.entries ?? [])];
  return (
    <section>
      <h1>{t('admin.audit')}</h1>
      <form className="filters" onSubmit={submit}>
        <Field label={t('audit.entityType')}>
          {(control) => (
            <select {...control} value={entityType} onChange={(e) => setEntityType(e.target.value as EntityType | '')}>
              <option value="">{t('audit.all')}</option>
              {entityTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`entity.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={`${t('audit.entityId')} ${t('form.optional')}`} error={idError}>
          {(control) => (
            <input {...control} value={entityId} onChange={(e) => setEntityId(e.target.value)} spellCheck={false} />
          )}
        </Field>
        <button type="submit" className="button">
          {t('audit.show')}
        </button>
      </form>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.data && entries.length === 0 && <p className="empty">{t('audit.none')}</p>}
      {entries.length > 0 && (
        <>
          <p className="muted">{t('week.timeZone', { zone: org.timeZone })}</p>
          <AuditTable entries={entries} />
        </>
      )}
      {olderError !== null && <ErrorNotice error={olderError} />}
      {nextBefore !== null && (
        <button type="button" className="button button-quiet" onClick={showOlder}>
          {t('audit.older')}
        </button>
      )}
    </section>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { org, locale, t } = useApp();
  const actor = ({ actor: who }: AuditEntry) => {
    if (who.type === 'user') return who.label ?? t('audit.actor.user', { id: who.id?.slice(0, 8) ?? '' });
    if (who.type === 'api_key') return t('audit.actor.api_key', { name: who.label ?? '' });
    return t(`audit.actor.${who.type}`);
  };
  // Every kind of thing the log names has a name of its own; one added later shows as its code until it has.
  const entity = (type: string) => (`entity.${type}` in english ? t(`entity.${type}` as MessageKey) : type);
  return (
    <div className="table-wrap" {...scrollRegion(t('admin.audit'))}>
      <table className="audit">
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">{formatInstant(entry.occurredAt, 'shortDateTime', locale, org.timeZone)}</td>
              <td className="nowrap" title={entry.actor.id ?? undefined}>
                {actor(entry)}
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td className="nowrap" title={entry.entityId}>
                {entity(entry.entityType)} <code className="muted">{entry.entityId.slice(0, 8)}</code>
              </td>
              <td>
                <Changes entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useApp();
  const parts = [
    ['audit.before', entry.before],
    ['audit.after', entry.after],
  ] as const;
  const present = parts.filter(([, value]) => value !== null && value !== undefined);
  if (present.length === 0) return null;
  return (
    <details>
      <summary>{t('audit.changes')}</summary>
      {present.map(([label, value]) => (
        <div key={label}>
          <strong>{t(label)}</strong>
          {/* Long changes scroll inside a box of their own, which a keyboard must be able to reach. */}
          <pre {...scrollRegion(`${t(label)}: ${entry.action}`)}>{JSON.stringify(value, null, 2)}</pre>
        </div>
      ))}
    </details>
  );
}
