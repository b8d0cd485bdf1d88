import type { DependencyList } from 'react';
import { api } from '../api/api';
import type { Service } from '../api/client';
import { type Loaded, useLoad } from './use-load';

/** A service the public can book: active, and offered by at least one provider. */
export const isBookable = (service: Service): boolean => service.active && service.providerIds.length > 0;

export interface Offers {
  /** Classes to come (not cancelled), in any week. */
  classes: boolean;
  /** Services the public can book a time for. */
  services: boolean;
}

/**
 * What the business offers a visitor now. A practice (1:1 appointments, no classes) is led to its
 * services rather than to an empty timetable, and its navigation does not offer "Classes".
 */
export function useLoadOffers(deps: DependencyList = []): Loaded<Offers> {
  return useLoad(async () => {
    const [classes, services] = await Promise.all([api.classes({ limit: 1, status: 'scheduled' }), api.services()]);
    return { classes: classes.classes.length > 0, services: services.services.some(isBookable) };
  }, deps);
}

/** Only appointments to offer: the timetable would be empty in every week. */
export const appointmentsOnly = (offers: Offers | undefined): boolean =>
  offers !== undefined && !offers.classes && offers.services;
