import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up in lib/background (router, alarms, badge).
});
