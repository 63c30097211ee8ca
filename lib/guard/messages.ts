import type { guardMessages } from '../i18n/catalogs/guard';
import { guardData } from './marketplaces';
import { messengerName } from './messengers';
import type { Finding, ReasonCode } from './types';

type GuardKey = keyof (typeof guardMessages)['en'];

const REASON_KEYS: Record<ReasonCode, GuardKey> = {
  'fake-support-phone': 'guard.reason.fakeSupportPhone',
  'fake-support-email': 'guard.reason.fakeSupportEmail',
  'lookalike-email': 'guard.reason.lookalikeEmail',
  'freemail-support': 'guard.reason.freemailSupport',
  'marketplace-domain-email': 'guard.reason.marketplaceDomainEmail',
  'fake-support-messenger': 'guard.reason.fakeSupportMessenger',
  'offplatform-seller': 'guard.reason.offplatformSeller',
};

/**
 * The message that explains a finding. A phone flagged for a marketplace that
 * does run phone lines somewhere (Amazon) says "not on the official list"
 * rather than "there is no phone line".
 */
export function reasonMessageKey(finding: Pick<Finding, 'reason' | 'marketplace'>): GuardKey {
  if (finding.reason === 'fake-support-phone' && guardData(finding.marketplace)?.phoneSupport === 'some-countries') {
    return 'guard.reason.unlistedSupportPhone';
  }
  return REASON_KEYS[finding.reason];
}

/**
 * Values for the reason message's placeholders besides `{marketplace}`: a
 * messenger reason names the messenger actually found ("… no support on Zalo").
 */
export function reasonMessageParams(finding: Pick<Finding, 'kind' | 'value'>): { messenger: string } {
  const name = finding.kind === 'messenger' ? messengerName(finding.value) : null;
  return { messenger: name ?? 'WhatsApp, Telegram, Viber' };
}

export interface OfficialWay {
  key: GuardKey;
  url: string;
}

/** "The official way instead": the marketplace's own pages, in the order a buyer should try them. */
export function officialWays(finding: Pick<Finding, 'marketplace'>): OfficialWay[] {
  const ways = guardData(finding.marketplace)?.officialWays;
  if (!ways) return [];
  const list: OfficialWay[] = [{ key: 'guard.official.helpCenter', url: ways.helpCenter }];
  if (ways.chat && ways.chat !== ways.helpCenter) list.push({ key: 'guard.official.chat', url: ways.chat });
  if (ways.disputes) list.push({ key: 'guard.official.disputes', url: ways.disputes });
  if (ways.complaint) list.push({ key: 'guard.official.complaint', url: ways.complaint });
  return list;
}
