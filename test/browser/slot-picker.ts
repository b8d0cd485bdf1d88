import type { Page } from 'playwright-core';

/** "Thursday 3 December": how the month grid names a day (en-GB). */
export const dayName = (date: string): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/**
 * Picks the picker's time zone and waits for its first answer in that zone. Until then the page still
 * shows the other zone's month for a moment, and a step to the next month taken from it could overshoot.
 * Already on it (the picker starts on the studio's clock), there is nothing to choose or wait for.
 */
export async function chooseZone(page: Page, zone: string): Promise<void> {
  if ((await page.getByLabel('Time zone', { exact: true }).inputValue()) === zone) return;
  const answered = page.waitForResponse(
    (response) => response.url().includes('/slots?') && decodeURIComponent(response.url()).includes(`timeZone=${zone}`),
  );
  await page.getByLabel('Time zone', { exact: true }).selectOption(zone);
  await answered;
}

/**
 * Goes to the month of `day` in the picker and chooses that day. The picker moves on by itself from a
 * month with no free time left (late on a month's last day, whatever the date CI runs on), so each step
 * starts from the month shown once its times are in, and waits for the month after it.
 */
export async function chooseDay(page: Page, day: string): Promise<void> {
  const name = dayName(day);
  const monthName = page.locator('.month-name');
  for (let step = 0; step < 3; step++) {
    await page.getByRole('heading', { name: /^Free times on|^No free times/ }).waitFor();
    if ((await page.getByRole('button', { name, exact: true }).count()) > 0) break;
    const shown = (await monthName.innerText()).trim();
    await page.getByRole('button', { name: 'Next month' }).click();
    await page.locator('.month-name', { hasNotText: shown }).waitFor();
  }
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: `Free times on ${name}` }).waitFor();
}
