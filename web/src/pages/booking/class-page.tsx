import { useState } from 'react';
import { api } from '../../api/api';
import type { ClassItem } from '../../api/client';
import { useApp } from '../../app-context';
import { Availability, PlaceAndTime, Price, hasStarted } from '../../components/class-bits';
import { ErrorNotice, Notice } from '../../components/notice';
import { useLoad } from '../../hooks/use-load';
import { useFunnelStep } from '../../hooks/use-funnel-step';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';
import { Checkout } from './checkout';
import { JoinWaitlist } from './waitlist';
import { ZoneToggle } from '../../time-zone';

/** One class: what, when, where, how many spots, and the checkout while it can be booked. */
export function ClassPage({ classId }: { classId: string }) {
  const { t } = useApp();
  const loaded = useLoad(() => api.class(classId), [classId]);
  const [refusal, setRefusal] = useState<unknown>(null);
  const cls = loaded.data;
  usePageTitle(cls?.title ?? '');
  useFunnelStep('page_view');

  // A refusal such as "full" means the class changed since it was shown: show it as it is now.
  const refused = (error: unknown) => {
    setRefusal(error);
    loaded.reload();
  };

  return (
    <article className="class-page">
      <p>
        <Link to="/">← {t('class.back')}</Link>
      </p>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {!cls && loaded.loading && <p>{t('app.loading')}</p>}
      {cls && (
        <>
          <h1>{cls.title}</h1>
          <ClassFacts cls={cls} />
          <ZoneToggle zones={[cls.timeZone]} />
          {cls.description && <p className="description">{cls.description}</p>}
          {refusal !== null && <ErrorNotice error={refusal} />}
          <Bookability cls={cls} onRefused={refused} />
        </>
      )}
    </article>
  );
}

function ClassFacts({ cls }: { cls: ClassItem }) {
  const { t } = useApp();
  return (
    <dl className="facts">
      <PlaceAndTime cls={cls} />
      <dt>{t('class.price')}</dt>
      <dd>
        <Price money={cls.price} />
      </dd>
      <dt>{t('class.availability')}</dt>
      <dd>
        <Availability cls={cls} />
      </dd>
    </dl>
  );
}

function Bookability({ cls, onRefused }: { cls: ClassItem; onRefused(error: unknown): void }) {
  const { t } = useApp();
  if (cls.status === 'cancelled') return <Notice kind="warning">{t('class.cancelledText')}</Notice>;
  if (hasStarted(cls)) return <Notice kind="info">{t('class.startedText')}</Notice>;
  if (cls.soldOut)
    return (
      <>
        <Notice kind="warning">{t('class.soldOutText')}</Notice>
        <JoinWaitlist cls={cls} />
      </>
    );
  return <Checkout offer={{ kind: 'class', cls }} onRefused={onRefused} />;
}
