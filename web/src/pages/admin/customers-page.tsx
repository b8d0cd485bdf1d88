import { type FormEvent, useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice } from '../../components/notice';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate, useLocation } from '../../router';
import { AdminLayout } from './admin-layout';
import { CustomerCredits } from './customer-credits';
import { scrollRegion } from '../../components/scroll-region';

export function CustomersPage() {
  return (
    <AdminLayout section="customers">
      <Customers />
    </AdminLayout>
  );
}

/** Guests and account holders, searchable by part of a name or email (kept in the URL). */
function Customers() {
  const { org, locale, t } = useApp();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const loaded = useLoad(() => api.customers(q), [q]);
  usePageTitle(t('admin.customers'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const term = search.trim();
    navigate(term ? `/admin/customers?q=${encodeURIComponent(term)}` : '/admin/customers');
  };

  return (
    <section>
      <h1>{t('admin.customers')}</h1>
      <search>
        <form className="search" onSubmit={submit}>
          <Field label={t('customers.search')}>
            {(control) => (
              <input
                {...control}
                type="search"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                maxLength={200}
              />
            )}
          </Field>
          <button type="submit" className="button">
            {t('customers.searchButton')}
          </button>
        </form>
      </search>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.data && loaded.data.customers.length === 0 && <p className="empty">{t('customers.none')}</p>}
      {loaded.data && loaded.data.customers.length > 0 && (
        <div className="table-wrap" {...scrollRegion(t('admin.customers'))}>
          <table className="customers-table">
            <thead>
              <tr>
                <th scope="col">{t('customers.name')}</th>
                <th scope="col">{t('customers.email')}</th>
                <th scope="col">{t('customers.account')}</th>
                <th scope="col">{t('customers.activeBookings')}</th>
                <th scope="col">{t('customers.since')}</th>
                <th scope="col">{t('customers.credits')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.customers.map((customer) => (
                <tr key={customer.id}>
                  <td>
                    <Link to={`/admin/customers/${customer.id}`}>{customer.name}</Link>
                  </td>
                  <td>
                    <Email address={customer.email} />
                  </td>
                  <td>{customer.hasAccount ? t('customers.yes') : t('customers.no')}</td>
                  <td>{customer.activeBookings}</td>
                  <td className="nowrap">{formatInstant(customer.createdAt, 'shortDay', locale, org.timeZone)}</td>
                  <td>
                    <button
                      className="button button-small button-quiet"
                      type="button"
                      aria-pressed={chosen?.id === customer.id}
                      onClick={() => setChosen({ id: customer.id, name: customer.name })}
                    >
                      {t('customers.creditsFor', { name: customer.name })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen && <CustomerCredits key={chosen.id} customerId={chosen.id} name={chosen.name} />}
    </section>
  );
}

/**
 * An address in two unbreakable halves, so that it wraps before its '@' (where a reader expects it)
 * and inside a half only when that half alone is wider than the line.
 */
function Email({ address }: { address: string }) {
  const at = address.lastIndexOf('@');
  if (at <= 0) return <>{address}</>;
  return (
    <>
      <span className="email-part">{address.slice(0, at)}</span>
      <span className="email-part">{address.slice(at)}</span>
    </>
  );
}
