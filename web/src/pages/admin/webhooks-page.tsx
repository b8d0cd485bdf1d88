import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import type { WebhookEndpoint } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice } from '../../components/notice';
import { SecretShownOnce } from '../../components/secret-once';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { AdminLayout } from './admin-layout';
import { scrollRegion } from '../../components/scroll-region';

/** The event names and what each means, from the server's one list; `*` is every event, now and later. */
type EventTypes = Awaited<ReturnType<typeof api.webhookEvents>>['events'];

export function WebhooksPage() {
  return (
    <AdminLayout section="webhooks">
      <Webhooks />
    </AdminLayout>
  );
}

/** Outgoing webhook endpoints: add, change their events, disable, delete, rotate the secret, retry deliveries. */
function Webhooks() {
  const { t } = useApp();
  const loaded = useLoad(() => api.webhooks(), []);
  const eventTypes = useLoad(() => api.webhookEvents(), []);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<Set<string>>(new Set(['*']));
  const [secret, setSecret] = useState<{ secret: string; rotated: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('protect.webhooks'));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const made = await api.createWebhook({
        url,
        description,
        events: chosenEvents(events, eventTypes.data?.events ?? []),
      });
      setSecret({ secret: made.secret, rotated: false });
      setUrl('');
      setDescription('');
      loaded.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>{t('protect.webhooks')}</h1>
      <p className="muted">{t('protect.webhooksIntro')}</p>
      {secret && (
        <SecretShownOnce
          intro={t('protect.secretShownOnce')}
          secret={secret.secret}
          testId="webhook-secret"
          note={secret.rotated && <p>{t('protect.rotateGrace')}</p>}
        />
      )}
      {error !== null && <ErrorNotice error={error} />}
      <form className="card stack" onSubmit={create}>
        <h2>{t('protect.newEndpoint')}</h2>
        <label className="field">
          <span>{t('protect.url')}</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required maxLength={2000} />
        </label>
        <label className="field">
          <span>{t('protect.description')}</span>
          <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} />
        </label>
        {eventTypes.error !== null && <ErrorNotice error={eventTypes.error} />}
        <EventChoice
          legend={t('protect.events')}
          types={eventTypes.data?.events ?? []}
          chosen={events}
          onChange={setEvents}
        />
        <button type="submit" className="button" disabled={busy || events.size === 0}>
          {t('protect.addEndpoint')}
        </button>
      </form>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.data && loaded.data.endpoints.length === 0 && <p className="empty">{t('protect.noEndpoints')}</p>}
      {loaded.data?.endpoints.map((endpoint) => (
        <EndpointCard
          key={endpoint.id}
          endpoint={endpoint}
          eventTypes={eventTypes.data?.events ?? []}
          onChanged={loaded.reload}
          onSecret={(value) => setSecret({ secret: value, rotated: true })}
        />
      ))}
    </section>
  );
}

/** The chosen names in the list's order, `*` first. */
const chosenEvents = (chosen: Set<string>, types: EventTypes) =>
  ['*' as const, ...types.map((type) => type.name)].filter((name) => chosen.has(name));

