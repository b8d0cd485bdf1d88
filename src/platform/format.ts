import type { Locale } from './i18n.ts';

const intlLocale: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' };

/** Integer minor units in a currency, for people: 15000 SEK → "150,00 kr" (sv) or "SEK 150.00" (en). */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const format = new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  // In Swedish a whole amount is written without öre: "350 kr", "350,50 kr".
  if (locale === 'sv' && amount % 10 ** digits === 0) {
    const whole = { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 } as const;
    return new Intl.NumberFormat(intlLocale[locale], whole).format(amount / 10 ** digits);
  }
  return format.format(amount / 10 ** digits);
}

/** An instant as a date and time in the business's zone, never the server's. */
export function formatDateTime(instant: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(
    instant,
  );
}

export function formatTime(instant: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone, timeStyle: 'short' }).format(instant);
}
