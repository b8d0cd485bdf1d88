import type { Chart, ChartConfiguration } from 'chart.js';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type AnalyticsAnswers, type AnalyticsTable, type Period, analyticsApi } from '../../api/analytics-api';
import { useApp } from '../../app-context';
import { ErrorNotice } from '../../components/notice';
import { formatInstant, formatMoney, localeTags } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import type { Locale, MessageKey } from '../../i18n/messages';
import { AdminLayout } from './admin-layout';
import './analytics-page.css';
import { scrollRegion } from '../../components/scroll-region';

export function AnalyticsPage() {
  return (
    <AdminLayout section="analytics">
      <Analytics />
    </AdminLayout>
  );
}

/** Today in the organisation's zone, as YYYY-MM-DD (en-CA writes dates that way). */
const localToday = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function loadAll(period: Period): Promise<AnalyticsAnswers> {
  const [bookings, byMethod, byItem, fill, utilisation, payments, funnel, customers, balances] = await Promise.all([
    analyticsApi.bookings(period),
    analyticsApi.revenueByMethod(period),
    analyticsApi.revenueByItem(period),
    analyticsApi.fillRate(period),
    analyticsApi.utilisation(period),
    analyticsApi.payments(period),
    analyticsApi.funnel(period),
    analyticsApi.customers(period),
    analyticsApi.balances(period),
  ]);
  return {
    bookings,
    'revenue-by-method': byMethod,
    'revenue-by-item': byItem,
    'fill-rate': fill,
    utilisation,
    payments,
    funnel,
    customers,
    balances,
  };
}

function Analytics() {
  const { org, locale, t } = useApp();
  usePageTitle(t('analytics.title'));
  const today = localToday(org.timeZone);
  const [period, setPeriod] = useState<Period>({ from: shiftDays(today, -29), to: today });
  const [draft, setDraft] = useState<Period>(period);
  const [invalid, setInvalid] = useState(false);
  const data = useLoad(() => loadAll(period), [period.from, period.to]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const span = (Date.parse(draft.to) - Date.parse(draft.from)) / 86_400_000;
    if (!draft.from || !draft.to || span < 0 || span > 365) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setPeriod(draft);
  };
  // The days that end today (what came in), or those that start today (the classes and appointments to come).
  const preset = (days: number, ahead = false) => {
    const next = ahead
      ? { from: today, to: shiftDays(today, days - 1) }
      : { from: shiftDays(today, -(days - 1)), to: today };
    setDraft(next);
    setInvalid(false);
    setPeriod(next);
  };

  return (
    <section className="analytics">
      <h1>{t('analytics.title')}</h1>
      <p className="muted">{t('analytics.intro', { zone: org.timeZone })}</p>
      <form className="card analytics-period" onSubmit={apply} aria-label={t('analytics.period')}>
        <label>
          {t('analytics.from')}
          <input
            type="date"
            value={draft.from}
            required
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label>
          {t('analytics.to')}
          <input type="date" value={draft.to} required onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <button type="submit" className="button">
          {t('analytics.show')}
        </button>
        <span className="analytics-presets">
          {[7, 30, 90, 365].map((days) => (
            <button key={days} type="button" className="button button-quiet" onClick={() => preset(days)}>
              {t('analytics.lastDays', { days })}
            </button>
          ))}
          <button type="button" className="button button-quiet" onClick={() => preset(30, true)}>
            {t('analytics.nextDays', { days: 30 })}
          </button>
        </span>
        {invalid && (
          <p className="field-error" role="alert">
            {t('analytics.periodInvalid')}
          </p>
        )}
      </form>
      {data.error !== null && <ErrorNotice error={data.error} />}
      {data.loading && !data.data && <p aria-live="polite">{t('analytics.loading')}</p>}
      {data.data && <Tables answers={data.data} period={period} locale={locale} />}
    </section>
  );
}

type T = ReturnType<typeof useApp>['t'];

