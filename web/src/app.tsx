import { Fragment, type FunctionComponent, type ReactNode, Suspense, lazy, useEffect, useRef } from 'react';
import { Layout } from './components/layout';
import { PortalLayout, isPortalPath } from './pages/account/portal-layout';
import { ClassPage } from './pages/booking/class-page';
import { FindBookingsPage } from './pages/booking/find-bookings-page';
import { ManagePage } from './pages/booking/manage-page';
import { ServicePage } from './pages/booking/service-page';
import { LeaveWaitlistPage, WaitlistPage } from './pages/booking/waitlist';
import { ServicesPage } from './pages/booking/services-page';
import { WeekPage } from './pages/booking/week-page';
import { NotFoundPage } from './pages/not-found-page';
import { matchPath, useLocation } from './router';

/*
 * The dashboard and the account pages are loaded when first opened, so that a visitor of the public
 * booking pages (the week, a class, a service, a manage link) downloads none of their code.
 */
function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): Module[Name] {
  // The page keeps its own props type; lazy() only needs it to be a component.
  return lazy(async () => ({ default: (await load())[name] as FunctionComponent })) as Module[Name];
}

const AppointmentFormPage = lazyPage(() => import('./pages/admin/appointment-form-page'), 'AppointmentFormPage');
const AppointmentsAdminPage = lazyPage(() => import('./pages/admin/appointments-admin-page'), 'AppointmentsAdminPage');
const ApiKeysPage = lazyPage(() => import('./pages/admin/api-keys-page'), 'ApiKeysPage');
const AuditPage = lazyPage(() => import('./pages/admin/audit-page'), 'AuditPage');
const ClassAdminPage = lazyPage(() => import('./pages/admin/class-admin-page'), 'ClassAdminPage');
const ClassFormPage = lazyPage(() => import('./pages/admin/class-form-page'), 'ClassFormPage');
const ClassesAdminPage = lazyPage(() => import('./pages/admin/classes-admin-page'), 'ClassesAdminPage');
const CustomersPage = lazyPage(() => import('./pages/admin/customers-page'), 'CustomersPage');
const CustomerPage = lazyPage(() => import('./pages/admin/customer-page'), 'CustomerPage');
const InvoicesAdminPage = lazyPage(() => import('./pages/admin/invoices-admin-page'), 'InvoicesAdminPage');
const FailedBookingsPage = lazyPage(() => import('./pages/admin/failed-bookings-page'), 'FailedBookingsPage');
const IntegrityPage = lazyPage(() => import('./pages/admin/integrity-page'), 'IntegrityPage');
const JobsPage = lazyPage(() => import('./pages/admin/jobs-page'), 'JobsPage');
const LocationFormPage = lazyPage(() => import('./pages/admin/location-form-page'), 'LocationFormPage');
const LocationsAdminPage = lazyPage(() => import('./pages/admin/locations-admin-page'), 'LocationsAdminPage');
const ProviderFormPage = lazyPage(() => import('./pages/admin/provider-form-page'), 'ProviderFormPage');
const ProviderPage = lazyPage(() => import('./pages/admin/provider-page'), 'ProviderPage');
const ProviderSchedulePage = lazyPage(() => import('./pages/admin/provider-schedule-page'), 'ProviderSchedulePage');
const ProvidersAdminPage = lazyPage(() => import('./pages/admin/providers-admin-page'), 'ProvidersAdminPage');
const PricingAdminPage = lazyPage(() => import('./pages/admin/pricing-admin-page'), 'PricingAdminPage');
const ServiceFormPage = lazyPage(() => import('./pages/admin/service-form-page'), 'ServiceFormPage');
const ServicesAdminPage = lazyPage(() => import('./pages/admin/services-admin-page'), 'ServicesAdminPage');
const TeamPage = lazyPage(() => import('./pages/admin/team-page'), 'TeamPage');
const SettingsPage = lazyPage(() => import('./pages/admin/settings-page'), 'SettingsPage');
const ForgotPasswordPage = lazyPage(() => import('./pages/account/forgot-password-page'), 'ForgotPasswordPage');
const MyBookingsPage = lazyPage(() => import('./pages/account/my-bookings-page'), 'MyBookingsPage');
const LinkGuestBookingsPage = lazyPage(() => import('./pages/account/guest-bookings'), 'LinkGuestBookingsPage');
const MyInvoicesPage = lazyPage(() => import('./pages/account/my-invoices-page'), 'MyInvoicesPage');
const OverviewPage = lazyPage(() => import('./pages/account/overview-page'), 'OverviewPage');
const ProfilePage = lazyPage(() => import('./pages/account/profile-page'), 'ProfilePage');
const ConfirmEmailPage = lazyPage(() => import('./pages/account/confirm-email-page'), 'ConfirmEmailPage');
const AccountDeletedPage = lazyPage(() => import('./pages/account/account-deleted-page'), 'AccountDeletedPage');
const PaymentsPage = lazyPage(() => import('./pages/account/payments-page'), 'PaymentsPage');
const CreditsPage = lazyPage(() => import('./pages/account/credits-page'), 'CreditsPage');
const LoyaltyPage = lazyPage(() => import('./pages/account/loyalty-page'), 'LoyaltyPage');
const LoyaltyAdminPage = lazyPage(() => import('./pages/admin/loyalty-admin-page'), 'LoyaltyAdminPage');
const CardsPage = lazyPage(() => import('./pages/account/cards-page'), 'CardsPage');
const CreditsAdminPage = lazyPage(() => import('./pages/admin/credits-admin-page'), 'CreditsAdminPage');
const ShopPage = lazyPage(() => import('./pages/account/shop-page'), 'ShopPage');
const ResetPasswordPage = lazyPage(() => import('./pages/account/reset-password-page'), 'ResetPasswordPage');
const JoinPage = lazyPage(() => import('./pages/account/join-page'), 'JoinPage');
const YourDataPage = lazyPage(() => import('./pages/account/your-data-page'), 'YourDataPage');
const SignInPage = lazyPage(() => import('./pages/account/sign-in-page'), 'SignInPage');
const SignUpPage = lazyPage(() => import('./pages/account/sign-up-page'), 'SignUpPage');
const AnalyticsPage = lazyPage(() => import('./pages/admin/analytics-page'), 'AnalyticsPage');
const WebhooksPage = lazyPage(() => import('./pages/admin/webhooks-page'), 'WebhooksPage');
const RosterPage = lazyPage(() => import('./pages/admin/roster-page'), 'RosterPage');
const SeriesFormPage = lazyPage(() => import('./pages/admin/series-form-page'), 'SeriesFormPage');

