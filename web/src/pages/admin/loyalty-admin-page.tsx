import { type FormEvent, useEffect, useState } from 'react';
import { type LoyaltyReward, type RewardInput, loyaltyApi } from '../../api/loyalty-api';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { ErrorNotice, serverFieldErrors } from '../../components/notice';
import { formatInstant, formatMoney, parseMoneyInput } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { AdminLayout, useIsAdmin } from './admin-layout';
import { scrollRegion } from '../../components/scroll-region';

export function LoyaltyAdminPage() {
  return (
    <AdminLayout section="loyalty">
      <LoyaltyAdmin />
    </AdminLayout>
  );
}

/** Settings and the rewards catalogue (admins), and the redemptions staff hand over or cancel. */
function LoyaltyAdmin() {
  const { t } = useApp();
  const isAdmin = useIsAdmin();
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('loyaltyAdmin.title'));
  const attempt = async (action: () => Promise<unknown>, reload: () => void) => {
    setError(null);
    try {
      await action();
      reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section>
      <h1>{t('loyaltyAdmin.title')}</h1>
      {error !== null && <ErrorNotice error={error} />}
      <Settings isAdmin={isAdmin} />
      <Rewards isAdmin={isAdmin} attempt={attempt} />
      <Redemptions attempt={attempt} />
    </section>
  );
}

type Attempt = (action: () => Promise<unknown>, reload: () => void) => Promise<void>;

function Settings({ isAdmin }: { isAdmin: boolean }) {
  const { org, t } = useApp();
  const loaded = useLoad(() => loyaltyApi.settings(), []);
  const [enabled, setEnabled] = useState(false);
  const [rate, setRate] = useState('1');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!loaded.data) return;
    setEnabled(loaded.data.enabled);
    setRate(String(loaded.data.pointsPerUnitBp / 10_000));
  }, [loaded.data]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      const pointsPerUnitBp = Math.round(Number(rate.replace(',', '.')) * 10_000);
      await loyaltyApi.updateSettings({ enabled, pointsPerUnitBp });
      setSaved(true);
      loaded.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form onSubmit={save} className="stack" noValidate>
      <h2>{t('loyaltyAdmin.settings')}</h2>
      {error !== null && <ErrorNotice error={error} />}
      <label className="choice">
        <input
          type="checkbox"
          checked={enabled}
          disabled={!isAdmin}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <span>{t('loyaltyAdmin.enabled')}</span>
      </label>
      <Field label={t('loyaltyAdmin.rate', { currency: org.currency })} hint={t('loyaltyAdmin.rateHint')}>
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            value={rate}
            disabled={!isAdmin}
            onChange={(event) => setRate(event.target.value)}
          />
        )}
      </Field>
      {isAdmin && (
        <p>
          <button type="submit" className="button">
            {t('loyaltyAdmin.saveSettings')}
          </button>{' '}
          {saved && <span role="status">{t('loyaltyAdmin.saved')}</span>}
        </p>
      )}
    </form>
  );
}

const blankReward = {
  name: '',
  description: '',
  costPoints: '100',
  stock: '',
  kind: 'product' as LoyaltyReward['kind'],
  promoKind: 'percent' as 'percent' | 'fixed',
  promoValue: '10',
  validDays: '',
  credits: '1',
};

