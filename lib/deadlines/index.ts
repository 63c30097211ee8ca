export * from './kinds';
export * from './types';
export * from './zoned-time';
export { computeDeadlines, deadlineId, orderDeadlines, PAGE_COUNTDOWN_RULE_ID, PROTECTION_DAYS_RULE_ID, USER_OVERRIDE_RULE_ID, type ComputeOptions } from './compute';
export { ruleSetFor } from './rule-sets';
export * from './urgency';
export * from './reminders';
export * from './text';