type Route = [pattern: string, render: (params: Record<string, string>) => ReactNode];

const routes: Route[] = [
  ['/', () => <WeekPage />],
  ['/classes/:classId', ({ classId = '' }) => <ClassPage classId={classId} />],
  ['/services', () => <ServicesPage />],
  ['/services/:serviceId', ({ serviceId = '' }) => <ServicePage serviceId={serviceId} />],
  ['/manage/:token', ({ token = '' }) => <ManagePage token={token} />],
  ['/find-bookings', () => <FindBookingsPage />],
  ['/waitlist/:token', ({ token = '' }) => <WaitlistPage token={token} />],
  ['/waitlist/:token/leave', ({ token = '' }) => <LeaveWaitlistPage token={token} />],
  ['/admin/series/new', () => <SeriesFormPage />],
  ['/admin/classes/:classId/roster', ({ classId = '' }) => <RosterPage classId={classId} />],
  ['/admin/analytics', () => <AnalyticsPage />],
  ['/admin/webhooks', () => <WebhooksPage />],
  ['/sign-in', () => <SignInPage />],
  ['/sign-up', () => <SignUpPage />],
  ['/forgot-password', () => <ForgotPasswordPage />],
  ['/reset-password', () => <ResetPasswordPage />],
  ['/join', () => <JoinPage />],
  ['/your-data', () => <YourDataPage />],
  ['/account', () => <OverviewPage />],
  ['/account/bookings', () => <MyBookingsPage />],
  ['/account/profile', () => <ProfilePage />],
  ['/account/link-bookings', () => <LinkGuestBookingsPage />],
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
  ['/admin/classes/:classId', ({ classId = '' }) => <ClassAdminPage classId={classId} />],
  ['/admin/classes/:classId/edit', ({ classId = '' }) => <ClassFormPage classId={classId} />],
  ['/admin/services', () => <ServicesAdminPage />],
  ['/admin/services/new', () => <ServiceFormPage />],
  ['/admin/services/:serviceId/edit', ({ serviceId = '' }) => <ServiceFormPage serviceId={serviceId} />],
  ['/admin/providers', () => <ProvidersAdminPage />],
  ['/admin/providers/new', () => <ProviderFormPage />],
  ['/admin/providers/:providerId', ({ providerId = '' }) => <ProviderPage providerId={providerId} />],
  ['/admin/providers/:providerId/edit', ({ providerId = '' }) => <ProviderFormPage providerId={providerId} />],
  ['/admin/providers/:providerId/schedule', ({ providerId = '' }) => <ProviderSchedulePage providerId={providerId} />],
  ['/admin/appointments', () => <AppointmentsAdminPage />],
  ['/admin/appointments/new', () => <AppointmentFormPage />],
  ['/admin/locations', () => <LocationsAdminPage />],
  ['/admin/credits', () => <CreditsAdminPage />],
  ['/admin/loyalty', () => <LoyaltyAdminPage />],
  ['/admin/pricing', () => <PricingAdminPage />],
  ['/admin/locations/new', () => <LocationFormPage />],
  ['/admin/locations/:locationId/edit', ({ locationId = '' }) => <LocationFormPage locationId={locationId} />],
  ['/admin/customers', () => <CustomersPage />],
  ['/admin/customers/:customerId', ({ customerId = '' }) => <CustomerPage customerId={customerId} />],
  ['/admin/invoices', () => <InvoicesAdminPage />],
  ['/admin/failed-bookings', () => <FailedBookingsPage />],
  ['/admin/integrity', () => <IntegrityPage />],
  ['/admin/jobs', () => <JobsPage />],
  ['/admin/audit', () => <AuditPage />],
  ['/admin/api-keys', () => <ApiKeysPage />],
  ['/admin/team', () => <TeamPage />],
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
      <Fragment key={path}>
        <Suspense fallback={null}>{render(path)}</Suspense>
      </Fragment>
    </Layout>
  );
}
