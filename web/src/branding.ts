import { requestDefaults } from './api/client';

const mix = (hex: string, other: number, share: number) =>
  `#${[1, 3, 5]
    .map((offset) => {
      const value = Number.parseInt(hex.slice(offset, offset + 2), 16);
      return Math.round(value + (other - value) * share)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')}`;

/**
 * The organisation's accent colour as the stylesheet's brand colours. The API accepts only colours with
 * a 4.5:1 contrast to white, so white button text and links on white stay readable; the darker shade
 * (hover, links) only adds contrast. The soft tint is a background under ordinary and muted text
 * (#5f6b7a: a chosen option, today's day): at 94 % white it keeps that text at 4.5:1 or more even for
 * the darkest accent, where 90 % gave 4.34:1 for black. No accent: the stylesheet's own colours.
 */
export function applyAccent(accent: string | null): void {
  const style = document.documentElement.style;
  if (!accent) {
    for (const name of ['--brand', '--brand-dark', '--brand-soft']) style.removeProperty(name);
    return;
  }
  style.setProperty('--brand', accent);
  style.setProperty('--brand-dark', mix(accent, 0, 0.2));
  style.setProperty('--brand-soft', mix(accent, 255, 0.94));
}

/**
 * The organisation's logo as a data URL. Asked for only when the organisation has one, under its version,
 * which the server lets the browser cache as immutable. Fetched with the request's organisation (an <img>
 * could not send X-Org), and a data URL is what the page's CSP allows.
 */
export async function loadLogo(version: string): Promise<string | null> {
  const headers: Record<string, string> = {};
  if (requestDefaults.org) headers['x-org'] = requestDefaults.org;
  const url = `/api/v1/organisation/logo?v=${encodeURIComponent(version)}`;
  const response = await fetch(url, { credentials: 'same-origin', headers }).catch(() => null);
  if (!response) return null;
  // Read to the end either way: a response left unread stays open in the browser.
  const blob = await response.blob().catch(() => null);
  if (!response.ok || !blob) return null;
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}
