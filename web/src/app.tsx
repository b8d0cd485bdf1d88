import { Fragment, type ReactNode, useEffect, useRef } from 'react';
import { Layout } from './components/layout';
import { AppointmentFormPage } from './pages/admin/appointment-form-page';
import { AnalyticsPage } from './pages/admin/analytics-page';
import { ApiKeysPage } from './pages/admin/api-keys-page';
import { WebhooksPage } from './pages/admin/webhooks-page';
import { AuditPage } from './pages/admin/audit-page';
import { ClassAdminPage } from './pages/admin/class-admin-page';
import { ClassFormPage } from './pages/admin/class-form-page';
import { RosterPage } from './pages/admin/roster-page';
import { ClassesAdminPage } from './pages/admin/classes-admin-page';
import { CustomersPage } from './pages/admin/customers-page';
import { InvoicesAdminPage } from './pages/admin/invoices-admin-page';
import { FailedBookingsPage } from './pages/admin/failed-bookings-page';
import { IntegrityPage } from './pages/admin/integrity-page';
import { JobsPage } from './pages/admin/jobs-page';
import { LocationFormPage } from './pages/admin/location-form-page';
import { LocationsAdminPage } from './pages/admin/locations-admin-page';
import { ProviderFormPage } from './pages/admin/provider-form-page';
import { ProviderPage } from './pages/admin/provider-page';
import { ProviderSchedulePage } from './pages/admin/provider-schedule-page';
import { ProvidersAdminPage } from './pages/admin/providers-admin-page';
import { PricingAdminPage } from './pages/admin/pricing-admin-page';
import { ServiceFormPage } from './pages/admin/service-form-page';
import { ServicesAdminPage } from './pages/admin/services-admin-page';
import { SettingsPage } from './pages/admin/settings-page';
import { SeriesFormPage } from './pages/admin/series-form-page';
import { ForgotPasswordPage } from './pages/account/forgot-password-page';
import { MyBookingsPage } from './pages/account/my-bookings-page';
import { MyInvoicesPage } from './pages/account/my-invoices-page';
import { OverviewPage } from './pages/account/overview-page';
import { ProfilePage } from './pages/account/profile-page';
import { ConfirmEmailPage } from './pages/account/confirm-email-page';
import { AccountDeletedPage } from './pages/account/account-deleted-page';
import { PortalLayout, isPortalPath } from './pages/account/portal-layout';
import { PaymentsPage } from './pages/account/payments-page';
import { CreditsPage } from './pages/account/credits-page';
import { LoyaltyPage } from './pages/account/loyalty-page';
import { LoyaltyAdminPage } from './pages/admin/loyalty-admin-page';
import { CardsPage } from './pages/account/cards-page';
import { CreditsAdminPage } from './pages/admin/credits-admin-page';
import { ShopPage } from './pages/account/shop-page';
import { ResetPasswordPage } from './pages/account/reset-password-page';
import { SignInPage } from './pages/account/sign-in-page';
import { SignUpPage } from './pages/account/sign-up-page';
import { ClassPage } from './pages/booking/class-page';
import { FindBookingsPage } from './pages/booking/find-bookings-page';
import { ManagePage } from './pages/booking/manage-page';
import { ServicePage } from './pages/booking/service-page';
import { ServicesPage } from './pages/booking/services-page';
import { WeekPage } from './pages/booking/week-page';
import { WaitlistPage } from './pages/booking/waitlist';
import { NotFoundPage } from './pages/not-found-page';
import { matchPath, useLocation } from './router';

type Route = [pattern: string, render: (params: Record<string, string>) => ReactNode];

