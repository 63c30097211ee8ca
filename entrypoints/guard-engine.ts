import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startGuard } from '../lib/guard-ui/controller';
import { provideEngine } from '../lib/guard-ui/engine';

/*
 * The guard's engine (lib/guard: libphonenumber metadata, vocabularies,
 * classifier; lib/guard-ui: banner, marks, link confirmations), loaded by
 * the first stage (entrypoints/guard.content.ts) with a dynamic import only
 * on pages that name a marketplace. It does nothing on its own: it hands
 * `startGuard` over and the first stage starts it with its own context.
 */
export default defineUnlistedScript(() => {
  provideEngine(startGuard);
});
