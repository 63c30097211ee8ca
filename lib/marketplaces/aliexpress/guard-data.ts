import type { MarketplaceGuardData } from '../../guard/types';
import { aliexpressSite } from './site';

/**
 * AliExpress runs no customer phone line, support e-mail or messenger account
 * for buyers (shared/DOMAIN.md, seeds 000, 002, 004): the list of official
 * contacts is empty on purpose. Seed 000 names +55 41 3232 9913 for Brazil, but
 * its only source is a third-party article, so it is not official.
 */
export const aliexpressGuardData: MarketplaceGuardData = {
  id: 'aliexpress',
  displayName: aliexpressSite.displayName,
  names: [
    'aliexpress',
    'ali express',
    'ali-express',
    // Common misspellings ("Aliexpres", "Alliexpress"); "aliexpres" also covers the right spelling.
    'aliexpres',
    'alliexpres',
    // Cyrillic: Russian, Ukrainian, Bulgarian, Kazakh spellings.
    'алиэкспресс',
    'али экспресс',
    'али-экспресс',
    'алиэкспрес',
    'аліекспрес',
    'аліекспресс',
    'алі експрес',
    'алиекспрес',
    'алиекспресс',
    'али експрес',
    // Greek, Georgian, Armenian.
    'αλιεξπρές',
    'αλι εξπρες',
    'ალიექსპრეს',
    'ալիէքսպրես',
    // Arabic, Persian, Hebrew.
    'علي إكسبريس',
    'علي اكسبريس',
    'علي اكسبرس',
    'عليإكسبريس',
    'علی اکسپرس',
    // Urdu.
    'علی ایکسپریس',
    'علی اکسپریس',
    'עלי אקספרס',
    'עליאקספרס',
    'אלי אקספרס',
    'אליאקספרס',
    // Indic, Thai.
    'अलीएक्सप्रेस',
    'अली एक्सप्रेस',
    'অ্যালিএক্সপ্রেস',
    // Kannada, Tamil, Telugu, Malayalam, Gujarati, Punjabi, Odia, Sinhala (batch m: a Kannada page named it so),
    // written as one word or two.
    'ಅಲಿಎಕ್ಸ್‌ಪ್ರೆಸ್',
    'ಅಲಿ ಎಕ್ಸ್‌ಪ್ರೆಸ್',
    'அலிஎக்ஸ்பிரஸ்',
    'அலி எக்ஸ்பிரஸ்',
    'అలీఎక్స్‌ప్రెస్',
    'అలీ ఎక్స్‌ప్రెస్',
    'അലിഎക്സ്പ്രസ്',
    'അലി എക്സ്പ്രസ്',
    'અલીએક્સપ્રેસ',
    'અલી એક્સપ્રેસ',
    'ਅਲੀਐਕਸਪ੍ਰੈਸ',
    'ਅਲੀ ਐਕਸਪ੍ਰੈਸ',
    'ଆଲିଏକ୍ସପ୍ରେସ',
    'අලිඑක්ස්ප්‍රෙස්',
    'อาลีเอ็กซ์เพรส',
    // CJK.
    '速卖通',
    '速賣通',
    'アリエクスプレス',
    '알리익스프레스',
  ],
  domains: aliexpressSite.domains,
  emailDomains: ['alibaba-inc.com', 'alibaba.com', 'aliyun.com', 'aliexpress.com', 'aliexpress.ru', 'aliexpress.us'],
  // "*@aliexpress.com" addresses passed around as support are not official and do not work (seed 002).
  ownDomainEmail: 'not-support',
  phoneSupport: 'none',
  officialContacts: [],
  officialWays: {
    helpCenter: aliexpressSite.officialHelp.helpCenter,
    chat: aliexpressSite.officialHelp.chat,
    disputes: aliexpressSite.officialHelp.disputes,
    complaint: aliexpressSite.officialHelp.complaint,
  },
};
