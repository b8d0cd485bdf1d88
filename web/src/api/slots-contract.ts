/*
 * GET /api/v1/services/{serviceId}/slots is being built on another branch. Until it is on main its
 * contract (notes/appointments-api.md) is typed here, in the shape openapi-typescript writes. When
 * it lands: `npm run web:api-types`, then delete this file and its two uses in client.ts.
 */
export interface SlotsPaths {
  '/api/v1/services/{serviceId}/slots': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query: { from: string; to: string; provider?: string; timeZone?: string };
        header?: never;
        path: { serviceId: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            'application/json': {
              serviceId: string;
              timeZone: string;
              slots: { start: string; end: string; startLocal: string; date: string; providerIds: string[] }[];
              providers: { id: string; name: string }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
