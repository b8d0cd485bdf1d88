import { useState } from 'react';
import { type LoyaltyRedemption, type LoyaltyReward, type MyLoyalty, loyaltyApi } from '../../api/loyalty-api';
import { useApp } from '../../app-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, Notice } from '../../components/notice';
import { RequireUser } from '../../components/require-user';
import { formatInstant } from '../../format';
import { useAttempt } from '../../hooks/use-attempt';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { scrollRegion } from '../../components/scroll-region';

export function LoyaltyPage() {
  return (
    <RequireUser>
      <MyPoints />
    </RequireUser>
  );
}

/** The balance, the rewards to spend it on, what was redeemed and the history, newest first. */
function MyPoints() {
  const { t } = useApp();
  const loaded = useLoad(() => loyaltyApi.mine(), []);
  const [asking, setAsking] = useState<LoyaltyReward | null>(null);
  const [redeemed, setRedeemed] = useState<LoyaltyRedemption | null>(null);
  usePageTitle(t('loyalty.title'));
  const mine: MyLoyalty | null = loaded.data ?? null;
  return (
    <section className="narrow">
      <h1>{t('loyalty.title')}</h1>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.loading && !mine && <p>{t('app.loading')}</p>}
      {redeemed && (
        <Notice kind="success">
          {t('loyalty.redeemed', { reward: redeemed.rewardName })}{' '}
          {redeemed.promoCode && (
            <>
              {t('loyalty.yourCode')} <strong data-testid="loyalty-promo-code">{redeemed.promoCode}</strong>
            </>
          )}
        </Notice>
      )}
      {mine && !mine.enabled && <Notice kind="info">{t('loyalty.disabled')}</Notice>}
      {/* Without a programme, points held from before still show; with none, the notice says it all. */}
      {mine &&
        (mine.enabled || mine.balance !== 0 || mine.ledger.entries.length > 0 || mine.redemptions.length > 0) && (
          <>
            <p className="credits-balance" data-testid="loyalty-balance">
              {t('loyalty.balance', { count: mine.balance })}
            </p>
            {mine.pending > 0 && <p data-testid="loyalty-pending">{t('loyalty.pending', { count: mine.pending })}</p>}
            {mine.enabled && (
              <Rewards rewards={mine.rewards} balance={mine.balance - mine.pending} onRedeem={setAsking} />
            )}
            <Redemptions redemptions={mine.redemptions} />
            <History entries={mine.ledger.entries} />
          </>
        )}
      {asking && mine && (
        <RedeemDialog
          reward={asking}
          balance={mine.balance}
          onClose={() => setAsking(null)}
          onDone={(redemption) => {
            setAsking(null);
            setRedeemed(redemption);
            loaded.reload();
          }}
        />
      )}
    </section>
  );
}

function Rewards({
  rewards,
  balance,
  onRedeem,
}: {
  rewards: LoyaltyReward[];
  /** What can be spent now. */
  balance: number;
  onRedeem(reward: LoyaltyReward): void;
}) {
  const { t } = useApp();
  return (
    <>
      <h2>{t('loyalty.rewards')}</h2>
      {rewards.length === 0 ? (
        <p className="empty">{t('loyalty.noRewards')}</p>
      ) : (
        <ul className="loyalty-rewards">
          {rewards.map((reward) => {
            const soldOut = reward.stock === 0;
            const short = balance < reward.costPoints;
            return (
              <li key={reward.id} data-testid="loyalty-reward">
                <strong>{reward.name}</strong> — {t('loyalty.cost', { points: reward.costPoints })}
                {reward.stock !== null && !soldOut && (
                  <span className="muted"> ({t('loyalty.left', { count: reward.stock })})</span>
                )}
                {reward.description && <p className="muted">{reward.description}</p>}
                <p>
                  <button
                    type="button"
                    className="button"
                    disabled={soldOut || short}
                    onClick={() => onRedeem(reward)}
                    aria-label={t('loyalty.redeemNamed', { reward: reward.name })}
                  >
                    {t('loyalty.redeem')}
                  </button>{' '}
                  {soldOut ? (
                    <span className="muted">{t('loyalty.soldOut')}</span>
                  ) : (
                    short && (
                      <span className="muted">{t('loyalty.short', { points: reward.costPoints - balance })}</span>
                    )
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** Spending points cannot be undone by the customer: the dialog starts on "Not now". */
function RedeemDialog({
  reward,
  balance,
  onClose,
  onDone,
}: {
  reward: LoyaltyReward;
  balance: number;
  onClose(): void;
  onDone(redemption: LoyaltyRedemption): void;
}) {
  const { t } = useApp();
  const { busy, error, attempt } = useAttempt();
  return (
    <ConfirmDialog
      title={t('loyalty.confirmTitle', { reward: reward.name })}
      confirmLabel={t('loyalty.redeem')}
      cancelLabel={t('loyalty.notNow')}
      busy={busy}
      error={error}
      onClose={onClose}
      onConfirm={() => attempt(async () => onDone(await loyaltyApi.redeem(reward.id)))}
    >
      <p>{t('loyalty.confirmText', { points: reward.costPoints, left: balance - reward.costPoints })}</p>
    </ConfirmDialog>
  );
}

function Redemptions({ redemptions }: { redemptions: LoyaltyRedemption[] }) {
  const { org, locale, t } = useApp();
  if (redemptions.length === 0) return null;
  return (
    <>
      <h2>{t('loyalty.myRedemptions')}</h2>
      <ul className="loyalty-redemptions">
        {redemptions.map((redemption) => (
          <li key={redemption.id} data-testid="loyalty-redemption">
            {redemption.rewardName} — {t(`loyalty.status.${redemption.status}`)}
            {redemption.promoCode && (
              <>
                {' '}
                · {t('loyalty.code')} <code>{redemption.promoCode}</code>
              </>
            )}{' '}
            <span className="muted">{formatInstant(redemption.createdAt, 'shortDateTime', locale, org.timeZone)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function History({ entries }: { entries: MyLoyalty['ledger']['entries'] }) {
  const { org, locale, t } = useApp();
  return (
    <>
      <h2>{t('loyalty.history')}</h2>
      {entries.length === 0 ? (
        <p className="empty">{t('loyalty.noHistory')}</p>
      ) : (
        <div className="table-wrap" {...scrollRegion(t('loyalty.history'))}>
          <table className="credit-ledger">
            <thead>
              <tr>
                <th scope="col">{t('loyalty.when')}</th>
                <th scope="col">{t('loyalty.what')}</th>
                <th scope="col">{t('loyalty.points')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatInstant(entry.createdAt, 'shortDateTime', locale, org.timeZone)}</td>
                  <td>{t(`loyalty.kind.${entry.kind}`)}</td>
                  <td>{entry.delta > 0 ? `+${entry.delta}` : entry.delta}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
