import { describe, expect, it, vi } from 'vitest';
import { findMessageBox, insertIntoMessageBox } from '../../../lib/marketplaces/shared/message-box';
import { loadFixture, parseHtml } from './fixture';

const DRAFT = 'Hello,\nplease extend the buyer protection for order 8181234567890123 by 15 days.';

describe('findMessageBox', () => {
  it('finds the reply textarea, not the search box', () => {
    const document = loadFixture('messages-en.html');
    expect(findMessageBox(document)).toBe(document.querySelector('textarea.message-input-textarea'));
  });

  it('finds a contenteditable reply box', () => {
    const document = loadFixture('messages-ru-editable.html');
    expect(findMessageBox(document)).toBe(document.querySelector('[contenteditable="true"]'));
  });

  it('finds nothing on a page without one', () => {
    expect(findMessageBox(loadFixture('messages-empty.html'))).toBeUndefined();
    expect(findMessageBox(parseHtml('<input type="search" name="SearchText"><input type="text" class="search-key">'))).toBeUndefined();
  });
});

describe('insertIntoMessageBox', () => {
  it('sets the textarea through the value setter and fires input and change', () => {
    const document = loadFixture('messages-en.html');
    const box = document.querySelector('textarea') as HTMLTextAreaElement;
    const events: string[] = [];
    box.addEventListener('input', (event) => events.push(`input:${(event as InputEvent).inputType ?? ''}`));
    box.addEventListener('change', () => events.push('change'));
    // Frameworks such as React watch the prototype's value setter.
    const prototypeSetter = vi.spyOn(Object.getPrototypeOf(box) as HTMLTextAreaElement, 'value', 'set');

    expect(insertIntoMessageBox(document, DRAFT)).toEqual({ ok: true, boxKind: 'text-control' });
    expect(box.value).toBe(DRAFT);
    expect(prototypeSetter).toHaveBeenCalledWith(DRAFT);
    expect(events).toEqual(['input:insertText', 'change']);
    expect(document.activeElement).toBe(box);
  });

  it('keeps what the user typed, after a blank line, unless told to replace it', () => {
    const document = loadFixture('messages-en.html');
    const box = document.querySelector('textarea') as HTMLTextAreaElement;
    box.value = 'My own words  ';
    insertIntoMessageBox(document, 'Draft');
    expect(box.value).toBe('My own words\n\nDraft');
    insertIntoMessageBox(document, 'Other draft', { mode: 'replace' });
    expect(box.value).toBe('Other draft');
  });

  it('writes text (never markup) into a contenteditable box and fires input', () => {
    const document = loadFixture('messages-ru-editable.html');
    const box = document.querySelector('[contenteditable="true"]') as HTMLElement;
    let inputs = 0;
    box.addEventListener('input', () => (inputs += 1));
    const hostile = '<img src=x onerror=alert(1)> Hello\nsecond line';

    expect(insertIntoMessageBox(document, hostile)).toEqual({ ok: true, boxKind: 'editable' });
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toBe('<img src=x onerror=alert(1)> Hellosecond line');
    expect(box.querySelectorAll('br')).toHaveLength(1);
    expect(inputs).toBeGreaterThanOrEqual(1);
  });

  it('refuses a read-only box and a page without one', () => {
    const readOnly = parseHtml('<div class="message-input"><textarea class="message-input-textarea" readonly></textarea></div>');
    expect(insertIntoMessageBox(readOnly, DRAFT)).toEqual({ ok: false, reason: 'read-only' });
    expect(insertIntoMessageBox(loadFixture('messages-empty.html'), DRAFT)).toEqual({ ok: false, reason: 'no-message-box' });
  });
});
