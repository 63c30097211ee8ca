/**
 * Countries whose national numbers are always written with their trunk "0"
 * (FR 01…, GB 020…, DE 030…, UA 044…). Not listed: countries without a trunk
 * prefix (PL, GR, CZ, ES …) or where it is commonly dropped (GE mobiles, IN, CN, BR, RU's 8).
 * Shared by the phone reader and the metadata generator (their formats are kept).
 */
export const TRUNK_ZERO_WRITTEN: ReadonlySet<string> = new Set([
  'FR', 'GB', 'DE', 'AT', 'CH', 'BE', 'NL', 'UA', 'TR', 'RO', 'AU', 'NZ', 'IE', 'ZA', 'IL', 'EG', 'SA', 'AE', 'JP',
  'KR', 'TH', 'VN', 'ID', 'MY', 'SE', 'FI', 'PE',
]);
