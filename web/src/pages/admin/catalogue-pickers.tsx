import { api } from '../../api/api';
import type { Location } from '../../api/client';
import { useApp } from '../../app-context';
import { Field } from '../../components/field';
import { useLoad } from '../../hooks/use-load';

export interface CatalogueChoice {
  providerId: string;
  locationId: string;
  classTypeId: string;
}

/**
 * The instructor (a provider), the location and the class type of a class or a series, chosen from
 * the catalogue's own lists, so that the week page's filters and the provider's schedule find it.
 * A list the studio has not filled in yet is not offered.
 */
export function CataloguePickers({
  value,
  onChange,
}: {
  value: CatalogueChoice;
  onChange(next: CatalogueChoice, picked: { providerName?: string; location?: Location }): void;
}) {
  const { t } = useApp();
  const providers = useLoad(() => api.providers(), []);
  const locations = useLoad(() => api.locations(), []);
  const classTypes = useLoad(() => api.classTypes(), []);
  const providerList = providers.data?.providers ?? [];
  const locationList = locations.data?.locations ?? [];

  return (
    <>
      {(providerList.length > 0 || locationList.length > 0) && (
        <p className="field-hint">{t('schedule.pickersHint')}</p>
      )}
      <div className="field-row">
        {providerList.length > 0 && (
          <Field label={`${t('schedule.provider')} ${t('form.optional')}`}>
            {(control) => (
              <select
                {...control}
                value={value.providerId}
                onChange={(event) =>
                  onChange(
                    { ...value, providerId: event.target.value },
                    { providerName: providerList.find((item) => item.id === event.target.value)?.name },
                  )
                }
              >
                <option value="">{t('schedule.noProvider')}</option>
                {providerList.map((provider) => (
                  <option key={provider.id} value={provider.id}>
                    {provider.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {locationList.length > 0 && (
          <Field label={`${t('schedule.location')} ${t('form.optional')}`}>
            {(control) => (
              <select
                {...control}
                value={value.locationId}
                onChange={(event) =>
                  onChange(
                    { ...value, locationId: event.target.value },
                    { location: locationList.find((item) => item.id === event.target.value) },
                  )
                }
              >
                <option value="">{t('schedule.noLocation')}</option>
                {locationList.map((location) => (
                  <option key={location.id} value={location.id}>
                    {location.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={`${t('classForm.classType')} ${t('form.optional')}`} hint={t('classForm.classTypeHint')}>
          {(control) => (
            <select
              {...control}
              value={value.classTypeId}
              onChange={(event) => onChange({ ...value, classTypeId: event.target.value }, {})}
            >
              <option value="">{t('classForm.noClassType')}</option>
              {classTypes.data?.classTypes.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
