import { useEffect, useState } from 'preact/hooks';
import type { ComplaintAnswers, ContactFound, EvidenceSummary, ComplaintProblem, SearchTrick, SeenWhere } from '../../lib/drafts';
import { dateInputToInstant } from '../../lib/app/form-values';
import type { WizardStart } from '../complaint-prefill';

const count = (raw: string): number | undefined => {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 99 ? n : undefined;
};

/** The complaint wizard's fields as typed, and the answers they make once a problem is chosen. */
export function useComplaintForm(start: WizardStart, contacts: readonly ContactFound[]) {
  const [problem, setProblem] = useState<ComplaintProblem | undefined>(start.fromGuard ? 'contact-outside' : undefined);
  const [rightsHolder, setRightsHolder] = useState<boolean | undefined>(undefined);
  const [searchTrick, setSearchTrick] = useState<SearchTrick | undefined>(undefined);
  const [url, setUrl] = useState(start.url ?? '');
  const [photos, setPhotos] = useState('');
  const [screenshots, setScreenshots] = useState('');
  const [chat, setChat] = useState(false);
  const [seenWhere, setSeenWhere] = useState<SeenWhere | undefined>(start.fromGuard ? 'listing' : undefined);
  const [seenOn, setSeenOn] = useState('');
  const [falseClaim, setFalseClaim] = useState('');
  const [detail, setDetail] = useState('');
  // Opened again with other details (another warning, another listing): start from those.
  useEffect(() => {
    setProblem(start.fromGuard ? 'contact-outside' : undefined);
    setUrl(start.url ?? '');
  }, [start]);

  const seenInstant = dateInputToInstant(seenOn);
  const evidence: EvidenceSummary = {};
  const photoCount = count(photos);
  const screenshotCount = count(screenshots);
  if (photoCount) evidence.photos = photoCount;
  if (screenshotCount) evidence.screenshots = screenshotCount;
  if (chat) evidence.chat = true;
  const answers: ComplaintAnswers | undefined = problem && {
    problem,
    ...(rightsHolder !== undefined ? { rightsHolder } : {}),
    ...(searchTrick ? { searchTrick } : {}),
    ...(url.trim() ? { url: url.trim() } : {}),
    ...(problem === 'contact-outside' && contacts.length > 0 ? { contacts } : {}),
    evidence,
    ...(start.itemTitle ? { itemTitle: start.itemTitle } : {}),
    ...(start.storeName ? { storeName: start.storeName } : {}),
    ...(seenWhere ? { seenWhere } : {}),
    ...(typeof seenInstant === 'number' ? { seenOn: seenInstant } : {}),
    ...(problem === 'false-description' && falseClaim.trim() ? { falseClaim } : {}),
    ...(detail.trim() ? { detail } : {}),
  };
  return {
    answers,
    fields: { problem, rightsHolder, searchTrick, url, photos, screenshots, chat, seenWhere, seenOn, falseClaim, detail },
    set: { setProblem, setRightsHolder, setSearchTrick, setUrl, setPhotos, setScreenshots, setChat, setSeenWhere, setSeenOn, setFalseClaim, setDetail },
  };
}

export type ComplaintForm = ReturnType<typeof useComplaintForm>;
