import { type FormEvent, useState } from 'react';
import { type BookingInput, api } from '../../api/api';
import { ApiError, type Booking, type Provider, type Service, type Slot } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import { formatInstant, isCalendarDate, todayIn } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';
import { AdminLayout } from './admin-layout';
import {
  type CustomerInput,
  CustomerFields,
  StaffForm,
  type StaffPaymentMethod,
  StaffPaymentField,
  checkCustomer,
  useStaffBooking,
} from './book-for-customer';

export function AppointmentFormPage() {
  return (
    <AdminLayout section="appointments">
      <AppointmentForm />
    </AdminLayout>
  );
}

/** Refusals that mean the chosen time is gone: the slot list is read again. */
const slotGone = new Set(['slot_taken', 'slot_unavailable', 'too_soon', 'hold_expired']);

/** An appointment booked by staff for a customer on the phone or at the desk. */
function AppointmentForm() {
  const { t } = useApp();
  const { query } = useLocation();
  const catalogue = useLoad(() => Promise.all([api.services(), api.providers()]), []);
  usePageTitle(t('appointmentForm.title'));
  if (catalogue.error !== null) return <ErrorNotice error={catalogue.error} />;
  if (!catalogue.data) return <p>{t('app.loading')}</p>;
  const [{ services }, { providers }] = catalogue.data;
  return (
    <AppointmentFormBody
      services={services.filter((service) => service.active)}
      providers={providers.filter((provider) => provider.active)}
      presetProvider={query.get('providerId')}
      presetService={query.get('serviceId')}
      presetDate={query.get('date')}
    />
  );
}

