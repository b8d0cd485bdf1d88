import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { EmailRequestPage } from './email-request';

export function ForgotPasswordPage() {
  const { t } = useApp();
  return (
    <EmailRequestPage
      title={t('forgot.title')}
      intro={t('forgot.intro')}
      submit={t('forgot.submit')}
      sent={(email) => t('forgot.sent', { email })}
      send={(email) => api.requestPasswordReset(email)}
    />
  );
}
