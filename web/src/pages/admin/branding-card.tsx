import { type ChangeEvent, type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';

const MAX_LOGO_BYTES = 45_000;
const DEFAULT_ACCENT = '#0f766e';

const toBase64 = (bytes: ArrayBuffer) => {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** The organisation's branding: accent colour, reply-to address and logo (admins only). */
export function BrandingCard() {
  const { org, user, logo, t, setOrg, refreshLogo } = useApp();
  const [accent, setAccent] = useState(org.accentColor ?? '');
  const [replyTo, setReplyTo] = useState(org.mailReplyTo ?? '');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (user?.role !== 'admin') return null;

  const run = async (work: () => Promise<void>) => {
    setSaved(false);
    setError(null);
    setFieldErrors({});
    setBusy(true);
    try {
      await work();
      setSaved(true);
    } catch (failure) {
      setFieldErrors(serverFieldErrors(failure));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const updated = await api.updateOrganisation({
        accentColor: accent.trim().toLowerCase() || null,
        mailReplyTo: replyTo.trim() || null,
      });
      setOrg(updated);
    });
  };

  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setFieldErrors({ logo: t('platform.logoTooLarge') });
      return;
    }
    void run(async () => {
      await api.setLogo(toBase64(await file.arrayBuffer()));
      refreshLogo();
    });
  };

  const remove = () =>
    run(async () => {
      await api.removeLogo();
      refreshLogo();
    });

  return (
    <section className="card stack" aria-labelledby="branding-title">
      <h2 id="branding-title">{t('platform.branding')}</h2>
      <p>{t('platform.brandingHint')}</p>
      <form onSubmit={submit} noValidate className="stack">
        <Field label={t('platform.accent')} hint={t('platform.accentHint')} error={fieldErrors.accentColor}>
          {(control) => (
            <span className="inline-fields">
              <input
                {...control}
                value={accent}
                onChange={(e) => setAccent(e.target.value)}
                placeholder={DEFAULT_ACCENT}
                maxLength={7}
                spellCheck={false}
                className="input-short"
              />
              <input
                type="color"
                aria-label={t('platform.accent')}
                value={/^#[0-9a-f]{6}$/i.test(accent) ? accent.toLowerCase() : DEFAULT_ACCENT}
                onChange={(e) => setAccent(e.target.value)}
              />
              <button type="button" className="button button-quiet" onClick={() => setAccent('')}>
                {t('platform.accentDefault')}
              </button>
            </span>
          )}
        </Field>
        <Field label={t('platform.replyTo')} hint={t('platform.replyToHint')} error={fieldErrors.mailReplyTo}>
          {(control) => (
            <input
              {...control}
              type="email"
              value={replyTo}
              onChange={(e) => setReplyTo(e.target.value)}
              maxLength={320}
              autoComplete="off"
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('platform.saveBranding')}
        </button>
      </form>
      <Field label={t('platform.logo')} hint={t('platform.logoHint')} error={fieldErrors.logo}>
        {(control) => (
          <input {...control} type="file" accept="image/png,image/jpeg" onChange={upload} disabled={busy} />
        )}
      </Field>
      {logo && (
        <p>
          <img src={logo} alt={t('platform.logo')} className="brand-logo" />{' '}
          <button type="button" className="button button-quiet" onClick={remove} disabled={busy}>
            {t('platform.logoRemove')}
          </button>
        </p>
      )}
      {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
      {saved && <Notice kind="success">{t('platform.saved')}</Notice>}
    </section>
  );
}