function Tables({ answers, period, locale }: { answers: AnalyticsAnswers; period: Period; locale: Locale }) {
  const { org, t } = useApp();
  const number = (value: number) => new Intl.NumberFormat(localeTags[locale]).format(value);
  const percent = (value: number | null) =>
    value === null
      ? '–'
      : new Intl.NumberFormat(localeTags[locale], { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, locale);
  // Charts plot major units (kronor, not öre), as the table beside them shows them.
  const major = (amount: number, currency: string) =>
    amount /
    10 ** (new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2);
  const day = (date: string) => formatInstant(`${date}T12:00:00Z`, 'shortDay', locale, 'UTC');
  const method = (m: string) => t(`analytics.method.${m}` as MessageKey);

  const bookings = answers.bookings.rows;
  const byMethod = answers['revenue-by-method'].rows;
  const byItem = answers['revenue-by-item'].rows;
  const fill = answers['fill-rate'].rows;
  const util = answers.utilisation.rows;
  const payments = answers.payments.rows;
  const funnel = answers.funnel.rows;
  const [mix] = answers.customers.rows;
  const [held] = answers.balances.rows;
  const sum = <R,>(rows: R[], pick: (row: R) => number) => rows.reduce((total, row) => total + pick(row), 0);

  // The charts follow the answers and the language; the helpers above are new closures on every render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const charts = useMemo(
    () => ({
      bookings: bar(
        bookings.map((r) => day(r.date)),
        [
          { label: t('analytics.col.classes'), data: bookings.map((r) => r.classes) },
          { label: t('analytics.col.appointments'), data: bookings.map((r) => r.appointments) },
          { label: t('analytics.col.cancelled'), data: bookings.map((r) => r.cancelled) },
          { label: t('analytics.col.noShows'), data: bookings.map((r) => r.noShows) },
        ],
        { stacked: false },
      ),
      byMethod: bar(
        byMethod.map((r) => method(r.method)),
        [{ label: t('analytics.col.net'), data: byMethod.map((r) => major(r.net, r.currency)) }],
      ),
      byItem: bar(
        byItem.map((r) => r.name),
        [{ label: t('analytics.col.net'), data: byItem.map((r) => major(r.net, r.currency)) }],
        { horizontal: true },
      ),
      fill: bar(
        fill.map((r) => `${r.title} ${formatInstant(r.startsAt, 'shortDay', locale, org.timeZone)}`),
        [{ label: t('analytics.col.fillRate'), data: fill.map((r) => Math.round((r.fillRate ?? 0) * 100)) }],
      ),
      util: bar(
        util.map((r) => r.name),
        [{ label: t('analytics.col.utilisation'), data: util.map((r) => Math.round((r.utilisation ?? 0) * 100)) }],
        { horizontal: true },
      ),
      funnel: bar(
        [t('analytics.col.pageViews'), t('analytics.col.checkoutsStarted'), t('analytics.col.bookedOnline')],
        [
          {
            label: t('analytics.funnel.title'),
            data: [
              sum(funnel, (r) => r.pageViews),
              sum(funnel, (r) => r.checkoutsStarted),
              sum(funnel, (r) => r.booked),
            ],
          },
        ],
      ),
    }),
    [answers, locale],
  );

  const download = (table: AnalyticsTable) => () => {
    analyticsApi.download(table, period).catch(() => undefined);
  };

  return (
    <>
      <ExportSection
        id="bookings"
        title={t('analytics.bookings.title')}
        onDownload={download('bookings')}
        hint={t('analytics.bookings.hint')}
        chart={charts.bookings}
        columns={['date', 'classes', 'appointments', 'cancelled', 'noShows']}
        rows={bookings
          .filter((r) => r.classes + r.appointments + r.cancelled + r.noShows > 0)
          .map((r) => [day(r.date), number(r.classes), number(r.appointments), number(r.cancelled), number(r.noShows)])}
        foot={[
          t('analytics.total'),
          number(sum(bookings, (r) => r.classes)),
          number(sum(bookings, (r) => r.appointments)),
          number(sum(bookings, (r) => r.cancelled)),
          number(sum(bookings, (r) => r.noShows)),
        ]}
      />

      <ExportSection
        id="revenue-method"
        title={t('analytics.revenueMethod.title')}
        onDownload={download('revenue-by-method')}
        hint={t('analytics.revenue.hint')}
        chart={charts.byMethod}
        columns={['method', 'payments', 'gross', 'refunded', 'net']}
        rows={byMethod.map((r) => [
          method(r.method),
          number(r.payments),
          money(r.gross, r.currency),
          money(r.refunded, r.currency),
          money(r.net, r.currency),
        ])}
      />

      <ExportSection
        id="revenue-item"
        title={t('analytics.revenueItem.title')}
        onDownload={download('revenue-by-item')}
        hint={t('analytics.revenueItem.hint')}
        chart={charts.byItem}
        columns={['name', 'kind', 'payments', 'gross', 'refunded', 'net']}
        rows={byItem.map((r) => [
          r.name,
          t(`analytics.kind.${r.kind}` as MessageKey),
          number(r.payments),
          money(r.gross, r.currency),
          money(r.refunded, r.currency),
          money(r.net, r.currency),
        ])}
      />

      <ExportSection
        id="fill"
        title={t('analytics.fill.title')}
        onDownload={download('fill-rate')}
        hint={t('analytics.fill.hint')}
        chart={charts.fill}
        columns={['class', 'starts', 'spots', 'booked', 'attended', 'fillRate']}
        rows={fill.map((r) => [
          r.title,
          formatInstant(r.startsAt, 'shortDateTime', locale, org.timeZone),
          number(r.spots),
          number(r.booked),
          number(r.attended),
          percent(r.fillRate),
        ])}
      />

      <ExportSection
        id="utilisation"
        title={t('analytics.utilisation.title')}
        onDownload={download('utilisation')}
        hint={t('analytics.utilisation.hint')}
        chart={charts.util}
        columns={['provider', 'workingHours', 'bookedHours', 'utilisation']}
        rows={util.map((r) => [
          r.name,
          number(Math.round(r.workingMinutes / 6) / 10),
          number(Math.round(r.bookedMinutes / 6) / 10),
          percent(r.utilisation),
        ])}
      />

      <ExportSection
        id="payments"
        title={t('analytics.payments.title')}
        onDownload={download('payments')}
        hint={t('analytics.payments.hint')}
        columns={['method', 'started', 'succeeded', 'failed', 'cancelledPayments', 'pending', 'successRate']}
        rows={payments.map((r) => [
          method(r.method),
          number(r.started),
          number(r.succeeded),
          number(r.failed),
          number(r.cancelled),
          number(r.pending),
          percent(r.successRate),
        ])}
      />

      <ExportSection
        id="funnel"
        title={t('analytics.funnel.title')}
        onDownload={download('funnel')}
        hint={t('analytics.funnel.hint')}
        chart={charts.funnel}
        columns={['date', 'pageViews', 'checkoutsStarted', 'bookedOnline']}
        rows={funnel
          .filter((r) => r.pageViews + r.checkoutsStarted + r.booked > 0)
          .map((r) => [day(r.date), number(r.pageViews), number(r.checkoutsStarted), number(r.booked)])}
        foot={[
          t('analytics.total'),
          number(sum(funnel, (r) => r.pageViews)),
          number(sum(funnel, (r) => r.checkoutsStarted)),
          number(sum(funnel, (r) => r.booked)),
        ]}
      />

      <ExportSection
        id="customers"
        title={t('analytics.customers.title')}
        onDownload={download('customers')}
        hint={t('analytics.customers.hint')}
        columns={['newCustomers', 'returningCustomers']}
        rows={mix ? [[number(mix.newCustomers), number(mix.returningCustomers)]] : []}
      />

      <ExportSection
        id="balances"
        title={t('analytics.balances.title')}
        onDownload={download('balances')}
        hint={t('analytics.balances.hint')}
        columns={['credits', 'creditCustomers', 'points', 'pointCustomers']}
        rows={
          held
            ? [[number(held.credits), number(held.creditCustomers), number(held.points), number(held.pointCustomers)]]
            : []
        }
      />
    </>
  );
}

