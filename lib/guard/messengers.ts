/**
 * Messenger contacts → canonical values (corpus README "Value forms"):
 * WhatsApp chat → https://wa.me/<digits>, group → https://chat.whatsapp.com/<code>,
 * Telegram → https://t.me/<username lower case> or https://t.me/+<invite code>,
 * Viber → viber://chat?number=%2B<digits>; and (tests/unit/guard/blind/README.md)
 * LINE → https://line.me/R/ti/p/@<id> or ~<id>, WeChat → weixin://dl/chat?<id>,
 * Zalo → https://zalo.me/<id>, Signal → https://signal.me/#p/+<digits>, Skype → skype:<id>,
 * Threema → https://threema.id/<ID>, KakaoTalk open chat → https://open.kakao.com/o/<code>.
 * Share buttons (t.me/share, wa.me/?text=…) are not contacts and give null.
 */

export interface MessengerContact {
  value: string;
  /** E.164 for WhatsApp / Viber / Signal numbers; a national number for Zalo (see phoneRegion). */
  phone: string | null;
  /** Region of a national-format `phone` (Zalo is Vietnamese). */
  phoneRegion?: string;
}

/** Telegram paths that are features, not accounts. */
const TELEGRAM_RESERVED = new Set([
  'share', 'addstickers', 'addemoji', 'proxy', 'socks', 'iv', 'setlanguage', 'addtheme', 'login', 'confirmphone',
  'invoice', 'boost', 'addlist', 'c', 's',
]);
const TELEGRAM_NAME = /^[a-z][a-z0-9_]{3,31}$/i;

