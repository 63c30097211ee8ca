/**
 * Unicode bidi formatting characters: embeddings and overrides
 * (U+202A–202E), isolates (U+2066–2069) and the marks (U+200E/200F, Arabic
 * U+061C). In page text they are a spoofing tool: "‮gpj.exe" shows as
 * "exe.jpg". Views isolate page text (`<bdi>`); what leaves the extension
 * (calendar files, the evidence pack, file names) drops them.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * JSON text with every bidi control written as a `\uXXXX` escape: the same
 * JSON value (the data round-trips exactly), but a text editor showing the
 * file is not reordered by it. They only ever occur inside JSON strings.
 */
export function escapeBidiInJson(json: string): string {
  return json.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
