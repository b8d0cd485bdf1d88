import type { ReactNode, RefObject } from 'react';
import { api } from '../api/api';
import { useApp } from '../app-context';
import { appointmentsOnly, useLoadOffers } from '../hooks/use-offers';
import { isLocale, locales } from '../i18n/messages';
import { signInFrom } from '../next-path';
import { isPortalPath } from '../pages/account/portal-layout';
import { Link, navigate, useLocation } from '../router';
import { Notice } from './notice';

export function Layout({ children, mainRef }: { children: ReactNode; mainRef: RefObject<HTMLElement | null> }) {
  const { org, user, locale, logo, t, setLocale, setSession } = useApp();
  const { path, query } = useLocation();
  const isStaff = user?.role === 'staff' || user?.role === 'admin';
  // Asked again on leaving the dashboard, where an admin may just have added the first class.
  const offers = useLoadOffers([path.startsWith('/admin')]);

  const signOut = async () => {
    // Signing out ends the session on the server; if that fails the cookie is gone anyway on expiry.
    await api.signOut().catch(() => undefined);
    setSession({ user: null, csrfToken: null });
    navigate('/');
  };

  const current = (prefix: string) =>
    (prefix === '/' ? path === '/' || path.startsWith('/classes/') : path.startsWith(prefix)) ? 'page' : undefined;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            {/* The name follows: the logo adds nothing to read aloud. */}
            {logo && <img src={logo} alt="" className="brand-logo" />}
            {org.name}
          </Link>
          <nav aria-label={t('nav.main')} className="site-nav">
            {!appointmentsOnly(offers.data) && (
              <Link to="/" aria-current={current('/')}>
                {t('nav.classes')}
              </Link>
            )}
            <Link to="/services" aria-current={current('/services')}>
              {t('nav.services')}
            </Link>
            <Link to="/shop" aria-current={current('/shop')}>
              {t('nav.shop')}
            </Link>
            {user && (
              <Link to="/account" aria-current={isPortalPath(path) ? 'page' : undefined}>
                {t('nav.account')}
              </Link>
            )}
            {isStaff && (
              <Link to="/admin" aria-current={current('/admin')}>
                {t('nav.admin')}
              </Link>
            )}
            {user ? (
              <button type="button" className="link-button" onClick={signOut}>
                {t('nav.signOut')}
              </button>
            ) : (
              <Link to={signInFrom(path)} aria-current={current('/sign-in')}>
                {t('nav.signIn')}
              </Link>
            )}
          </nav>
          <label className="language">
            <span className="visually-hidden">{t('nav.language')}</span>
            <select value={locale} onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}>
              {locales.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t(`lang.${option}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {user && query.has('welcome') && (
          <Notice kind="success">
            {t(isPortalPath(path) ? 'firsttime.welcome' : 'firsttime.ready', { name: user.name })}
          </Notice>
        )}
        {children}
      </main>
    </>
  );
}