function Rewards({ isAdmin, attempt }: { isAdmin: boolean; attempt: Attempt }) {
  const { org, locale, t } = useApp();
  const rewards = useLoad(() => loyaltyApi.rewards(), []);
  const [form, setForm] = useState(blankReward);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);

  const issues = (reward: LoyaltyReward) => {
    if (reward.promo)
      return reward.promo.kind === 'percent'
        ? t('loyaltyAdmin.issuesPercent', { percent: reward.promo.value / 100 })
        : t('loyaltyAdmin.issuesFixed', {
            amount: formatMoney({ amount: reward.promo.value, currency: org.currency }, locale),
          });
    if (reward.credits) return t('loyaltyAdmin.issuesCredits', { count: reward.credits.credits });
    return t('loyaltyAdmin.kind.product');
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!form.name.trim()) problems.name = t('form.required');
    const promoValue =
      form.promoKind === 'percent'
        ? Math.round(Number(form.promoValue.replace(',', '.')) * 100)
        : parseMoneyInput(form.promoValue, org.currency);
    if (form.kind === 'promo' && (!promoValue || promoValue < 1)) problems['promo.value'] = t('form.required');
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const validDays = form.validDays ? Number(form.validDays) : null;
    const body: RewardInput = {
      name: form.name.trim(),
      description: form.description.trim(),
      costPoints: Number(form.costPoints),
      stock: form.stock === '' ? null : Number(form.stock),
      kind: form.kind,
      promo: form.kind === 'promo' ? { kind: form.promoKind, value: promoValue ?? 0, validDays } : null,
      credits: form.kind === 'credits' ? { credits: Number(form.credits), validDays } : null,
    };
    setError(null);
    try {
      await loyaltyApi.createReward(body);
      setForm(blankReward);
      rewards.reload();
    } catch (failure) {
      setError(failure);
      setFieldErrors(serverFieldErrors(failure));
    }
  };

  return (
    <>
      <h2>{t('loyaltyAdmin.rewards')}</h2>
      {rewards.error !== null && <ErrorNotice error={rewards.error} />}
      <div className="table-wrap" {...scrollRegion(t('loyaltyAdmin.rewards'))}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('loyaltyAdmin.name')}</th>
              <th scope="col">{t('loyaltyAdmin.issues')}</th>
              <th scope="col">{t('loyaltyAdmin.cost')}</th>
              <th scope="col">{t('loyaltyAdmin.stock')}</th>
              {isAdmin && <th scope="col">{t('admin.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rewards.data?.rewards.map((reward) => (
              <tr key={reward.id}>
                <td>
                  {reward.name}
                  {!reward.active && <span className="muted"> ({t('loyaltyAdmin.inactive')})</span>}
                </td>
                <td>{issues(reward)}</td>
                <td>{reward.costPoints}</td>
                <td>{reward.stock ?? t('loyaltyAdmin.unlimited')}</td>
                {isAdmin && (
                  <td>
                    <button
                      className="button button-small button-quiet"
                      type="button"
                      onClick={() =>
                        attempt(() => loyaltyApi.updateReward(reward.id, { active: !reward.active }), rewards.reload)
                      }
                    >
                      {reward.active ? t('loyaltyAdmin.withdraw') : t('loyaltyAdmin.offer')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin && (
        <form onSubmit={add} noValidate className="stack">
          <h3>{t('loyaltyAdmin.newReward')}</h3>
          {error !== null && <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />}
          <Field label={t('loyaltyAdmin.name')} error={fieldErrors.name}>
            {(control) => (
              <input {...control} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            )}
          </Field>
          <Field label={t('loyaltyAdmin.description')} error={fieldErrors.description}>
            {(control) => (
              <input
                {...control}
                value={form.description}
                onChange={(e) => setForm({ ...form, description: e.target.value })}
              />
            )}
          </Field>
          <div className="field-row">
            <Field label={t('loyaltyAdmin.cost')} error={fieldErrors.costPoints}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={1}
                  value={form.costPoints}
                  onChange={(e) => setForm({ ...form, costPoints: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('loyaltyAdmin.stock')} hint={t('loyaltyAdmin.stockHint')} error={fieldErrors.stock}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={0}
                  value={form.stock}
                  onChange={(e) => setForm({ ...form, stock: e.target.value })}
                />
              )}
            </Field>
          </div>
          <Field label={t('loyaltyAdmin.issues')}>
            {(control) => (
              <select
                {...control}
                value={form.kind}
                onChange={(e) => setForm({ ...form, kind: e.target.value as LoyaltyReward['kind'] })}
              >
                <option value="product">{t('loyaltyAdmin.kind.product')}</option>
                <option value="promo">{t('loyaltyAdmin.kind.promo')}</option>
                <option value="credits">{t('loyaltyAdmin.kind.credits')}</option>
              </select>
            )}
          </Field>
          {form.kind === 'promo' && (
            <div className="field-row">
              <Field label={t('loyaltyAdmin.promoKind')}>
                {(control) => (
                  <select
                    {...control}
                    value={form.promoKind}
                    onChange={(e) => setForm({ ...form, promoKind: e.target.value as 'percent' | 'fixed' })}
                  >
                    <option value="percent">{t('loyaltyAdmin.percent')}</option>
                    <option value="fixed">{t('loyaltyAdmin.fixed', { currency: org.currency })}</option>
                  </select>
                )}
              </Field>
              <Field label={t('loyaltyAdmin.promoValue')} error={fieldErrors['promo.value']}>
                {(control) => (
                  <input
                    {...control}
                    inputMode="decimal"
                    value={form.promoValue}
                    onChange={(e) => setForm({ ...form, promoValue: e.target.value })}
                  />
                )}
              </Field>
            </div>
          )}
          {form.kind === 'credits' && (
            <Field label={t('loyaltyAdmin.credits')} error={fieldErrors['credits.credits']}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={1}
                  value={form.credits}
                  onChange={(e) => setForm({ ...form, credits: e.target.value })}
                />
              )}
            </Field>
          )}
          {form.kind !== 'product' && (
            <Field label={t('loyaltyAdmin.validDays')} hint={t('loyaltyAdmin.validDaysHint')}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={1}
                  value={form.validDays}
                  onChange={(e) => setForm({ ...form, validDays: e.target.value })}
                />
              )}
            </Field>
          )}
          <p>
            <button type="submit" className="button">
              {t('loyaltyAdmin.addReward')}
            </button>
          </p>
        </form>
      )}
    </>
  );
}

