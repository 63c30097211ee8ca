import { commonMessages } from './common';

/**
 * Every feature's catalog, registered once here. Keys are prefixed with the
 * feature name so catalogs never collide (checked in tests/unit/i18n).
 */
export const ALL_CATALOGS = [commonMessages] as const;
