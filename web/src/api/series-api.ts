/** The recurring-schedule routes (series, scope edits and cancels, duplicates, templates, booked marks). */
import type { components, paths } from './schema';
import { client, ok } from './client';

export type ClassSeries = components['schemas']['ClassSeries'];
export type ClassTemplate = components['schemas']['ClassTemplate'];
export type SeriesInput = NonNullable<paths['/api/v1/series']['post']['requestBody']>['content']['application/json'];
export type SeriesScope = 'this' | 'following' | 'all';
export type SeriesChanges = NonNullable<
  paths['/api/v1/classes/{classId}/series']['patch']['requestBody']
>['content']['application/json']['changes'];

const classPath = (classId: string) => ({ params: { path: { classId } } });

export const seriesApi = {
  create: (body: SeriesInput, idempotencyKey: string) =>
    ok(client.POST('/api/v1/series', { body, headers: { 'idempotency-key': idempotencyKey } })),
  get: (seriesId: string) => ok(client.GET('/api/v1/series/{seriesId}', { params: { path: { seriesId } } })),
  edit: (classId: string, scope: SeriesScope, changes: SeriesChanges) =>
    ok(client.PATCH('/api/v1/classes/{classId}/series', { ...classPath(classId), body: { scope, changes } })),
  cancel: (classId: string, scope: SeriesScope, reason?: string) =>
    ok(
      client.POST('/api/v1/classes/{classId}/series/cancel', {
        ...classPath(classId),
        body: reason ? { scope, reason } : { scope },
      }),
    ),
  duplicate: (classId: string, date: string) =>
    ok(client.POST('/api/v1/classes/{classId}/duplicate', { ...classPath(classId), body: { date } })),
  templates: () => ok(client.GET('/api/v1/class-templates')),
  saveTemplate: (classId: string, name: string) =>
    ok(client.POST('/api/v1/class-templates', { body: { name, classId } })),
  deleteTemplate: (templateId: string) =>
    ok(client.DELETE('/api/v1/class-templates/{templateId}', { params: { path: { templateId } } })),
  bookedClasses: (from: string, to: string) =>
    ok(client.GET('/api/v1/me/booked-classes', { params: { query: { from, to } } })),
};