function Redemptions({ attempt }: { attempt: Attempt }) {
  const { org, locale, t } = useApp();
  const redemptions = useLoad(() => loyaltyApi.redemptions(), []);
  return (
    <>
      <h2>{t('loyaltyAdmin.redemptions')}</h2>
      {redemptions.error !== null && <ErrorNotice error={redemptions.error} />}
      {redemptions.data?.redemptions.length === 0 ? (
        <p className="empty">{t('loyaltyAdmin.noRedemptions')}</p>
      ) : (
        <div className="table-wrap" {...scrollRegion(t('loyaltyAdmin.redemptions'))}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('loyaltyAdmin.when')}</th>
                <th scope="col">{t('loyaltyAdmin.customer')}</th>
                <th scope="col">{t('loyaltyAdmin.reward')}</th>
                <th scope="col">{t('loyaltyAdmin.cost')}</th>
                <th scope="col">{t('loyaltyAdmin.status')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {redemptions.data?.redemptions.map((redemption) => (
                <tr key={redemption.id}>
                  <td className="nowrap">
                    {formatInstant(redemption.createdAt, 'shortDateTime', locale, org.timeZone)}
                  </td>
                  <td>{redemption.customerName}</td>
                  <td>
                    {redemption.rewardName}
                    {redemption.promoCode && <code> {redemption.promoCode}</code>}
                  </td>
                  <td>{redemption.points}</td>
                  <td>{t(`loyalty.status.${redemption.status}`)}</td>
                  <td>
                    {redemption.status === 'pending' && (
                      <>
                        <button
                          className="button button-small"
                          type="button"
                          onClick={() => attempt(() => loyaltyApi.fulfil(redemption.id), redemptions.reload)}
                        >
                          {t('loyaltyAdmin.fulfil')}
                        </button>{' '}
                        <button
                          className="button button-small button-danger-quiet"
                          type="button"
                          onClick={() => attempt(() => loyaltyApi.cancel(redemption.id), redemptions.reload)}
                        >
                          {t('loyaltyAdmin.cancel')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
