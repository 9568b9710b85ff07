// Every GraphQL answer may carry health data and is for its signed-in reader alone: no browser, proxy
// or CDN may keep a copy (`Cache-Control: no-store`). Apollo's cache-control plugin used to send this
// as a side effect of computing cache hints for every field; that plugin is off (app.module.ts), so the
// header is set here, for answers and errors alike.
import type { ApolloServerPlugin } from '@apollo/server';

export const noStorePlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    });
  },
};
