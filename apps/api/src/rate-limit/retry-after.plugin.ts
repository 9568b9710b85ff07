// A RATE_LIMITED error thrown inside an operation (login, sign-up) carries retryAfterSeconds; this
// plugin copies it into the Retry-After header, so clients and proxies can wait without parsing.
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../common/app-error.js';

export const retryAfterPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        if (response.body.kind !== 'single') return Promise.resolve();
        const waits = (response.body.singleResult.errors ?? [])
          .filter((e) => e.extensions?.code === ErrorCode.RATE_LIMITED)
          .map((e) => Number(e.extensions?.retryAfterSeconds))
          .filter((n) => Number.isFinite(n) && n > 0);
        if (waits.length > 0) response.http.headers.set('retry-after', String(Math.max(...waits)));
        return Promise.resolve();
      },
    });
  },
};
