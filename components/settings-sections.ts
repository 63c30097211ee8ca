import type { FunctionComponent } from 'preact';
import { LanguageSettings } from './LanguageSettings';
import { ReminderSettings } from './ReminderSettings';
import { TrustSettings } from './TrustSettings';
import { BackupSettings } from './BackupSettings';

/** Sections of the settings page, in display order. One feature, one entry. */
export const SETTINGS_SECTIONS: readonly FunctionComponent[] = [LanguageSettings, ReminderSettings, TrustSettings, BackupSettings];
