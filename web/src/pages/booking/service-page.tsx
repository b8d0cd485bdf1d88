import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { Hold, Location, Provider, Service } from '../../api/client';
import { useApp } from '../../app-context';
import { ServiceWhere, ZonedTimeRange } from '../../components/appointment-bits';
import { Price } from '../../components/class-bits';
import { ErrorNotice, Notice } from '../../components/notice';
import { type PickedSlot, SlotPicker } from '../../components/slot-picker';
import { formatMinutes } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { useFunnelStep } from '../../hooks/use-funnel-step';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { Checkout, type CheckoutDraft } from './checkout';

/** One service: what, how long, where, its price; then a time to choose, held while checking out. */
export function ServicePage({ serviceId }: { serviceId: string }) {
  const { org, t } = useApp();
  const loaded = useLoad(() => Promise.all([api.service(serviceId), api.providers(), api.locations()]), [serviceId]);
  const [service, providers, locations] = loaded.data ?? [];
  usePageTitle(service?.name ?? '');
  useFunnelStep('page_view');

  return (
    <article className="class-page">
      <p>
        <Link to="/services">← {t('services.back')}</Link>
      </p>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {!loaded.data && loaded.loading && <p>{t('app.loading')}</p>}
      {service && providers && locations && (
        <>
          <h1>{service.name}</h1>
          <ServiceFacts service={service} locations={locations.locations} />
          {service.description && <p className="description">{service.description}</p>}
          <Booking
            service={service}
            placeZone={placeZoneOf(service, locations.locations, org.timeZone)}
            providers={providers.providers.filter((provider) => service.providerIds.includes(provider.id))}
          />
        </>
      )}
    </article>
  );
}

/** As the server reads an appointment's time: at a location on its clock, anywhere else on the organisation's. */
function placeZoneOf(service: Service, locations: Location[], orgZone: string): string {
  const at = service.where.mode === 'at_location' ? service.where.locationId : null;
  return locations.find((location) => location.id === at)?.timeZone ?? orgZone;
}

function ServiceFacts({ service, locations }: { service: Service; locations: Location[] }) {
  const { locale, t } = useApp();
  return (
    <dl className="facts">
      <dt>{t('service.public.duration')}</dt>
      <dd>{formatMinutes(service.durationMinutes, locale)}</dd>
      <dt>{t('class.price')}</dt>
      <dd>
        <Price money={service.price} />
      </dd>
      <dt>{t('class.where')}</dt>
      <dd>
        <ServiceWhere where={service.where} locations={locations} />
      </dd>
    </dl>
  );
}

interface Held {
  hold: Hold;
  picked: PickedSlot;
}