const routes: Route[] = [
  ['/', () => <WeekPage />],
  ['/classes/:classId', ({ classId = '' }) => <ClassPage classId={classId} />],
  ['/services', () => <ServicesPage />],
  ['/services/:serviceId', ({ serviceId = '' }) => <ServicePage serviceId={serviceId} />],
  ['/manage/:token', ({ token = '' }) => <ManagePage token={token} />],
  ['/find-bookings', () => <FindBookingsPage />],
  ['/waitlist/:token', ({ token = '' }) => <WaitlistPage token={token} />],
  ['/sign-in', () => <SignInPage />],
  ['/sign-up', () => <SignUpPage />],
  ['/forgot-password', () => <ForgotPasswordPage />],
  ['/reset-password', () => <ResetPasswordPage />],
  ['/account', () => <OverviewPage />],
  ['/account/bookings', () => <MyBookingsPage />],
  ['/account/profile', () => <ProfilePage />],
  ['/confirm-email', () => <ConfirmEmailPage />],
  ['/account-deleted', () => <AccountDeletedPage />],
  ['/account/invoices', () => <MyInvoicesPage />],
  ['/account/payments', () => <PaymentsPage />],
  ['/account/credits', () => <CreditsPage />],
  ['/account/loyalty', () => <LoyaltyPage />],
  ['/account/cards', () => <CardsPage />],
  ['/shop', () => <ShopPage />],
  ['/admin', () => <ClassesAdminPage />],
  ['/admin/classes/new', () => <ClassFormPage />],
  ['/admin/series/new', () => <SeriesFormPage />],
  ['/admin/classes/:classId', ({ classId = '' }) => <ClassAdminPage classId={classId} />],
  ['/admin/classes/:classId/edit', ({ classId = '' }) => <ClassFormPage classId={classId} />],
  ['/admin/classes/:classId/roster', ({ classId = '' }) => <RosterPage classId={classId} />],
  ['/admin/services', () => <ServicesAdminPage />],
  ['/admin/services/new', () => <ServiceFormPage />],
  ['/admin/services/:serviceId/edit', ({ serviceId = '' }) => <ServiceFormPage serviceId={serviceId} />],
  ['/admin/providers', () => <ProvidersAdminPage />],
  ['/admin/providers/new', () => <ProviderFormPage />],
  ['/admin/providers/:providerId', ({ providerId = '' }) => <ProviderPage providerId={providerId} />],
  ['/admin/providers/:providerId/edit', ({ providerId = '' }) => <ProviderFormPage providerId={providerId} />],
  ['/admin/providers/:providerId/schedule', ({ providerId = '' }) => <ProviderSchedulePage providerId={providerId} />],
  ['/admin/appointments/new', () => <AppointmentFormPage />],
  ['/admin/locations', () => <LocationsAdminPage />],
  ['/admin/credits', () => <CreditsAdminPage />],
  ['/admin/analytics', () => <AnalyticsPage />],
  ['/admin/loyalty', () => <LoyaltyAdminPage />],
  ['/admin/pricing', () => <PricingAdminPage />],
  ['/admin/locations/new', () => <LocationFormPage />],
  ['/admin/locations/:locationId/edit', ({ locationId = '' }) => <LocationFormPage locationId={locationId} />],
  ['/admin/customers', () => <CustomersPage />],
  ['/admin/invoices', () => <InvoicesAdminPage />],
  ['/admin/failed-bookings', () => <FailedBookingsPage />],
  ['/admin/integrity', () => <IntegrityPage />],
  ['/admin/jobs', () => <JobsPage />],
  ['/admin/audit', () => <AuditPage />],
  ['/admin/api-keys', () => <ApiKeysPage />],
  ['/admin/webhooks', () => <WebhooksPage />],
  ['/admin/settings', () => <SettingsPage />],
];

function render(path: string): ReactNode {
  for (const [pattern, page] of routes) {
    const params = matchPath(pattern, path);
    if (!params) continue;
    // Every portal page gets the portal's tabs here, so a page only registers its route.
    return isPortalPath(path) ? <PortalLayout path={path}>{page(params)}</PortalLayout> : page(params);
  }
  return <NotFoundPage />;
}

export function App() {
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  // After a page change, start reading (and tabbing) from the top of the new page.
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = path;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <Layout mainRef={main}>
      <Fragment key={path}>{render(path)}</Fragment>
    </Layout>
  );
}
