import { commonMessages } from './common';
import { draftsMessages } from './drafts';
import { appMessages } from './app';
import { sidebarMessages } from './sidebar';
import { deadlinesMessages } from './deadlines';
import { guardMessages } from './guard';
import { guarduiMessages } from './guardui';
import { ordersMessages } from './orders';
import { evidenceMessages } from './evidence';
import { composeMessages } from './compose';
import { safetyMessages } from './safety';

/**
 * Every feature's catalog, registered once here. Keys are prefixed with the
 * feature name so catalogs never collide (checked in tests/unit/i18n).
 * The drafts' sentences (`./sentences.ts`) are not here: lib/drafts loads them,
 * so they ride in the lazily loaded composer chunk, not in every page.
 */
export const ALL_CATALOGS = [commonMessages, appMessages, sidebarMessages, deadlinesMessages, draftsMessages, guardMessages, guarduiMessages, ordersMessages, evidenceMessages, composeMessages, safetyMessages] as const;
