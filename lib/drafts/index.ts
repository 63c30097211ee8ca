/*
 * Drafting engine: English messages to sellers, dispute texts and complaints,
 * each sentence glossed in every UI language. Pure: no browser API, no
 * storage; "now" and the time zone come in with the context.
 */
export * from './types';
export { buildDraft, type DraftRequest } from './build';
export { SITUATIONS, getSituation, situationsFor } from './situations';
export { questionsFor, situationLabel, type ChoiceOption, type Question, type QuestionId, type Situation } from './situation';
export { limitFor, measure, type Measured, type TextChannel } from './limits';
export { formatEnglishDate, formatEnglishMoney, formatGlossDate, formatGlossMoney } from './english';
export { DETAIL_TEXT_MAX, protectionDaysLeft, replyByDate } from './params';
export { hasNonLatinLetters, visibleText } from './english';
export { COUNTERPARTS, counterpartFor, counterpartWording, hasSellerChat, type Audience, type Counterpart } from './counterpart';
export { REFUND_BUSINESS_DAYS, businessDaysBetween, refundNotes, refundWindowFor } from './refund-window';
export { allQuestions } from './situation';
export type { EvidenceSummary } from './evidence';
export {
  DISPUTE_SOLUTIONS,
  NOT_AS_DESCRIBED_REASONS,
  NOT_RECEIVED_REASONS,
  buildDisputeText,
  deadlineNotice,
  disputeDeadline,
  disputeGroup,
  solutionsFor,
  type DisputeDeadline,
  type DisputeGroup,
  type DisputeReason,
  type DisputeRequest,
  type DisputeSolution,
  type DisputeText,
  type NotAsDescribedReason,
  type NotReceivedReason,
} from './dispute';
export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_FORM_NAMES,
  COMPLAINT_PROBLEMS,
  SEARCH_TRICKS,
  SEEN_WHERE,
  buildComplaint,
  chooseComplaintCategory,
  complaintFromGuard,
  complaintLink,
  type Complaint,
  type ComplaintAnswers,
  type ComplaintCategory,
  type ComplaintLink,
  type ComplaintOptions,
  type ComplaintProblem,
  type ContactFound,
  type GuardComplaintPrefill,
  type SearchTrick,
  type SeenWhere,
  type WizardStep,
} from './complaint';
