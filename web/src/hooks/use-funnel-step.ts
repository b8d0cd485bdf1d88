import { useEffect } from 'react';
import { analyticsApi } from '../api/analytics-api';

/**
 * Counts one step of the booking funnel when the page or the checkout opens (once per mount). The
 * server keeps a counter per day and nothing about the visitor; a failed count is dropped.
 */
export function useFunnelStep(step: 'page_view' | 'checkout_started'): void {
  useEffect(() => {
    analyticsApi.count(step);
  }, [step]);
}