function EventChoice({
  legend,
  types,
  chosen,
  onChange,
}: {
  legend: string;
  types: EventTypes;
  chosen: Set<string>;
  onChange: (next: Set<string>) => void;
}) {
  const { t } = useApp();
  const toggle = (type: string) => {
    const next = new Set(chosen);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    onChange(next);
  };
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={chosen.has('*')} onChange={() => toggle('*')} />
        <span>{t('protect.allEvents')}</span>
      </label>
      {types.map((type) => (
        <label key={type.name} className="checkbox">
          <input type="checkbox" checked={chosen.has(type.name)} onChange={() => toggle(type.name)} />
          <span>
            <code>{type.name}</code> <span className="muted">{type.description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function EndpointCard({
  endpoint,
  eventTypes,
  onChanged,
  onSecret,
}: {
  endpoint: WebhookEndpoint;
  eventTypes: EventTypes;
  onChanged: () => void;
  onSecret: (secret: string) => void;
}) {
  const { t, org, locale } = useApp();
  const [editing, setEditing] = useState<Set<string> | null>(null);
  const [confirm, setConfirm] = useState<'delete' | 'rotate' | null>(null);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setConfirm(null);
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const saveEvents = () =>
    run(async () => {
      if (!editing) return;
      await api.updateWebhook(endpoint.id, {
        events: chosenEvents(editing, eventTypes),
      });
      setEditing(null);
    });

  return (
    <article className="card stack" aria-label={endpoint.url}>
      <h2 className="break">{endpoint.url}</h2>
      {endpoint.description && <p>{endpoint.description}</p>}
      <p>
        <strong>{endpoint.active ? t('protect.active') : t('protect.disabled')}</strong> · {t('protect.events')}:{' '}
        {endpoint.events.map((type) => (type === '*' ? t('protect.allEvents') : type)).join(', ')}
      </p>
      {endpoint.previousSecretExpiresAt && (
        <p className="muted">
          {t('protect.previousSecretUntil', {
            time: formatInstant(endpoint.previousSecretExpiresAt, 'shortDateTime', locale, org.timeZone),
          })}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {editing ? (
        <div className="stack">
          <EventChoice legend={t('protect.events')} types={eventTypes} chosen={editing} onChange={setEditing} />
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={busy || editing.size === 0}
              onClick={() => void saveEvents()}
            >
              {t('protect.saveEvents')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setEditing(null)}>
              {t('protect.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button button-small" onClick={() => setEditing(new Set(endpoint.events))}>
            {t('protect.editEvents')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => void run(() => api.updateWebhook(endpoint.id, { active: !endpoint.active }))}
          >
            {endpoint.active ? t('protect.disable') : t('protect.enable')}
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirm('rotate')}>
            {t('protect.rotate')}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-expanded={showDeliveries}
            onClick={() => setShowDeliveries((shown) => !shown)}
          >
            {t('protect.deliveries')}
          </button>
          <button type="button" className="button button-small button-danger" onClick={() => setConfirm('delete')}>
            {t('protect.delete')}
          </button>
        </div>
      )}
      {showDeliveries && <Deliveries endpointId={endpoint.id} />}
      {confirm === 'delete' && (
        <ConfirmDialog
          title={t('protect.deleteTitle')}
          confirmLabel={t('protect.delete')}
          cancelLabel={t('protect.cancel')}
          danger
          busy={busy}
          error={null}
          onConfirm={() => void run(() => api.deleteWebhook(endpoint.id))}
          onClose={() => setConfirm(null)}
        >
          <p className="break">{endpoint.url}</p>
        </ConfirmDialog>
      )}
      {confirm === 'rotate' && (
        <ConfirmDialog
          title={t('protect.rotateTitle')}
          confirmLabel={t('protect.rotate')}
          cancelLabel={t('protect.cancel')}
          busy={busy}
          error={null}
          onConfirm={() =>
            void run(async () => {
              const rotated = await api.rotateWebhookSecret(endpoint.id);
              onSecret(rotated.secret);
            })
          }
          onClose={() => setConfirm(null)}
        >
          <p>{t('protect.rotateGrace')}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}

/** The endpoint's recent deliveries; a failed one can be sent again (the same event id). */
function Deliveries({ endpointId }: { endpointId: string }) {
  const { t, org, locale } = useApp();
  const loaded = useLoad(() => api.webhookDeliveries(endpointId), [endpointId]);
  const [error, setError] = useState<unknown>(null);
  const retry = async (deliveryId: string) => {
    setError(null);
    try {
      await api.retryWebhookDelivery(endpointId, deliveryId);
      loaded.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return null;
  if (loaded.data.deliveries.length === 0) return <p className="empty">{t('protect.noDeliveries')}</p>;
  return (
    <div className="table-wrap" {...scrollRegion(t('protect.deliveries'))}>
      {error !== null && <ErrorNotice error={error} />}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('protect.event')}</th>
            <th scope="col">{t('protect.created')}</th>
            <th scope="col">{t('protect.status')}</th>
            <th scope="col">{t('protect.responseCode')}</th>
            <th scope="col">{t('protect.attempts')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {loaded.data.deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <td>
                <code>{delivery.eventType}</code>
              </td>
              <td className="nowrap">{formatInstant(delivery.createdAt, 'shortDateTime', locale, org.timeZone)}</td>
              <td>{t(`protect.status.${delivery.status}`)}</td>
              <td>{delivery.lastStatusCode ?? '—'}</td>
              <td>{delivery.attempts}</td>
              <td>
                {delivery.status === 'failed' && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void retry(delivery.id)}
                    aria-label={`${t('protect.retry')}: ${delivery.eventType}`}
                  >
                    {t('protect.retry')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
