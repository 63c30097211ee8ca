import { commonMessages } from './common';
import { appMessages } from './app';
import { sidebarMessages } from './sidebar';
import { deadlinesMessages } from './deadlines';

/**
 * Every feature's catalog, registered once here. Keys are prefixed with the
 * feature name so catalogs never collide (checked in tests/unit/i18n).
 */
export const ALL_CATALOGS = [commonMessages, appMessages, sidebarMessages, deadlinesMessages] as const;
