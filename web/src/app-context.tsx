import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { api } from './api/api';
import { ApiError, type Organisation, type Session, type User, requestDefaults } from './api/client';
import { applyAccent, loadLogo } from './branding';
import { StatusScreen } from './components/status-screen';
import { type Catalogue, english, isLocale, type Locale, loadCatalogue, type MessageKey } from './i18n/messages';

type Params = Record<string, string | number>;
type PluralBase = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

export interface AppContextValue {
  org: Organisation;
  user: User | null;
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** A plural text: `base.one` or `base.other`, chosen for `count` in the current language. */
  tn(base: PluralBase, count: number, params?: Params): string;
  setLocale(locale: Locale): void;
  setSession(session: Session): void;
  setOrg(org: Organisation): void;
  /** The organisation's logo (a data URL), or null. */
  logo: string | null;
  /** Reads the organisation again, and with it the logo's version (after an admin changed it). */
  refreshLogo(): void;
}

const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppProvider');
  return value;
}

const LOCALE_KEY = 'slotwise.locale';

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(LOCALE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/**
 * The visitor's own language, when Slotwise speaks it: the first of the browser's languages it has
 * (as the server answers Accept-Language), else null and the business's language is used.
 */
function browserLocale(): Locale | null {
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of tags) {
    const primary = tag?.toLowerCase().split('-')[0] ?? null;
    if (isLocale(primary)) return primary;
  }
  return null;
}

/*
 * A page known to be in another language (the visitor chose it before, or the server wrote the
 * business's language into the page) starts fetching its texts now, alongside the organisation and
 * the session, rather than one round trip after them.
 */
const earlyLocale =
  storedLocale() ?? browserLocale() ?? (isLocale(document.documentElement.lang) ? document.documentElement.lang : null);
if (earlyLocale && earlyLocale !== 'en') loadCatalogue(earlyLocale).catch(() => {});

const fill = (template: string, params: Params = {}) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (params[name] === undefined ? match : String(params[name])));

interface Loaded {
  org: Organisation;
  user: User | null;
}

interface Texts {
  locale: Locale;
  catalogue: Catalogue;
}

