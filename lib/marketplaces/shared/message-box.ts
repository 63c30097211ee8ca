/**
 * The chat input on a marketplace's message page (AliExpress's chat, Temu's chat with support), and putting a draft into it the way a
 * user would: the page's own scripts (React-style controlled inputs, rich editors) must
 * see the text arrive through the normal value setter and input events, otherwise the
 * Send button stays disabled or sends the old text. Text is inserted as text only.
 */

import type { InsertResult } from '../types';

export type MessageBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;


export interface InsertOptions {
  /**
   * 'append' (default) keeps what the user already typed and adds the draft after a
   * blank line; 'replace' puts the draft in place of it.
   */
  mode?: 'append' | 'replace';
}

const CANDIDATES = [
  'textarea',
  'input:not([type])',
  'input[type="text"]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  '[role="textbox"]',
].join(', ');
/** Chat inputs by their names and placeholders, in the site's languages too ("Nachricht eingeben", "메시지를 입력하세요"). */
const CHAT_HINT =
  /message|msg|chat|reply|send|im[-_]|editor|input-?area|compose|conversation|nachricht|bericht|berichtje|zpráv|mesaj|messaggio|mensag|mensaje|wiadomoś|сообщени|повідомлен|napisz|메시지|메세지|メッセージ|消息|رسال|הודע/;
const SEARCH_HINT = /search|query|keyword|searchtext/;

function hints(element: Element): string {
  return [
    element.getAttribute('class'),
    element.id,
    element.getAttribute('name'),
    element.getAttribute('placeholder'),
    element.getAttribute('aria-label'),
    element.getAttribute('data-role'),
  ]
    .join(' ')
    .toLowerCase();
}

function isUsable(element: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"], header, nav')) return false;
  if (element.matches('input[type="hidden"], input[type="search"]')) return false;
  const style = element.getAttribute('style') ?? '';
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function score(element: Element): number {
  const own = hints(element);
  if (SEARCH_HINT.test(own)) return -1;
  let points = 0;
  if (CHAT_HINT.test(own)) points += 2;
  if (element.parentElement && CHAT_HINT.test(hints(element.parentElement))) points += 1;
  if (element.tagName === 'TEXTAREA' || element.hasAttribute('contenteditable')) points += 1;
  return points;
}

/** The most likely chat input on the page; undefined when there is none. */
export function findMessageBox(document: Document): MessageBox | undefined {
  let best: { element: Element; points: number } | undefined;
  for (const element of Array.from(document.querySelectorAll(CANDIDATES))) {
    if (!isUsable(element)) continue;
    const points = score(element);
    if (points > 0 && (!best || points > best.points)) best = { element, points };
  }
  return best?.element as MessageBox | undefined;
}

function isTextControl(box: MessageBox): box is HTMLTextAreaElement | HTMLInputElement {
  return box.tagName === 'TEXTAREA' || box.tagName === 'INPUT';
}

function joined(existing: string, text: string, mode: 'append' | 'replace'): string {
  return mode === 'append' && existing.trim() !== '' ? `${existing.replace(/\s+$/, '')}\n\n${text}` : text;
}

function fireInput(box: MessageBox, text: string): void {
  const view = box.ownerDocument.defaultView;
  const InputEventClass = view?.InputEvent;
  const event = InputEventClass
    ? new InputEventClass('input', { bubbles: true, inputType: 'insertText', data: text })
    : new Event('input', { bubbles: true });
  box.dispatchEvent(event);
}

function insertIntoTextControl(box: HTMLTextAreaElement | HTMLInputElement, text: string, mode: 'append' | 'replace'): void {
  const value = joined(box.value, text, mode);
  // Frameworks that track the value (React) watch the prototype's setter, not the instance's.
  const prototype = Object.getPrototypeOf(box) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(box, value);
  else box.value = value;
  box.setSelectionRange?.(value.length, value.length);
  fireInput(box, text);
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Writes text into a contenteditable box as text nodes and line breaks. */
function writeEditable(box: HTMLElement, value: string): void {
  const document = box.ownerDocument;
  while (box.firstChild) box.removeChild(box.firstChild);
  value.split('\n').forEach((line, index) => {
    if (index > 0) box.appendChild(document.createElement('br'));
    if (line) box.appendChild(document.createTextNode(line));
  });
}

function insertIntoEditable(box: HTMLElement, text: string, mode: 'append' | 'replace'): void {
  const document = box.ownerDocument;
  const existing = box.innerText ?? box.textContent ?? '';
  const value = joined(existing, text, mode);
  const selection = document.getSelection();
  if (selection) {
    const range = document.createRange();
    range.selectNodeContents(box);
    if (mode === 'append') range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const insertion = mode === 'append' && existing.trim() !== '' ? `\n\n${text}` : text;
  // execCommand is deprecated but still what rich editors listen to: it fires
  // beforeinput/input exactly as typing or pasting does, and keeps undo working.
  let inserted: boolean;
  try {
    inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, insertion);
  } catch {
    inserted = false;
  }
  if (!inserted || !(box.textContent ?? '').includes(text.split('\n')[0] ?? '')) {
    writeEditable(box, value);
    fireInput(box, text);
  }
}

/** Puts `text` into the page's chat box and tells the page it was typed. */
export function insertIntoMessageBox(document: Document, text: string, options: InsertOptions = {}): InsertResult {
  const box = findMessageBox(document);
  if (!box) return { ok: false, reason: 'no-message-box' };
  const mode = options.mode ?? 'append';
  if (isTextControl(box)) {
    if (box.readOnly || box.disabled) return { ok: false, reason: 'read-only' };
    box.focus();
    insertIntoTextControl(box, text, mode);
    return { ok: true, boxKind: 'text-control' };
  }
  if (box.getAttribute('contenteditable') === 'false' || box.getAttribute('aria-readonly') === 'true') {
    return { ok: false, reason: 'read-only' };
  }
  box.focus();
  insertIntoEditable(box, text, mode);
  return { ok: true, boxKind: 'editable' };
}
