import { useApp } from '../../app-context';
import { Notice } from '../../components/notice';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link } from '../../router';

/** Where a deleted account lands: signed out, with what was kept and why. */
export function AccountDeletedPage() {
  const { t } = useApp();
  usePageTitle(t('accountDeleted.title'));
  return (
    <section className="narrow">
      <h1>{t('accountDeleted.title')}</h1>
      <Notice kind="success">{t('accountDeleted.body')}</Notice>
      <p>
        <Link to="/">{t('nav.classes')}</Link>
      </p>
    </section>
  );
}