/** Loads the organisation and the session, then provides them with the chosen language. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<'unreachable' | 'unknown_org' | false>(false);
  const [chosen, setChosen] = useState<Locale | null>(storedLocale);
  const [logo, setLogo] = useState<string | null>(null);
  const [texts, setTexts] = useState<Texts | null>(null);
  const logoVersion = loaded?.org.logoVersion ?? null;
  // The organisation says whether it has a logo: one without is never asked for it (no 404 on each page).
  useEffect(() => {
    if (!logoVersion) {
      setLogo(null);
      return;
    }
    let current = true;
    loadLogo(logoVersion).then(
      (data) => current && setLogo(data),
      () => current && setLogo(null),
    );
    return () => {
      current = false;
    };
  }, [logoVersion]);
  const refreshLogo = useCallback(() => {
    api.organisation().then(
      (org) => setLoaded((current) => current && { ...current, org }),
      () => {},
    );
  }, []);
  const accent = loaded?.org.accentColor ?? null;
  useEffect(() => applyAccent(accent), [accent]);

  // A signed-in user's saved language is theirs everywhere: the page shows it, as the server's
  // messages and the mails do (a page left in another language answered errors in the saved one).
  // A language switched to on this page, before signing in: the visitor's latest word, which the
  // account then takes (rather than the page falling back to the account's older choice).
  const switchedHere = useRef<Locale | null>(null);
  const adoptLanguageOf = useCallback((user: { locale: Locale | null } | null) => {
    if (!user?.locale) return;
    rememberLocale(user.locale);
    setChosen(user.locale);
  }, []);

  const load = useCallback(() => {
    setFailure(false);
    Promise.all([api.organisation(), api.session()]).then(
      ([org, session]) => {
        requestDefaults.csrfToken = session.csrfToken;
        adoptLanguageOf(session.user);
        setLoaded({ org, user: session.user });
      },
      // An address under /o/{slug}/ that names no organisation is a page that does not exist.
      (error: unknown) =>
        setFailure(
          error instanceof ApiError && error.code === 'organisation_not_found' ? 'unknown_org' : 'unreachable',
        ),
    );
  }, [adoptLanguageOf]);
  useEffect(load, [load]);

  // The visitor's choice, else their browser's language if Slotwise has it, else the business's. Until
  // the organisation is known its language is not: no text is fetched for a guess.
  const wanted: Locale | null = chosen ?? (loaded ? (browserLocale() ?? loaded.org.defaultLocale) : null);
  const locale: Locale = wanted ?? 'en';
  requestDefaults.locale = locale;
  useEffect(() => {
    // After a failed fetch, "try again" clears the failure and so fetches again.
    if (failure || !wanted || texts?.locale === wanted) return;
    let current = true;
    loadCatalogue(wanted).then(
      (catalogue) => current && setTexts({ locale: wanted, catalogue }),
      () => current && setFailure('unreachable'),
    );
    return () => {
      current = false;
    };
  }, [failure, wanted, texts?.locale]);
  // The page shows the language whose texts are here: a switch keeps the page (and what was typed
  // into it) in the old language until the new one has arrived, and the first paint waits for it.
  const shown: Locale = texts?.locale ?? locale;
  // Before the paint: the page's words and its lang attribute change together (screen readers read by it).
  useLayoutEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);

  const value = useMemo<AppContextValue | null>(() => {
    if (!loaded || !texts) return null;
    const { catalogue } = texts;
    const plurals = new Intl.PluralRules(texts.locale);
    return {
      org: loaded.org,
      user: loaded.user,
      locale: texts.locale,
      logo,
      refreshLogo,
      t: (key, params) => fill(catalogue[key], params),
      // A message may say "none" its own way (`.zero`), where "0 bookings" would read oddly.
      tn: (base, count, params) => {
        const form =
          count === 0 && `${base}.zero` in catalogue ? 'zero' : plurals.select(count) === 'one' ? 'one' : 'other';
        return fill(catalogue[`${base}.${form}` as MessageKey], { count, ...params });
      },
      setLocale(next) {
        rememberLocale(next);
        setChosen(next);
        switchedHere.current = next;
        // A signed-in user's language also decides their mails and the server's messages.
        if (loaded.user && loaded.user.locale !== next) {
          api
            .updateMe({ locale: next })
            .then((user) => setLoaded((current) => current && { ...current, user }))
            .catch(() => {});
        }
      },
      setSession(session) {
        requestDefaults.csrfToken = session.csrfToken;
        const switched = switchedHere.current;
        setLoaded((current) => current && { ...current, user: session.user });
        if (session.user && switched && session.user.locale !== switched) {
          api
            .updateMe({ locale: switched })
            .then((user) => setLoaded((current) => current && { ...current, user }))
            .catch(() => {});
          return;
        }
        adoptLanguageOf(session.user);
      },
      setOrg(org) {
        setLoaded((current) => current && { ...current, org });
      },
    };
  }, [loaded, texts, logo, refreshLogo, adoptLanguageOf]);

  // A failure before the chosen language's texts are here is told in English; "loading" is not told
  // in a language the page will not be in.
  const status = texts?.catalogue ?? english;
  const expected = wanted ?? earlyLocale ?? 'en';
  if (failure === 'unknown_org') {
    return (
      <main className="status-screen">
        <h1>{status['notFound.title']}</h1>
        <p>{status['notFound.text']}</p>
        <a href="/">{status['notFound.back']}</a>
      </main>
    );
  }
  if (failure) {
    return <StatusScreen text={status['app.unreachable']} retry={{ label: status['app.retry'], onClick: load }} />;
  }
  if (!value) {
    return <StatusScreen text={(texts?.locale ?? 'en') === expected ? status['app.loading'] : ''} />;
  }
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}