function digitsToContact(raw: string | null, make: (digits: string) => string): MessengerContact | null {
  if (!raw) return null;
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return null;
  return { value: make(digits), phone: `+${digits}` };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function queryParam(query: string, name: string): string | null {
  for (const pair of query.replace(/^\?/, '').split('&')) {
    const eq = pair.indexOf('=');
    const key = eq >= 0 ? pair.slice(0, eq) : pair;
    if (key.toLowerCase() === name) return safeDecode(eq >= 0 ? pair.slice(eq + 1).replace(/\+/g, ' ') : '');
  }
  return null;
}

const wa = (digits: string): string => `https://wa.me/${digits}`;
const viber = (digits: string): string => `viber://chat?number=%2B${digits}`;

function telegramPath(path: string): MessengerContact | null {
  const parts = path.split('/').filter((p) => p.length > 0);
  const first = parts[0];
  if (!first) return null;
  if (first.startsWith('+') && first.length > 5) return { value: `https://t.me/+${first.slice(1)}`, phone: null };
  if (first.toLowerCase() === 'joinchat' && parts[1]) return { value: `https://t.me/+${parts[1]}`, phone: null };
  const name = first.toLowerCase() === 's' && parts[1] ? parts[1] : first;
  if (TELEGRAM_RESERVED.has(name.toLowerCase()) || !TELEGRAM_NAME.test(name)) return null;
  return { value: `https://t.me/${name.toLowerCase()}`, phone: null };
}

/** A link or URL written in text → canonical messenger contact, or null. */
export function canonicalMessenger(url: string): MessengerContact | null {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):(?:\/\/)?(.*)$/i.exec(trimmed);
  const protocol = scheme ? (scheme[1] ?? '').toLowerCase() : 'https';
  let rest = scheme ? (scheme[2] ?? '') : trimmed.replace(/^\/\//, '');
  if (protocol === 'http' || protocol === 'https') {
    const slash = rest.search(/[/?#]/);
    const host = (slash >= 0 ? rest.slice(0, slash) : rest).toLowerCase().replace(/^www\./, '');
    const tail = slash >= 0 ? rest.slice(slash) : '';
    const [pathPart = '', queryPart = ''] = tail.split('#')[0]!.split('?');
    if (host === 'wa.me') {
      if (/^\/message\/[A-Za-z0-9]+/.test(pathPart)) return { value: `https://wa.me${pathPart.replace(/\/$/, '')}`, phone: null };
      return digitsToContact(pathPart.replace(/^\//, '').split('/')[0] ?? null, wa);
    }
    if (host === 'api.whatsapp.com' || host === 'web.whatsapp.com' || host === 'whatsapp.com') {
      if (/^\/send\/?$/.test(pathPart)) return digitsToContact(queryParam(queryPart, 'phone'), wa);
      return null;
    }
    if (host === 'chat.whatsapp.com') {
      const code = pathPart.replace(/^\//, '').split('/')[0] ?? '';
      return /^[A-Za-z0-9]{10,}$/.test(code) ? { value: `https://chat.whatsapp.com/${code}`, phone: null } : null;
    }
    if (host === 't.me' || host === 'telegram.me' || host === 'telegram.dog') return telegramPath(pathPart);
    return otherMessengerUrl(host, pathPart, tail);
  }
  rest = rest.replace(/^\/+/, '');
  const [action = '', query = ''] = rest.split('?');
  if (protocol === 'whatsapp' && action.toLowerCase().startsWith('send')) return digitsToContact(queryParam(query, 'phone'), wa);
  if (protocol === 'tg') {
    if (action.toLowerCase().startsWith('resolve')) {
      const domain = queryParam(query, 'domain');
      return domain && TELEGRAM_NAME.test(domain) ? { value: `https://t.me/${domain.toLowerCase()}`, phone: null } : null;
    }
    if (action.toLowerCase().startsWith('join')) {
      const invite = queryParam(query, 'invite');
      return invite ? { value: `https://t.me/+${invite}`, phone: null } : null;
    }
    return null;
  }
  if (protocol === 'viber' && /^(?:chat|add|contact)/i.test(action)) return digitsToContact(queryParam(query, 'number'), viber);
  if (protocol === 'skype') return idContact(action.split(/[;?]/)[0] ?? '', skype);
  if (protocol === 'weixin' && /^dl\/chat$/i.test(action)) return idContact(query, wechat);
  return null;
}

const ID = /^[A-Za-z][A-Za-z0-9._:-]{3,39}$/;
const line = (id: string): string => `https://line.me/R/ti/p/${id.toLowerCase()}`;
const wechat = (id: string): string => `weixin://dl/chat?${id.toLowerCase()}`;
const skype = (id: string): string => `skype:${id.toLowerCase()}`;

function idContact(id: string, make: (id: string) => string): MessengerContact | null {
  const bare = safeDecode(id).replace(/^[@~]/, '');
  return ID.test(bare) ? { value: make(id.startsWith('@') || id.startsWith('~') ? id : bare), phone: null } : null;
}

/** A Threema id: eight capitals and digits ("*" starts a gateway id). */
function threemaContact(id: string): MessengerContact | null {
  const upper = safeDecode(id).toUpperCase();
  return /^[A-Z0-9*][A-Z0-9]{7}$/.test(upper) ? { value: `https://threema.id/${upper}`, phone: null } : null;
}

/** LINE, Zalo, Threema, KakaoTalk and Signal links (https). */
function otherMessengerUrl(host: string, path: string, tail: string): MessengerContact | null {
  if (host === 'line.me') {
    const id = /^\/(?:R\/)?ti\/p\/([@~]?[^/?#]+)/i.exec(path)?.[1];
    return id ? idContact(safeDecode(id), line) : null;
  }
  if (host === 'zalo.me') {
    const id = path.replace(/^\//, '').split('/')[0] ?? '';
    if (/^\+?\d{8,15}$/.test(id)) {
      return { value: `https://zalo.me/${id}`, phone: id.startsWith('0') ? id : `+${id.replace(/^\+/, '')}`, phoneRegion: 'VN' };
    }
    return ID.test(id) ? { value: `https://zalo.me/${id.toLowerCase()}`, phone: null } : null;
  }
  if (host === 'threema.id') return threemaContact(path.replace(/^\//, '').split('/')[0] ?? '');
  if (host === 'open.kakao.com') {
    const code = /^\/o\/([A-Za-z0-9]{4,20})(?:$|\/)/.exec(path)?.[1];
    return code ? { value: `https://open.kakao.com/o/${code}`, phone: null } : null;
  }
  if (host === 'signal.me') {
    const number = /#p\/(\+?\d{8,15})/.exec(tail)?.[1];
    return number ? { value: `https://signal.me/#p/+${number.replace(/^\+/, '')}`, phone: `+${number.replace(/^\+/, '')}` } : null;
  }
  return null;
}

/**
 * Ids written after a messenger's name ("WeChat: ledking_uk88", "微信：…",
 * "LINE ID: @shop", "Skype: ebay.desk"). "LINE" only in capitals or before
 * "ID": the English word "line" is everywhere. LINE as Thai and Japanese write
 * it ("แอดไลน์: @shop", "ไอดีไลน์", "ラインID："), where it is most used. The id may stand in
 * corner brackets or quotes, after a Japanese particle ("LINEで「shop88」を追加", "微信「…」",
 * 'Skype "desk.help"'); not in round brackets, which hold English asides ("WeChat (the app)"). LINE
 * may touch kana or Han ("窓口はLINE"), not a Latin letter ("HOTLINE", "ONLINE").
 */
const LABELLED_ID =
  /(?:(?<![\p{L}\p{N}])(?:[Ww][Ee][Cc][Hh][Aa][Tt]|[Ww]eixin|[Ss][Kk][Yy][Pp][Ee]|[Tt]hreema)(?: ?[Ii][Dd])?|微信号?|(?<![\p{sc=Latin}\p{N}])(?:LINE(?: ?ID)?|[Ll]ine ?ID)|(?:ไอดี ?)?ไลน์(?: ?ไอดี)?|ライン(?: ?ID)?)(?: ?[:：-]| on| ?[Ii][Dd]| ?(?:[でのはに] ?)?[「『“"（]) ?([@~]?[A-Za-z0-9][A-Za-z0-9._-]{3,39})/gu;
const LINE_LABEL = /line|ไลน์|ライン/;

export interface MessengerMatch extends MessengerContact {
  start: number;
  end: number;
}

export function findLabelledIds(text: string): MessengerMatch[] {
  const out: MessengerMatch[] = [];
  LABELLED_ID.lastIndex = 0;
  for (let m = LABELLED_ID.exec(text); m; m = LABELLED_ID.exec(text)) {
    const label = m[0].slice(0, m[0].length - (m[1] ?? '').length).toLowerCase();
    const id = (m[1] ?? '').replace(/[._-]+$/, '');
    const make = LINE_LABEL.test(label) ? line : label.startsWith('skype') ? skype : wechat;
    const contact = label.startsWith('threema')
      ? threemaContact(id)
      : idContact(make === line && !/^[@~]/.test(id) ? `~${id}` : id, make);
    const start = m.index + m[0].length - (m[1] ?? '').length;
    if (contact) out.push({ ...contact, start, end: start + id.length });
  }
  return out;
}

/** Messenger URLs written as text ("wa.me/8613…", "t.me/name", "viber://…"). */
const MESSENGER_URL =
  /(?:https?:\/\/)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com|web\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me|telegram\.dog|line\.me|zalo\.me|signal\.me|threema\.id|open\.kakao\.com)\/[^\s<>"'()[\]{}]{1,200}|(?:whatsapp|tg|viber|weixin):\/\/[^\s<>"'()[\]{}]{1,200}/gi;

export function findMessengerUrls(text: string): MessengerMatch[] {
  const out: MessengerMatch[] = [];
  MESSENGER_URL.lastIndex = 0;
  for (let m = MESSENGER_URL.exec(text); m; m = MESSENGER_URL.exec(text)) {
    const before = text[m.index - 1] ?? '';
    if (/[\p{L}\p{N}.@_-]/u.test(before)) continue;
    const url = m[0].replace(/[.,;:!?]+$/, '');
    const contact = canonicalMessenger(url);
    if (contact) out.push({ ...contact, start: m.index, end: m.index + url.length });
  }
  return out;
}

/** "@handle" tokens (not e-mail addresses); the caller decides whether they are presented as Telegram. */
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([A-Za-z][A-Za-z0-9_]{3,31})(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])/gu;

export interface HandleMatch {
  value: string;
  start: number;
  end: number;
}

export function findHandles(text: string): HandleMatch[] {
  const out: HandleMatch[] = [];
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m; m = HANDLE.exec(text)) {
    out.push({ value: `https://t.me/${(m[1] ?? '').toLowerCase()}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Canonical value prefixes (see the top of this file) → the messenger's brand name. */
const MESSENGER_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['https://wa.me/', 'WhatsApp'],
  ['https://chat.whatsapp.com/', 'WhatsApp'],
  ['https://t.me/', 'Telegram'],
  ['viber:', 'Viber'],
  ['https://line.me/', 'LINE'],
  ['weixin:', 'WeChat'],
  ['https://zalo.me/', 'Zalo'],
  ['https://signal.me/', 'Signal'],
  ['skype:', 'Skype'],
  ['https://threema.id/', 'Threema'],
  ['https://open.kakao.com/', 'KakaoTalk'],
];

/** The brand name of a canonical messenger value ("https://zalo.me/…" → "Zalo"), or null. */
export function messengerName(value: string): string | null {
  const lower = value.toLowerCase();
  return MESSENGER_NAMES.find(([prefix]) => lower.startsWith(prefix))?.[1] ?? null;
}
