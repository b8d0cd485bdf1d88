import { useApp } from '../app-context';
import { usePageTitle } from '../hooks/use-page-title';
import { Link } from '../router';

export function NotFoundPage() {
  const { t } = useApp();
  usePageTitle(t('notFound.title'));
  return (
    <section className="narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