const col = (name: string) => `analytics.col.${name}` as MessageKey;

/**
 * One table of the page: its heading and CSV download, a hint, a chart where it has one, and the table
 * (the caption and the chart's label are the title; columns are `analytics.col.*` names).
 */
function ExportSection({
  id,
  title,
  onDownload,
  hint,
  chart,
  columns,
  rows,
  foot,
}: {
  id: string;
  title: string;
  onDownload: () => void;
  hint?: string;
  chart?: ChartConfiguration<'bar'>;
  columns: string[];
  rows: string[][];
  foot?: string[];
}) {
  const { t } = useApp();
  return (
    <section className="card analytics-section" aria-labelledby={`analytics-${id}`}>
      <div className="heading-row">
        <h2 id={`analytics-${id}`}>{title}</h2>
        <button type="button" className="button button-quiet" onClick={onDownload}>
          {t('analytics.downloadCsv')}
          <span className="visually-hidden"> ({title})</span>
        </button>
      </div>
      {hint && <p className="muted">{hint}</p>}
      {chart && <ChartBox config={chart} label={t('analytics.chartOf', { title })} />}
      <DataTable caption={title} head={columns.map((c) => t(col(c)))} rows={rows} foot={foot} t={t} />
    </section>
  );
}

function DataTable({
  caption,
  head,
  rows,
  foot,
  t,
}: {
  caption: string;
  head: string[];
  rows: string[][];
  foot?: string[];
  t: T;
}) {
  if (rows.length === 0) return <p className="muted">{t('analytics.nothing')}</p>;
  return (
    <div className="table-wrap" {...scrollRegion(caption)}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are re-rendered whole for every period
            <tr key={i}>
              {cells.map((cell, j) =>
                j === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <tr>
              {foot.map((cell, j) =>
                j === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

const palette = ['#2f6f5e', '#c9733a', '#7a4f9a', '#b23a48'];

function bar(
  labels: string[],
  datasets: { label: string; data: number[] }[],
  options: { horizontal?: boolean; stacked?: boolean } = {},
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels,
      datasets: datasets.map((set, i) => ({ ...set, backgroundColor: palette[i % palette.length] })),
    },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: datasets.length > 1 } },
      scales: { x: { stacked: options.stacked ?? false }, y: { stacked: options.stacked ?? false } },
    },
  };
}

/**
 * A chart drawn by Chart.js, which is fetched on first use so that no other page carries it. The canvas
 * is a picture with a name; the table under it is where a screen reader reads the numbers.
 */
function ChartBox({ config, label }: { config: ChartConfiguration<'bar'>; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: Chart<'bar'> | undefined;
    let gone = false;
    import('chart.js/auto').then(
      ({ default: ChartJs }) => {
        if (gone || !canvas.current) return;
        chart = new ChartJs(canvas.current, config);
      },
      () => undefined,
    ); // without the chart the table still says it all
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
