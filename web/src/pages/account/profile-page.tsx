import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { type Profile, downloadFile } from '../../api/client';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { Field } from '../../components/field';
import { ErrorNotice, Notice } from '../../components/notice';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { type Locale, isLocale, locales } from '../../i18n/messages';
import { navigate } from '../../router';
import { EMAIL, EmailField, MIN_PASSWORD, PasswordField } from './account-form';

/** The portal's Profile tab: details, mail preferences, email and password, and personal data. */
export function ProfilePage() {
  const { t } = useApp();
  usePageTitle(t('portal.profile'));
  const loaded = useLoad(() => api.profile(), []);
  const [profile, setProfile] = useState<Profile | null>(null);
  const current = profile ?? loaded.data ?? null;
  return (
    <section className="narrow">
      <h1>{t('portal.profile')}</h1>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !current && <p>{t('app.loading')}</p>}
      {current && (
        <>
          <DetailsForm key={current.id} profile={current} onSaved={setProfile} />
          <EmailForm profile={current} onAsked={(pendingEmail) => setProfile({ ...current, pendingEmail })} />
          <PasswordForm />
          <PersonalData />
        </>
      )}
    </section>
  );
}

function DetailsForm({ profile, onSaved }: { profile: Profile; onSaved(profile: Profile): void }) {
  const { t, setLocale } = useApp();
  const [name, setName] = useState(profile.name);
  const [phone, setPhone] = useState(profile.phone ?? '');
  const [address, setAddress] = useState(profile.address ?? '');
  const [locale, setChosenLocale] = useState<Locale | ''>(profile.locale ?? '');
  const [notifications, setNotifications] = useState(profile.notifications);
  const [saved, setSaved] = useState(false);
  const { busy, error, attempt } = useAttempt();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void attempt(async () => {
      const next = await api.updateProfile({
        name,
        phone: phone.trim() || null,
        address: address.trim() || null,
        ...(locale ? { locale } : {}),
        notifications,
      });
      onSaved(next);
      if (next.locale) setLocale(next.locale);
      setSaved(true);
    });
  };
  const toggle = (key: keyof Profile['notifications']) => (checked: boolean) =>
    setNotifications((before) => ({ ...before, [key]: checked }));

  return (
    <form onSubmit={submit} noValidate className="stack profile-form" data-testid="profile-details">
      <h2>{t('profile.details')}</h2>
      <Field label={t('profile.name')}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />}
      </Field>
      <Field label={t('profile.phone')}>
        {(control) => (
          <input {...control} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="tel" />
        )}
      </Field>
      <Field label={t('profile.address')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            autoComplete="street-address"
          />
        )}
      </Field>
      <Field label={t('profile.language')} hint={t('profile.languageHint')}>
        {(control) => (
          <select
            {...control}
            value={locale}
            onChange={(e) => setChosenLocale(isLocale(e.target.value) ? e.target.value : '')}
          >
            {!profile.locale && <option value="">{t('profile.languageDefault')}</option>}
            {locales.map((option) => (
              <option key={option} value={option} lang={option}>
                {t(`lang.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('profile.mails')}</legend>
        <p className="field-hint">{t('profile.mailsAlways')}</p>
        <Check label={t('profile.mailReminders')} checked={notifications.reminders} onChange={toggle('reminders')} />
        <Check label={t('profile.mailInvoices')} checked={notifications.invoices} onChange={toggle('invoices')} />
        <Check label={t('profile.mailNews')} checked={notifications.news} onChange={toggle('news')} />
      </fieldset>
      {error !== null && <ErrorNotice error={error} />}
      {saved && <Notice kind="success">{t('profile.saved')}</Notice>}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('profile.save')}
      </button>
    </form>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

function EmailForm({ profile, onAsked }: { profile: Profile; onAsked(pendingEmail: string): void }) {
  const { t } = useApp();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, error, attempt } = useAttempt();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = EMAIL.test(newEmail.trim()) ? undefined : t('form.email');
    setProblem(wrong);
    if (wrong) return;
    void attempt(async () => {
      const asked = await api.requestEmailChange({ newEmail: newEmail.trim(), password });
      onAsked(asked.pendingEmail);
      setNewEmail('');
      setPassword('');
    });
  };

  return (
    <form onSubmit={submit} noValidate className="stack profile-form" data-testid="profile-email">
      <h2>{t('profile.email')}</h2>
      <p>{t('profile.emailNow', { email: profile.email })}</p>
      {profile.pendingEmail && (
        <Notice kind="info">{t('profile.emailPending', { email: profile.pendingEmail })}</Notice>
      )}
      <EmailField label={t('profile.newEmail')} value={newEmail} onChange={setNewEmail} error={problem} />
      <PasswordField
        label={t('profile.currentPassword')}
        value={password}
        onChange={setPassword}
        error={undefined}
        autoComplete="current-password"
      />
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="button" disabled={busy}>
        {t('profile.sendLink')}
      </button>
    </form>
  );
}

function PasswordForm() {
  const { t } = useApp();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const { busy, error, attempt } = useAttempt();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const wrong = newPassword.length < MIN_PASSWORD ? t('form.passwordLength') : undefined;
    setProblem(wrong);
    if (wrong) return;
    void attempt(async () => {
      await api.changePassword({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setDone(true);
    });
  };

  return (
    <form onSubmit={submit} noValidate className="stack profile-form" data-testid="profile-password">
      <h2>{t('profile.password')}</h2>
      <PasswordField
        label={t('profile.currentPassword')}
        value={currentPassword}
        onChange={setCurrentPassword}
        error={undefined}
        autoComplete="current-password"
      />
      <PasswordField
        label={t('profile.newPassword')}
        hint={t('profile.passwordHint')}
        value={newPassword}
        onChange={setNewPassword}
        error={problem}
        autoComplete="new-password"
      />
      {error !== null && <ErrorNotice error={error} />}
      {done && <Notice kind="success">{t('profile.passwordChanged')}</Notice>}
      <button type="submit" className="button" disabled={busy}>
        {t('profile.changePassword')}
      </button>
    </form>
  );
}

function PersonalData() {
  const { t, setSession } = useApp();
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const download = useAttempt();
  const removal = useAttempt();

  const remove = () =>
    void removal.attempt(async () => {
      await api.deleteAccount(password);
      setSession({ user: null, csrfToken: null });
      navigate('/account-deleted');
    });

  return (
    <div className="stack profile-form" data-testid="profile-data">
      <h2>{t('profile.data')}</h2>
      <p>{t('profile.dataHint')}</p>
      {download.error !== null && <ErrorNotice error={download.error} />}
      <button
        type="button"
        className="button"
        disabled={download.busy}
        onClick={() => void download.attempt(() => downloadFile('/api/v1/me/data', 'my-data.json'))}
      >
        {t('profile.download')}
      </button>
      <p>{t('profile.deleteHint')}</p>
      <p className="muted">{t('profile.guestHint')}</p>
      <button type="button" className="button button-danger" onClick={() => setAsking(true)}>
        {t('profile.delete')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('profile.deleteTitle')}
          confirmLabel={t('profile.deleteConfirm')}
          cancelLabel={t('profile.deleteKeep')}
          danger
          busy={removal.busy}
          error={removal.error}
          onConfirm={remove}
          onClose={() => {
            setAsking(false);
            setPassword('');
            removal.setError(null);
          }}
        >
          <p>{t('profile.deleteBody')}</p>
          <PasswordField
            label={t('profile.currentPassword')}
            value={password}
            onChange={setPassword}
            error={undefined}
            autoComplete="current-password"
          />
        </ConfirmDialog>
      )}
    </div>
  );
}