/** Choose a time → it is held → check out. A refusal on the way goes back to choosing, with the reason. */
function Booking({
  service,
  placeZone,
  providers,
}: {
  service: Service;
  placeZone: string;
  providers: Pick<Provider, 'id' | 'name'>[];
}) {
  const { t } = useApp();
  const [held, setHeld] = useState<Held | null>(null);
  const [expired, setExpired] = useState(false);
  const [holding, setHolding] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [refresh, setRefresh] = useState(0);
  // Choosing another time comes back to the day and provider of the last pick, and the checkout to what was typed.
  const [lastPicked, setLastPicked] = useState<PickedSlot | null>(null);
  const draft = useRef<CheckoutDraft>({ name: '', email: '', address: '', phone: '', notes: '' });
  // Leaving the page (Back, another link) gives a held time back at once rather than in five minutes.
  // A hold that became a booking is gone already: releasing it then changes nothing.
  const heldId = useRef<string | null>(null);
  heldId.current = held && !expired ? held.hold.id : null;
  useEffect(
    () => () => {
      if (heldId.current) void api.releaseHold(heldId.current).catch(() => undefined);
    },
    [],
  );

  // A refusal is shown above the picker, which on a phone may be far above the time just tapped.
  const refusalShown = useRef<HTMLDivElement>(null);
  // The time picked leaves the page with the button pressed: the focus goes to the time held, above
  // the form that follows it, rather than to nowhere (the top of the page, for a screen reader).
  const heldShown = useRef<HTMLHeadingElement>(null);
  const heldNow = held?.hold.id;
  useEffect(() => {
    if (heldNow) heldShown.current?.focus();
  }, [heldNow]);
  useEffect(() => {
    if (refusal !== null) refusalShown.current?.scrollIntoView({ block: 'center' });
  }, [refusal]);

  if (!service.active || providers.length === 0) {
    return <Notice kind="info">{t('service.public.notBookable')}</Notice>;
  }

  const pick = async (picked: PickedSlot) => {
    setRefusal(null);
    setLastPicked(picked);
    setHolding(true);
    try {
      const hold = await api.hold({
        serviceId: service.id,
        start: picked.slot.start,
        ...(picked.providerId ? { providerId: picked.providerId } : {}),
      });
      setExpired(false);
      setHeld({ hold, picked });
    } catch (failure) {
      // Most often someone else was quicker: show the times as they are now (also after a lapsed
      // hold was asked for again).
      setRefusal(failure);
      setHeld(null);
      setExpired(false);
      setRefresh((round) => round + 1);
    } finally {
      setHolding(false);
    }
  };

  const chooseAgain = (releaseHold: boolean) => {
    if (releaseHold && held && !expired) void api.releaseHold(held.hold.id).catch(() => undefined);
    setHeld(null);
    setExpired(false);
    setRefresh((round) => round + 1);
  };

  const refused = (failure: unknown) => {
    setRefusal(failure);
    chooseAgain(false);
  };

  if (!held) {
    return (
      <>
        {refusal !== null && (
          <div ref={refusalShown}>
            <ErrorNotice error={refusal} />
          </div>
        )}
        <SlotPicker
          service={service}
          placeZone={placeZone}
          providers={providers}
          initialProviderId={lastPicked?.providerId ?? ''}
          around={lastPicked?.slot.start}
          busy={holding}
          refresh={refresh}
          onPick={pick}
        />
      </>
    );
  }

  const provider = providers.find((candidate) => candidate.id === held.hold.providerId);
  return (
    <>
      <section className="chosen-time card" aria-labelledby="chosen-title">
        <h2 id="chosen-title" ref={heldShown} tabIndex={-1}>
          {t('appointment.yourTime')}
        </h2>
        <p>
          <ZonedTimeRange
            startsAt={held.hold.start ?? held.picked.slot.start}
            endsAt={held.hold.end ?? held.picked.slot.end}
            timeZone={held.picked.timeZone}
          />
          {provider && (
            <>
              <br />
              {t('class.with', { name: provider.name })}
            </>
          )}
        </p>
        {!expired && (
          <button type="button" className="button button-quiet" onClick={() => chooseAgain(true)}>
            {t('appointment.chooseAnother')}
          </button>
        )}
      </section>
      {expired ? (
        // One thing to do: ask for the same time again (what was typed stays); another time is the way out.
        <Notice kind="warning">
          <p>{t('hold.timeRanOut')}</p>
          <p className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={holding}
              onClick={() => void pick(held.picked)}
            >
              {t('appointment.holdAgain')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => chooseAgain(false)}>
              {t('appointment.chooseAnother')}
            </button>
          </p>
        </Notice>
      ) : (
        <CheckoutForHold
          service={service}
          hold={held.hold}
          timeZone={held.picked.timeZone}
          onExpired={setExpired}
          onRefused={refused}
          draft={draft}
        />
      )}
    </>
  );
}

function CheckoutForHold({
  service,
  hold,
  timeZone,
  onExpired,
  onRefused,
  draft,
}: {
  service: Service;
  hold: Hold;
  timeZone: string;
  onExpired(expired: boolean): void;
  onRefused(error: unknown): void;
  draft: RefObject<CheckoutDraft>;
}) {
  const holdExpired = useCallback(() => onExpired(true), [onExpired]);
  return (
    <Checkout
      offer={{ kind: 'appointment', service, hold, timeZone }}
      onRefused={onRefused}
      onHoldExpired={holdExpired}
      draft={draft}
    />
  );
}
