/** The v3 API under `/api/3`: `Api-Token` authentication, then the resource routes. */
import { type Ctx, dispatch, keyMatches, type Reply } from '../http';
import { associationRoutes } from './associations';
import { catalogRoutes } from './catalog';
import { contactRoutes } from './contacts';
import { dealRoutes } from './deals';
import { importRoutes } from './imports';

const routes = [...contactRoutes, ...associationRoutes, ...catalogRoutes, ...importRoutes, ...dealRoutes];

export function answerV3(ctx: Ctx, apiKey: string, wrongKeyStatus: 401 | 403): Reply {
  // AC documents no body for a bad token; this one mentions no key, and clients must key off the status.
  if (!keyMatches(ctx.headers['api-token'], apiKey)) {
    return wrongKeyStatus === 401
      ? { status: 401, body: { message: 'No Result found for User with id 0' } }
      : { status: 403, body: { message: 'Forbidden' } };
  }
  const path = ctx.url.pathname.slice('/api/3'.length);
  return dispatch(routes, ctx, path) ?? { status: 404, body: { message: 'Not Found' } };
}