function AppointmentFormBody({
  services,
  providers,
  presetProvider,
  presetService,
  presetDate,
}: {
  services: Service[];
  providers: Provider[];
  presetProvider: string | null;
  presetService: string | null;
  presetDate: string | null;
}) {
  const { t, locale, org } = useApp();
  const offeredBy = (service: Service, providerId: string) => service.providerIds.includes(providerId);
  const [serviceId, setServiceId] = useState(
    () =>
      services.find((service) => service.id === presetService)?.id ??
      services.find((service) => presetProvider && offeredBy(service, presetProvider))?.id ??
      services[0]?.id ??
      '',
  );
  const service = services.find((entry) => entry.id === serviceId);
  const [providerChoice, setProviderChoice] = useState(presetProvider ?? '');
  // "Any provider" ('') unless the one chosen performs this service.
  const providerId = service && providerChoice && offeredBy(service, providerChoice) ? providerChoice : '';
  const [date, setDate] = useState(isCalendarDate(presetDate) ? presetDate : todayIn(org.timeZone));
  const [start, setStart] = useState('');
  const [customer, setCustomer] = useState<CustomerInput>({ name: '', email: '' });
  const [address, setAddress] = useState('');
  const [phone, setPhone] = useState('');
  const [notes, setNotes] = useState('');
  const [payment, setPayment] = useState<StaffPaymentMethod>('venue');
  const [booked, setBooked] = useState<Booking | null>(null);
  const slots = useLoad(
    () =>
      serviceId && isCalendarDate(date)
        ? api.slots(serviceId, { from: date, to: date, ...(providerId ? { provider: providerId } : {}) })
        : Promise.resolve(null),
    [serviceId, providerId, date],
  );
  const chosen: Slot | undefined = slots.data?.slots.find((slot) => slot.start === start);
  const booking = useStaffBooking(
    (body: BookingInput, key: string) => api.book(body, key),
    (created) => {
      setBooked(created.booking);
      setStart('');
      setCustomer({ name: '', email: '' });
      setAddress('');
      setPhone('');
      setNotes('');
      slots.reload();
    },
    (failure) => {
      // The time went while the form was open: offer the times that are still free.
      if (failure instanceof ApiError && slotGone.has(failure.code)) {
        setStart('');
        slots.reload();
      }
    },
  );
  const atCustomer = service?.where.mode === 'at_customer';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBooked(null);
    const problems = checkCustomer(customer, t);
    if (!chosen) problems.start = t('appointmentForm.pickTime');
    if (atCustomer && !address.trim()) problems.address = t('form.required');
    booking.setFieldErrors(problems);
    if (Object.keys(problems).length > 0 || !chosen || !service) return;
    await booking.send({
      serviceId: service.id,
      start: chosen.start,
      ...(providerId ? { providerId } : {}),
      guest: { name: customer.name.trim(), email: customer.email.trim() },
      ...(service.price.amount > 0 ? { paymentMethod: payment } : {}),
      ...(address.trim() ? { address: address.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    });
  };
  if (services.length === 0) return <p className="empty">{t('appointmentForm.noServices')}</p>;
  const zone = slots.data?.timeZone ?? org.timeZone;
  const nameOf = (id: string) => providers.find((provider) => provider.id === id)?.name ?? '';

  return (
    <section>
      <p>
        <Link to={presetProvider ? `/admin/providers/${presetProvider}/schedule` : '/admin/providers'}>
          ← {presetProvider ? t('schedule.title', { name: nameOf(presetProvider) }) : t('provider.back')}
        </Link>
      </p>
      <h1>{t('appointmentForm.title')}</h1>
      {booked?.appointment && (
        <Notice kind="success">
          <p>
            {t('appointmentForm.booked', {
              name: booked.customer?.name ?? '',
              provider: booked.appointment.provider.name,
              when: formatInstant(booked.startsAt, 'dateTime', locale, booked.timeZone),
            })}
          </p>
          <Link
            to={`/admin/providers/${booked.appointment.provider.id}/schedule?date=${booked.startsAtLocal.slice(0, 10)}`}
          >
            {t('appointmentForm.seeSchedule', { provider: booked.appointment.provider.name })}
          </Link>
        </Notice>
      )}
      <StaffForm
        title={t('appointmentForm.formTitle')}
        onSubmit={submit}
        busy={booking.busy}
        error={booking.error}
        fieldErrors={booking.fieldErrors}
      >
        <Field label={t('schedule.service')}>
          {(control) => (
            <select
              {...control}
              value={serviceId}
              onChange={(e) => {
                setServiceId(e.target.value);
                setStart('');
              }}
            >
              {services.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name} ({t('appointmentForm.minutes', { minutes: entry.durationMinutes })})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('appointmentForm.provider')}>
          {(control) => (
            <select
              {...control}
              value={providerId}
              onChange={(e) => {
                setProviderChoice(e.target.value);
                setStart('');
              }}
            >
              <option value="">{t('appointmentForm.anyProvider')}</option>
              {providers
                .filter((provider) => service && offeredBy(service, provider.id))
                .map((provider) => (
                  <option key={provider.id} value={provider.id}>
                    {provider.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('appointmentForm.date')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={date}
              onChange={(e) => {
                setDate(e.target.value);
                setStart('');
              }}
            />
          )}
        </Field>
        <fieldset aria-describedby="slot-zone">
          <legend>{t('appointmentForm.time')}</legend>
          <p className="muted" id="slot-zone">
            {t('week.timeZone', { zone })}
          </p>
          {slots.loading && !slots.data && <p>{t('app.loading')}</p>}
          {slots.error !== null && <ErrorNotice error={slots.error} />}
          {slots.data && slots.data.slots.length === 0 && <p className="empty">{t('appointmentForm.noTimes')}</p>}
          {slots.data && slots.data.slots.length > 0 && (
            <div className="slot-choices">
              {slots.data.slots.map((slot) => (
                <label key={slot.start} className="slot-choice">
                  <input
                    type="radio"
                    name="slot"
                    value={slot.start}
                    checked={slot.start === start}
                    onChange={() => setStart(slot.start)}
                  />{' '}
                  {slot.startLocal.slice(11, 16)}
                </label>
              ))}
            </div>
          )}
          {booking.fieldErrors.start && <p className="field-error">{booking.fieldErrors.start}</p>}
        </fieldset>
        <CustomerFields value={customer} onChange={setCustomer} errors={booking.fieldErrors} />
        {atCustomer && (
          <Field label={t('appointmentForm.address')} error={booking.fieldErrors.address}>
            {(control) => (
              <textarea {...control} rows={2} value={address} onChange={(e) => setAddress(e.target.value)} required />
            )}
          </Field>
        )}
        <Field label={`${t('appointmentForm.phone')} ${t('form.optional')}`} error={booking.fieldErrors.phone}>
          {(control) => <input {...control} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />}
        </Field>
        <Field label={`${t('appointmentForm.notes')} ${t('form.optional')}`} error={booking.fieldErrors.notes}>
          {(control) => <textarea {...control} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
        {service && service.price.amount > 0 && <StaffPaymentField value={payment} onChange={setPayment} />}
      </StaffForm>
    </section>
  );
}
