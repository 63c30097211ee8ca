import { useRef, useState } from 'preact/hooks';
import { askPage } from '../../lib/messaging/send';
import { useUnobscured } from './useUnobscured';

/** A write the user asked for, held until they confirm it in the frame. */
export interface PendingWrite {
  write: () => void;
  /** Where the confirmation's buttons go this time (random: the page cannot see into the frame to aim at them). */
  layout: ConfirmLayout;
}

export interface ConfirmLayout {
  /** Space before the buttons, in rem. */
  indent: number;
  /** Whether the confirming button comes after "Cancel". */
  confirmLast: boolean;
}

function randomLayout(): ConfirmLayout {
  const [a] = crypto.getRandomValues(new Uint8Array(1));
  return { indent: (a! % 8) * 1.5, confirmLast: a! >= 128 };
}

/**
 * Runs the frame's writes only while it is in plain sight (see
 * components/hooks/useUnobscured.ts). Where the frame cannot see for itself
 * (no IntersectionObserver v2, i.e. Firefox), it asks the page's content
 * script, which checks the frame's styles and what is painted over it; what
 * that check cannot rule out is covered by asking the user once each time the
 * frame comes into view, with buttons the page cannot locate.
 */
export function usePlainSightGate(mode: string, tabId: number | undefined, onCovered: () => void) {
  const embedded = mode === 'embedded';
  const { ref, sight, appearances } = useUnobscured(embedded);
  const [pending, setPending] = useState<PendingWrite | undefined>(undefined);
  const confirmedAppearance = useRef(-1);

  const pageSaysPlainSight = async () =>
    tabId !== undefined && (await askPage(mode, tabId, { type: 'page/plain-sight' }).catch(() => false)) === true;

  /** Calls `write` now, after a confirmation, or never (and says why). */
  const whenInPlainSight = (write: () => void) => {
    if (!embedded) return write();
    const seen = sight();
    if (seen === 'visible') return write();
    if (seen === 'covered') return onCovered();
    void pageSaysPlainSight().then((plain) => {
      if (!plain) return onCovered();
      if (confirmedAppearance.current === appearances()) return write();
      setPending({ write, layout: randomLayout() });
    });
  };

  const confirm = () => {
    const held = pending;
    if (!held) return;
    setPending(undefined);
    void pageSaysPlainSight().then((plain) => {
      if (!plain) return onCovered();
      confirmedAppearance.current = appearances();
      held.write();
    });
  };

  return { ref, whenInPlainSight, pending, confirm, cancel: () => setPending(undefined) };
}
