/**
 * Word stems the context classifier looks for, per language. A stem matches at
 * the start of a word (so "phone" does not fire inside "headphones"); stems of
 * seven letters or more, and stems in scripts written without spaces or with
 * attached prefixes (CJK, Thai, Arabic, Hebrew), match anywhere in a word.
 * Stems are folded like page text (lower case, no diacritics) before use.
 *
 * Add a language by adding its line to each list; keep stems to what people
 * write around contacts, not single generic words such as "number".
 */

/** Support, hotline, customer service, and the channels themselves (call, write, e-mail …). */
export const SUPPORT_STEMS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'support', 'customer service', 'customer care', 'customer support', 'customer line', 'helpline', 'help line',
    'hotline', 'help desk', 'helpdesk', 'call center', 'call centre', 'contact', 'phone', 'telephone', 'tel.',
    'toll-free', 'toll free', 'call', 'e-mail', 'email', 'mail', 'write to', 'agent', 'representative',
    'operator', 'complaint', 'claims', 'refund department', 'service line', 'whatsapp', 'telegram', 'viber',
    'direct line', 'dispute team', 'dispute resolution',
  ],
  uk: [
    'підтримк', 'служба підтримки', 'гаряча лінія', 'гарячу лінію', 'гарячої лінії', 'лінія', 'телефон', 'тел.',
    'зателефонуй', 'дзвон', 'контакт', "зв'яз", 'звернен', 'оператор', 'консультант', 'пошт', 'e-mail', 'напиш',
    'пишіть', 'скарг', 'вайбер', 'телеграм', 'ватсап',
  ],
  ru: [
    'поддержк', 'горячая линия', 'горячей линии', 'горячую линию', 'линия', 'телефон', 'тел.', 'звон', 'позвон',
    'контакт', 'связ', 'обращени', 'оператор', 'консультант', 'почт', 'e-mail', 'напиш', 'пишите', 'жалоб',
    'претензи', 'вайбер', 'телеграм', 'ватсап', 'вотсап',
  ],
  pl: [
    'obsługa klienta', 'obsługi klienta', 'biuro obsługi', 'infolini', 'pomoc', 'wsparci', 'kontakt', 'telefon',
    'tel.', 'zadzwo', 'dzwoń', 'dzwonić', 'konsultant', 'reklamac', 'e-mail', 'mail', 'napisz',
  ],
  el: [
    'υποστήριξ', 'εξυπηρέτησ', 'τηλέφων', 'τηλ.', 'καλέστε', 'επικοινων', 'γραμμή', 'email', 'e-mail',
    'ηλεκτρονικό ταχυδρομείο', 'παράπον', 'εκπρόσωπ',
  ],
  ro: [
    'asistenț', 'suport', 'serviciul clienți', 'relații cu clienții', 'telefon', 'sună', 'sunați', 'apel', 'linie',
    'linia', 'contact', 'operator', 'e-mail', 'reclamați', 'scrie',
  ],
  ka: ['მხარდაჭერ', 'ცხელი ხაზ', 'ცხელ ხაზ', 'დაგვიკავშირდ', 'ტელეფონ', 'ტელ.', 'დარეკ', 'ზარ', 'დაკავშირ', 'კონტაქტ', 'ოპერატორ', 'ელფოსტ', 'ელ. ფოსტ', 'მომსახურებ', 'საჩივარ'],
  de: [
    'kundendienst', 'kundenservice', 'kundensupport', 'kundenbetreuung', 'support', 'hotline', 'telefon', 'anruf',
    'rufen sie', 'rufnummer', 'servicenummer', 'kontakt', 'e-mail', 'beschwerde', 'schreib',
  ],
  es: [
    'atención al cliente', 'servicio al cliente', 'soporte', 'asistencia', 'línea de ayuda', 'teléfono', 'llam',
    'contacto', 'correo', 'e-mail', 'escrib', 'reclamaci', 'queja',
  ],
  fr: [
    'service client', 'assistance', 'support', 'téléphone', 'appel', 'contact', 'joindre', 'e-mail', 'courriel',
    'réclamation', 'plainte', 'hotline', "ligne d'assistance", 'service après-vente',
  ],
  pt: [
    'atendimento', 'suporte', 'telefone', 'ligue', 'ligar', 'contato', 'contacto', 'e-mail', 'reclamaç',
    'assistência', 'linha de apoio',
    // Round 14 (batch n): European Portuguese "apoio ao cliente" (customer support), "fala/fale connosco" (talk to us).
    'apoio ao cliente', 'fala connosco', 'fale connosco',
  ],
  tr: ['müşteri hizmet', 'destek', 'çağrı merkez', 'telefon', 'arayın', 'iletişim', 'e-posta', 'şikayet', 'yardım hatt'],
  ar: ['دعم', 'خدمة العملاء', 'خدمة عملاء', 'خدمه العملاء', 'الخط الساخن', 'خط ساخن', 'هاتف', 'اتصل', 'تواصل', 'البريد', 'بريد', 'شكو', 'شكاوى', 'واتساب', 'رقم الهاتف'],
  hi: ['सहायता', 'ग्राहक सेवा', 'हेल्पलाइन', 'कस्टमर केयर', 'कस्टमर सर्विस', 'फ़ोन', 'फोन', 'कॉल', 'संपर्क', 'ईमेल', 'शिकायत', 'टोल फ्री'],
  kk: ['қолдау', 'байланыс', 'телефон', 'хабарлас', 'қоңырау', 'жедел желі', 'шағым', 'пошта', 'оператор'],
  cs: ['zákaznick', 'podpora', 'podporu', 'infolink', 'linka', 'telefon', 'volej', 'zavolej', 'kontakt', 'e-mail', 'reklamac', 'stížnost', 'napište'],
  he: ['תמיכה', 'שירות לקוחות', 'מוקד', 'טלפון', 'התקשר', 'צור קשר', 'צרו קשר', 'דוא"ל', 'מייל', 'אימייל', 'תלונ', 'וואטסאפ'],
  // Messenger names as written in other scripts (the Latin ones above match in every language).
  messengers: [
    'телеграм', 'телеґрам', 'вайбер', 'ватсап', 'вотсап', 'уатсап', 'τελεγκραμ', 'βάιμπερ', 'ტელეგრამ', 'ვაიბერ',
    'ვოთსაპ', 'ვატსაპ', 'טלגרם', 'ויבר', 'וואטסאפ', 'ווטסאפ', 'تيليجرام', 'تلغرام', 'تليجرام', 'فايبر', 'واتساب',
    'واتس اب', 'टेलीग्राम', 'व्हाट्सएप', 'व्हाट्सऐप', 'वॉट्सऐप', 'वाइबर', 'ਵਟਸਐਪ', 'વોટ્સએપ', 'واټس اپ', 'ვოცაპ',
    'threema', 'kakaotalk', '카카오톡',
  ],
  it: ['assistenza', 'servizio clienti', 'supporto', 'numero verde', 'telefono', 'chiama', 'contatt', 'e-mail', 'reclamo'],
  nl: ['klantenservice', 'klantendienst', 'helpdesk', 'telefoon', 'bellen', 'contact', 'e-mail', 'klacht'],
  bg: ['поддръжка', 'обслужване на клиенти', 'гореща линия', 'телефон', 'обадете', 'контакт', 'имейл', 'оплакване'],
  hu: ['ügyfélszolgálat', 'telefon', 'hívja', 'kapcsolat', 'e-mail', 'panasz'],
  zh: ['客服', '客户服务', '热线', '電話', '电话', '联系', '聯繫', '邮箱', '投诉', '售后'],
  ja: ['カスタマーサービス', 'サポート', '電話', '問い合わせ', '連絡', 'メール', '窓口'],
  ko: ['고객센터', '고객 서비스', '상담', '전화', '연락', '이메일', '문의'],
  vi: ['hỗ trợ', 'chăm sóc khách hàng', 'tổng đài', 'điện thoại', 'liên hệ', 'email'],
  id: ['layanan pelanggan', 'dukungan', 'bantuan', 'telepon', 'hubungi', 'kontak', 'email', 'keluhan'],
  lt: ['pagalbos linij', 'klientų aptarnavim', 'pagalb', 'telefon', 'skambin', 'kontakt', 'el. paštu', 'el. pašt', 'skund'],
  sr: [
    'корисничка подршка', 'корисничке подршке', 'подршк', 'телефон', 'позовите', 'контакт', 'korisnička podrška',
    'korisničke podrške', 'podršk', 'telefon', 'pozovite', 'kontakt', 'imejl', 'reklamacij',
  ],
  th: ['ฝ่ายบริการลูกค้า', 'บริการลูกค้า', 'ศูนย์ช่วยเหลือ', 'คอลเซ็นเตอร์', 'ติดต่อ', 'โทร', 'อีเมล', 'ร้องเรียน'],
  bn: ['হেল্পলাইন', 'গ্রাহক সেবা', 'গ্রাহক পরিষেবা', 'কাস্টমার কেয়ার', 'সহায়তা', 'যোগাযোগ', 'কল করুন', 'ফোন', 'ইমেইল', 'অভিযোগ'],
  fa: ['پشتیبانی', 'خدمات مشتریان', 'شماره تماس', 'تماس', 'تلفن', 'ایمیل', 'شکایت', 'واتساپ', 'تلگرام'],
  ur: ['ہیلپ لائن', 'کسٹمر سروس', 'کسٹمر کیئر', 'رابطہ', 'کال کریں', 'فون', 'ای میل', 'شکایت', 'واٹس ایپ'],
  sw: ['huduma kwa wateja', 'msaada', 'wasiliana', 'mawasiliano', 'piga simu', 'nambari ya simu', 'barua pepe', 'malalamiko'],
  ms: ['khidmat pelanggan', 'perkhidmatan pelanggan', 'talian', 'sokongan', 'aduan', 'e-mel'],
  et: ['klienditugi', 'klienditeenindus', 'kasutajatugi', 'infotelefon', 'helista', 'kontakt', 'e-post', 'kaebus'],
  lv: ['klientu apkalpošan', 'klientu atbalst', 'atbalsta dienest', 'tālru', 'zvaniet', 'kontakt', 'e-pasts', 'sūdzīb'],
  da: ['kundeservice', 'kundesupport', 'telefon', 'ring til', 'kontakt', 'e-mail', 'klage'],
  nb: ['kundeservice', 'kundestøtte', 'telefon', 'ring til', 'kontakt', 'e-post', 'klage'],
  sv: ['kundtjänst', 'kundservice', 'kundsupport', 'telefon', 'ring till', 'kontakt', 'e-post', 'klagomål'],
  fi: ['asiakaspalvelu', 'asiakastuki', 'puhelin', 'soita', 'yhteystied', 'ota yhteyttä', 'sähköposti', 'valitus'],
  ca: ["atenció al client", 'servei al client', 'suport', 'telèfon', 'truqueu', 'truca', 'contacte', 'correu', 'reclamaci'],
  sl: ['podpor', 'pomoč strankam', 'služba za stranke', 'telefon', 'pokličite', 'kontakt', 'e-pošt', 'pritožb'],
  sq: ['shërbimi i klientit', 'shërbimin e klientit', 'i klientit', 'e klientit', 'na shkruani', 'mbështetje', 'ndihmë', 'telefon', 'kontakt', 'email', 'ankes'],
  mk: ['поддршка', 'корисничка служба', 'служба за корисници', 'телефон', 'јавете се', 'контакт', 'е-пошта', 'жалб'],
  az: ['müştəri xidmət', 'dəstək', 'qaynar xətt', 'telefon', 'zəng edin', 'əlaqə', 'e-poçt', 'şikayət'],
  hy: ['աջակցությ', 'հաճախորդների սպասարկ', 'թեժ գիծ', 'հեռախոս', 'զանգահարեք', 'կապ', 'էլ. փոստ', 'բողոք'],
  uz: ["qo'llab-quvvatlash", 'mijozlarga xizmat', 'ishonch telefoni', 'telefon', "qo'ng'iroq", 'aloqa', 'yozing', 'shikoyat'],
  tl: ['customer service', 'tumawag', 'tawagan', 'makipag-ugnayan', 'i-message', 'reklamo'],
  ta: ['வாடிக்கையாளர் சேவை', 'உதவி எண்', 'தொலைபேசி', 'அழைக்கவும்', 'தொடர்பு', 'மின்னஞ்சல்', 'புகார்'],
  af: ['kliëntediens', 'klantediens', 'ondersteuning', 'hulplyn', 'telefoon', 'skakel', 'kontak', 'e-pos', 'klagte'],
  // Round 6 (batch g): the languages of Europe's edges, Central and South Asia, Africa and South-East Asia.
  is: ['þjónustuver', 'þjónustuborð', 'þjónusta við viðskiptavini', 'hjálparsím', 'sími', 'síma', 'hringdu', 'hafðu samband', 'netfang', 'kvörtun'],
  ga: ['seirbhís do chustaiméirí', 'seirbhís custaiméirí', 'tacaíocht', 'líne chabhrach', 'teileafón', 'glaoigh', 'déan teagmháil', 'ríomhphost', 'gearán'],
  cy: ['gwasanaeth cwsmeriaid', 'llinell gymorth', 'cymorth', 'cefnogaeth', 'ffôn', 'ffoniwch', 'cysylltwch', 'e-bost', 'cwyn'],
  mt: ['servizz tal-klijenti', 'servizz lill-klijenti', 'appoġġ', 'għajnuna', 'telefon', 'ċempel', 'ikkuntattja', 'ilment'],
  lb: ['clientsservice', 'ënnerstëtzung', 'uruff', 'kontakt'],
  eu: ['bezeroarentzako arreta', 'bezeroen arreta', 'laguntza', 'telefonoa', 'deitu', 'harremanetan', 'posta elektroniko', 'idatzi', 'kexa'],
  gl: ['atención ao cliente', 'servizo ao cliente', 'servizo de atención', 'chama', 'chamada', 'contacto', 'escribe', 'reclamación'],
  bs: ['korisnička podrška', 'služba za korisnike', 'podršk', 'pozovite', 'nazovite', 'kontakt'],
  be: ['падтрымк', 'гарачая лінія', 'гарачую лінію', 'тэлефон', 'тэл.', 'патэлефануй', 'звані', 'кантакт', 'пошт', 'скарг'],
  ky: ['колдоо', 'кардарларды тейлөө', 'ишеним телефону', 'телефон', 'чалыңыз', 'байланыш', 'даттануу'],
  tg: ['дастгирӣ', 'дастгирии', 'хадамоти муштариён', 'хизматрасонии муштариён', 'телефон', 'занг занед', 'тамос', 'шикоят'],
  mn: ['хэрэглэгчийн үйлчилгээ', 'тусламж', 'лавлах утас', 'утас', 'залгана', 'холбоо бари', 'имэйл', 'гомдол'],
  si: ['පාරිභෝගික සේවා', 'පාරිභෝගික සේවය', 'සහාය', 'දුරකථන', 'අමතන්න', 'ඇමතුම', 'විද්‍යුත් තැපෑල', 'පැමිණිලි'],
  gu: ['ગ્રાહક સેવા', 'હેલ્પલાઇન', 'સહાય', 'ફોન', 'કૉલ', 'કોલ', 'સંપર્ક', 'ઇમેઇલ', 'ફરિયાદ'],
  pa: ['ਗਾਹਕ ਸੇਵਾ', 'ਹੈਲਪਲਾਈਨ', 'ਸਹਾਇਤਾ', 'ਫ਼ੋਨ', 'ਫੋਨ', 'ਕਾਲ', 'ਸੰਪਰਕ', 'ਈਮੇਲ', 'ਸ਼ਿਕਾਇਤ'],
  mr: ['ग्राहक सेवा', 'हेल्पलाइन', 'मदत', 'संपर्क', 'कॉल करा', 'तक्रार'],
  ne: ['ग्राहक सेवा', 'सहयोग', 'सम्पर्क', 'फोन गर्नुहोस्', 'उजुरी'],
  ps: ['د پېرودونکو خدمت', 'پېرودونکو', 'ملاتړ', 'تلیفون', 'زنګ', 'اړیکه', 'برېښنالیک', 'شکایت'],
  am: ['ደንበኞች አገልግሎት', 'የደንበኞች አገልግሎት', 'ድጋፍ', 'ስልክ', 'ይደውሉ', 'ያግኙን', 'ኢሜይል', 'ቅሬታ'],
  ha: ['taimakon abokan ciniki', 'sabis na abokan ciniki', 'taimako', 'lambar waya', 'kira', 'tuntuɓ', 'tuntub', 'imel', 'korafi'],
  yo: ['iṣẹ́ onibara', 'ìrànlọ́wọ́', 'nọ́mbà fóònù', 'fóònù', 'pe wa', 'kàn sí', 'ẹ̀sùn'],
  ig: ['ọrụ ndị ahịa', 'enyemaka', 'kpọọ', 'ekwentị'],
  zu: ['usizo lwamakhasimende', 'ukusekelwa', 'usizo', 'shayela', 'ucingo', 'xhumana', 'imeyili', 'isikhalazo'],
  xh: ['inkonzo yabathengi', 'uncedo', 'tsalela', 'ifowuni', 'qhagamshelana'],
  so: ['adeegga macaamiisha', 'caawimaad', 'taleefan', 'la xiriir'],
  km: ['សេវាអតិថិជន', 'ជំនួយ', 'ទូរស័ព្ទ', 'ទំនាក់ទំនង', 'អ៊ីមែល', 'បណ្តឹង'],
  lo: ['ບໍລິການລູກຄ້າ', 'ຝ່າຍບໍລິການ', 'ຊ່ວຍເຫຼືອ', 'ໂທລະສັບ', 'ໂທຫາ', 'ຕິດຕໍ່', 'ອີເມວ'],
  my: ['ဖောက်သည်ဝန်ဆောင်မှု', 'ဝန်ဆောင်မှု', 'အကူအညီ', 'ဖုန်း', 'ဆက်သွယ်', 'အီးမေးလ်', 'တိုင်ကြား'],
  jv: ['layanan pelanggan', 'pitulungan', 'hubungi'],
  // Round 10 (batch j): Telugu, Kannada and Malayalam, and the English loan words ("customer care",
  // "helpline") as the other Indic scripts write them.
  te: [
    'కస్టమర్ కేర్', 'కస్టమర్ సర్వీస్', 'వినియోగదారుల సేవ', 'హెల్ప్‌లైన్', 'హెల్ప్ లైన్', 'సహాయ కేంద్ర', 'మద్దతు', 'ఫోన్',
    'కాల్ చేయండి', 'సంప్రదించ', 'ఈమెయిల్', 'ఫిర్యాదు',
  ],
  kn: ['ಗ್ರಾಹಕ ಸೇವೆ', 'ಕಸ್ಟಮರ್ ಕೇರ್', 'ಸಹಾಯವಾಣಿ', 'ಹೆಲ್ಪ್‌ಲೈನ್', 'ಬೆಂಬಲ', 'ಫೋನ್', 'ಕರೆ ಮಾಡಿ', 'ಸಂಪರ್ಕಿಸಿ', 'ಇಮೇಲ್', 'ದೂರು'],
  ml: [
    'കസ്റ്റമർ കെയർ', 'ഉപഭോക്തൃ സേവന', 'ഹെൽപ്‌ലൈൻ', 'ഹെൽപ്പ്‌ലൈൻ', 'പിന്തുണ', 'ഫോൺ', 'വിളിക്കുക', 'ബന്ധപ്പെടുക',
    'ഇമെയിൽ', 'പരാതി',
  ],
  // Round 11 (batch k): Odia, and "customer care" / "helpline" as Odia writes the English words.
  or: ['ଗ୍ରାହକ ସେବା', 'କଷ୍ଟମର କେୟାର', 'ହେଲ୍ପଲାଇନ', 'ସହାୟତା', 'କଲ କରନ୍ତୁ', 'ଯୋଗାଯୋଗ', 'ଇମେଲ', 'ଅଭିଯୋଗ'],
  // Round 14 (batch n): Sindhi writes the English loans with its own letters (ڪ, ي: "ڪسٽمر ڪيئر", "هيلپ لائين"),
  // which the Urdu spellings do not match; Esperanto.
  sd: ['ڪسٽمر ڪيئر', 'ڪسٽمر سروس', 'هيلپ لائين', 'مدد', 'رابطو', 'ڪال ڪريو', 'فون', 'شڪايت'],
  eo: ['klientservo', 'klienta servo', 'subteno', 'telefono', 'voku', 'kontaktu', 'retpoŝt', 'plendo'],
  indicLoans: [
    'கஸ்டமர் கேர்', 'ஹெல்ப்லைன்', 'कस्टमर केअर', 'ई-मेल', 'ईमेल', 'कॉल', 'फोन', 'કસ્ટમર કેર', 'ਕਸਟਮਰ ਕੇਅਰ',
    'কাস্টমার সার্ভিস',
  ],
};

/**
 * Words for "numbers" / "addresses": too generic in running text ("order
 * number"), but a heading made of them ("Numbers", "Номери", "Adresy") heads a
 * list of contacts, so in headings they count as support wording.
 */
export const HEADING_CONTACT_STEMS: readonly string[] = [
  'number', 'numbers', 'contacts', 'addresses', 'номер', 'номери', 'номера', 'адрес', 'адреси', 'адреса', 'numer',
  'numery', 'adres', 'αριθμ', 'διευθύνσ', 'număr', 'numere', 'adrese', 'ნომერ', 'ნომრ', 'მისამართ', 'nummer',
  'rufnummern', 'adressen', 'número', 'números', 'direcci', 'numéro', 'adresse', 'endereço', 'numara', 'adres',
  'رقم', 'أرقام', 'عناوين', 'नंबर', 'पता', 'нөмір', 'мекенжай', 'číslo', 'čísla', 'adresy', 'מספר', 'מספרי', 'כתובות',
];

/**
 * Words that say "this is how to reach X" only when they sit right before the
 * contact, in its own clause ("Número de AliExpress: …", "AliExpress help: …",
 * "AliExpress erreichen: …"): too common to count anywhere else in a block.
 */
export const CLAUSE_CONTACT_STEMS: readonly string[] = [
  'help', 'hilfe', 'erreich', 'ayuda', 'aide', 'ajuda', 'aiuto', 'pomoc', 'помощ', 'допомог', 'βοήθει', 'ajutor',
  'დახმარებ', 'yardım', 'مساعدة', 'मदद', 'көмек', 'עזרה', 'reach', 'dial', 'ring',
];

/**
 * Round 10 (batch j): a heading for press offices and PR agencies ("Press contact", "Contact presă",
 * "Pressekontakt"): the lines under it are for journalists. Phrases only (a bare "press" is also "press 1
 * for support"), matched at a word's start only, as "AliExpress contact" holds "press contact".
 */
export const PRESS_HEADING_STEMS: readonly string[] = [
    'press office', 'press contact', 'press enquiries', 'press inquiries', 'media contact', 'media enquiries',
    'media inquiries', 'media relations', 'pr agency', 'pressestelle', 'pressekontakt', 'pressesprecher',
    'pr-agentur', 'contact presse', 'relations presse', 'service de presse', 'attaché de presse',
    'contacto de prensa', 'oficina de prensa', 'gabinete de prensa', 'ufficio stampa', 'contatto stampa',
    'contatti stampa', 'assessoria de imprensa', 'contato de imprensa', 'contacto de imprensa', 'contact presă',
    'biroul de presă', 'relații cu presa', 'agenția de pr', 'biuro prasowe', 'kontakt dla mediów',
    'kontakt prasowy', 'rzecznik prasowy', 'agencja pr', 'пресслужб', 'прес-служб', 'пресс-служб', 'пресс-центр',
    'прес-центр', 'для преси', 'для прессы', 'γραφείο τύπου', 'επικοινωνία τύπου', 'პრესსამსახურ',
    'პრეს-სამსახურ', 'perscontact', 'persvoorlichting', 'presskontakt', 'presstjänst', 'mediakontakt',
    'mediayhteydet', 'tiskové oddělení', 'kontakt pro média', 'tlačové oddelenie', 'kontakt pre médiá',
    'basın iletişim', 'medya iletişim', 'sajtókapcsolat', 'sajtóiroda',
];

/**
 * Someone other than the marketplace owns the contact: the site's own shop or
 * office ("our shop"), a courier, bank, police, newsroom or consumer body, or
 * an explicit "not affiliated". The site's "contact us" is SELF_REFERENCE_STEMS.
 */
export const THIRD_PARTY_STEMS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'newsroom', 'news desk', 'editor', 'our office', 'our shop', 'our store', 'our workshop', 'our showroom',
    'courier', 'delivery company',
    'post office', 'postal service', 'police', 'bank', 'consumer', 'citizens advice', 'ombudsman', 'association',
    'not affiliated', 'unaffiliated', 'repair shop', 'fraud unit', 'action fraud', 'trading standards',
    // Payment and parcel companies people are sent to for their own matters.
    'paypal', 'visa', 'mastercard', 'dhl', 'fedex', 'ups', 'usps', 'royal mail', 'nova poshta', 'нова пошта',
    'укрпошт', 'почта россии', 'почты россии', 'сдэк', 'inpost', 'poczta polska', 'ελτα', 'fan courier', 'sameday',
    'cargus', 'dpd', 'gls', 'hermes', 'evri', 'yodel', 'parcelforce', 'seur', 'correos', 'chronopost', 'colissimo',
    'mondial relay', 'bpost', 'postnl', 'aras kargo', 'yurtiçi kargo', 'mng kargo', 'aramex', 'smsa', 'delhivery',
    'india post', 'blue dart', 'ptt', 'deutsche post', 'deutschen post', 'an post', 'postnord', 'vnpost', 'vietnam post',
  'thailand post', 'ไปรษณีย์ไทย', 'kerry express', 'j&t', 'correos de méxico', 'estafeta', 'ctt', 'swiss post',
  'slovenská pošta', 'emirates post', 'saudi post', 'қазпошта', 'казпочта', 'česká pošta', 'zásilkovna', 'packeta', 'dachser', 'meest',
    'israel post', 'דואר ישראל', 'speedex', 'poșta română', 'ctt expresso', 'jadlog', 'loggi',
    // Places that hand parcels over: their phone is the place's own.
    'pickup point', 'pick-up point', 'parcel locker', 'parcel shop',
    // Round 14 (batch n): an event's organiser gives their own line in the event's details ("Organizer: …, tel.").
    'organizer', 'organiser', 'organizanto', 'veranstalter', 'organisateur', 'organizador', 'organizzatore',
    'organizator', 'организатор', 'organizatör',
    // Round 11 (batch k): a domain's registrar or host (WHOIS lookups, "report abuse to the host"): their abuse
    // desk is theirs, whatever brand the looked-up domain imitates. The word for it in nl de ru uk pl es fr it.
    'registrar', 'hosting provider', 'web host', 'hostingprovider', 'hostingbedrijf', 'hosting-anbieter', 'hoster',
    'регистратор', 'реєстратор', 'хостинг', 'rejestrator', 'dostawca hostingu', 'registrador', 'proveedor de hosting',
    "bureau d'enregistrement", 'hébergeur', 'fornitore di hosting',
    // Classified ads, rentals and job ads: see ADVERTISER_STEMS (part of the third parties).
  ],
  uk: [
    'редакці', 'наш магазин', 'нашого магазину', 'наш сервіс', "кур'єр", 'служба доставки', 'служби доставки',
    'перевізник', 'поліці', 'банк', 'споживач', 'асоціаці', "не пов'язан", 'не є представник',
  ],
  ru: [
    'редакци', 'наш магазин', 'нашего магазина', 'наш сервис', 'курьер', 'служба доставки', 'службы доставки',
    'перевозчик', 'полици', 'банк', 'потребител', 'роспотребнадзор', 'ассоциаци', 'не связан', 'не является представ',
  ],
  pl: [
    'redakcj', 'nasz sklep', 'naszego sklepu', 'sklep stacjonarn', 'naszym sklepie', 'kurier', 'policj', 'bank',
    'rzecznik konsument', 'uokik', 'konsumenck', 'przewoźnik', 'przewoźnika', 'federacja konsument', 'stowarzyszeni',
    'nie jesteśmy', 'niezwiązan', 'niepowiązan',
  ],
  el: [
    'καταστήμα', 'καταστημα', 'σύνταξη', 'ταχυμεταφορ', 'courier', 'αστυνομ', 'τράπεζ', 'καταναλωτ', 'δεν συνδέεται',
    'δεν σχετίζεται', 'εργαστήρι', 'συνεργείο',
  ],
  ro: [
    'asociați', 'asociație', 'consilier', 'protecția consumatorului', 'anpc', 'magazinul nostru', 'echipa noastră',
    'curier', 'poliți', 'banc', 'redacți', 'nu suntem afiliați', 'nu este afiliat', 'nu suntem asociați',
  ],
  ka: ['ჩვენი მაღაზი', 'მაღაზი', 'კურიერ', 'პოლიცი', 'ბანკ', 'მომხმარებელთა უფლებ', 'ასოციაცი', 'რედაქცი'],
  de: [
    'unser geschäft', 'unser laden', 'unsere werkstatt', 'redaktion', 'kurier', 'paketdienst', 'zusteller',
    'versanddienstleister', 'polizei', 'bank', 'verbraucher', 'nicht verbunden', 'verein',
  ],
  es: [
    'nuestra tienda', 'nuestro taller', 'redacción', 'mensajería', 'paquetería', 'transportista',
    'empresa de transporte', 'policía', 'banco', 'consumidor', 'asociación', 'no estamos afiliados',
    'no está afiliad',
  ],
  fr: [
    'notre boutique', 'notre magasin', 'notre atelier', 'rédaction', 'transporteur', 'coursier', 'la poste', 'police',
    'gendarmerie', 'banque', 'consommat', 'dgccrf', 'pas affilié', 'aucun lien',
  ],
  pt: [
    'nossa loja', 'nossa oficina', 'redação', 'transportadora', 'correios', 'polícia', 'banco', 'procon',
    'consumidor', 'associação', 'não somos afiliados',
  ],
  tr: ['mağazamız', 'kargo', 'polis', 'banka', 'tüketici', 'dernek', 'bağlantılı değil'],
  ar: ['متجرنا', 'شركة الشحن', 'الشرطة', 'البنك', 'المستهلك', 'جمعية', 'غير تابع'],
  hi: ['हमारी दुकान', 'कूरियर', 'पुलिस', 'बैंक', 'उपभोक्ता', 'संबद्ध नहीं'],
  kk: ['біздің дүкен', 'курьер', 'қазпошта', 'полиция', 'банк', 'тұтынушы', 'қауымдастық'],
  cs: ['naše prodejna', 'náš obchod', 'redakce', 'kurýr', 'přepravce', 'policie', 'banka', 'spotřebitel', 'sdružení', 'nejsme spojeni'],
  he: ['החנות שלנו', 'שליחויות', 'חברת השילוח', 'משטרה', 'בנק', 'הגנת הצרכן', 'צרכנות', 'עמותה', 'אינו קשור'],
  it: ['il nostro negozio', 'redazione', 'corriere', 'polizia', 'banca', 'consumatori', 'associazione', 'non affiliat'],
  nl: ['onze winkel', 'redactie', 'koerier', 'politie', 'bank', 'consumentenbond', 'vereniging'],
  bg: ['нашия магазин', 'куриер', 'полиция', 'банка', 'потребител', 'асоциация'],
  // Not a bare "posta"/"pošta": folded, it is also the Italian and Romanian word for mail.
  hu: ['eladó', 'hirdető', 'magánszemély', 'magyar posta', 'postai', 'posta ügyfélszolgálat', 'futárszolgálat', 'futár', 'rendőrség', 'bank', 'fogyasztóvédel', 'szerkesztőség', 'boltunk'],
  lt: ['paštas', 'kurjer', 'policij', 'bankas', 'vartotoj', 'redakcij', 'mūsų parduotuv'],
  sr: ['пошта србије', 'поште србије', 'курир', 'полиција', 'банка', 'потрошач', 'pošta srbije', 'pošte srbije', 'kurir', 'policija', 'banka', 'potrošač', 'naša prodavnica'],
  vi: ['bưu điện', 'chuyển phát', 'ngân hàng', 'công an', 'người tiêu dùng', 'cửa hàng chúng tôi'],
  id: ['kurir', 'pos indonesia', 'polisi', 'bank', 'konsumen', 'toko kami'],
  // zh, ja, ko, fa: banks, police, couriers and post, consumer bodies, "our shop". Not '本行' (this bank):
  // it is also inside Japanese 日本行き ("bound for Japan").
  zh: ['银行', '銀行', '警察', '公安', '派出所', '快递公司', '快遞公司', '邮局', '郵局', '中华邮政', '中華郵政', '消费者', '消費者', '消保官', '本店', '我們的門市'],
  ja: ['銀行', '警察', '郵便局', '日本郵便', 'ヤマト運輸', '佐川急便', '消費者', '国民生活センター', '当店'],
  ko: ['은행', '경찰', '택배', '우체국', '소비자', '저희 매장'],
  fa: ['فروشگاه', 'بانک', 'پلیس', 'اداره پست', 'شرکت پست', 'مصرف کننده', 'مصرف‌کننده', 'وابسته نیست'],
  // et, lv, da, nb, sv, fi, ms, sw: the same parties ("bank" in en covers most Latin spellings). Not a bare
  // "politi" or "polis": they begin English "political" and "polish".
  et: ['tarbija', 'politsei', 'kuller', 'omniva', 'pakiautomaat', 'meie pood'],
  lv: ['patērētāj', 'policij', 'kurjer', 'latvijas pasts', 'pakomāt', 'mūsu veikal'],
  da: ['forbruger', 'politiet', 'postnord', 'pakkeshop', 'vores butik'],
  nb: ['forbruker', 'politiet', 'posten', 'vår butikk'],
  sv: ['konsument', 'polisen', 'vår butik'],
  fi: ['kuluttaja', 'poliisi', 'pankki', 'myymälämme'],
  ms: ['pdrm', 'balai polis', 'hak pengguna', 'tribunal tuntutan pengguna', 'pos malaysia', 'kedai kami'],
  sw: ['benki', 'polisi', 'posta kenya', 'posta tanzania', 'duka letu', 'haki za watumiaji'],
  // Round 12 (batch l): Thai — a pharmacy, "our shop", a bank, the police, the post, the consumer board.
  th: ['ร้านยา', 'ร้านของเรา', 'ร้านเรา', 'ธนาคาร', 'ตำรวจ', 'ไปรษณีย์', 'สคบ'],
  // Round 13 (batch m): institutions whose pages mention a marketplace in passing and give their own desk —
  // universities and their IT desks, libraries, councils, airlines, hospitals — and the Icelandic post.
  // Not a bare "college" or "coleg": Spanish and Portuguese "colega" (colleague) starts the same.
  institutions: [
    'university', 'it service desk', 'it help desk', 'it helpdesk', 'library', 'city council', 'town hall',
    'municipality', 'airline', 'hospital', 'universität', 'hochschule', 'bibliothek', 'rechenzentrum',
    'stadtverwaltung', 'fluggesellschaft', 'krankenhaus', 'université', 'bibliothèque', 'mairie',
    'compagnie aérienne', 'hôpital', 'universidad', 'biblioteca', 'ayuntamiento', 'aerolínea', 'universidade',
    'prefeitura', 'câmara municipal', 'companhia aérea', 'università', 'compagnia aerea', 'ospedale', 'uniwersytet',
    'uczelni', 'biblioteka', 'urząd miasta', 'urząd gminy', 'linie lotnicze', 'linii lotniczych', 'szpital',
    'університет', 'бібліотек', 'міська рада', 'авіакомпані', 'лікарн', 'университет', 'библиотек',
    'авиакомпани', 'больниц', 'πανεπιστήμ', 'βιβλιοθήκ', 'αεροπορική εταιρ', 'νοσοκομεί', 'universitat',
    'primăria', 'companie aerian', 'compania aeriană', 'spital', 'უნივერსიტეტ', 'ბიბლიოთეკ', 'ავიაკომპანი',
    'საავადმყოფო', 'üniversite', 'kütüphane', 'belediye', 'havayolu', 'hastane', 'विश्वविद्यालय', 'पुस्तकालय',
    'एयरलाइन', 'अस्पताल', 'prifysgol', 'brifysgol', 'llyfrgell', 'ysbyty', 'ollscoil', 'leabharlann', 'aerlíne',
    'ospidéal', 'háskól', 'bókasafn', 'flugfélag', 'sjúkrahús', 'pósturinn', 'póstinum', 'universiteit',
    'hogeschool', 'bibliotheek', 'luchtvaartmaatschappij', 'ziekenhuis', 'universitet', 'högskola', 'bibliotek',
    'flygbolag', 'sjukhus', 'flyselskap', 'flyselskab', 'sykehus', 'sygehus', 'yliopisto', 'kirjasto',
    'lentoyhtiö', 'sairaala', 'univerzit', 'knihovn', 'knižnic', 'letecká společnost', 'letecká spoločnosť',
    'nemocnic', 'sveučilišt', 'univerzitet', 'knjižnic', 'letalsk', 'bolnic', 'egyetem', 'könyvtár',
    'önkormányzat', 'légitársaság', 'kórház', 'savivaldyb', 'avialinij', 'universitāt',
    'bibliotēk', 'pašvaldīb', 'aviokompānij', 'slimnīc', 'ülikool', 'raamatukogu', 'lennufirma', 'haigla',
    'община', 'авиокомпания', 'болница', 'их сургууль', 'номын сан', 'эмнэлэг',
  ],
};

/**
 * The site speaking of itself ("contact us", "write to us", "napište nám"): like "our hotline"
 * (OWN_WORDS), the contact after it is the site's own, unless a heading above presents the whole
 * section as a marketplace's support ("eBay Buyer Support" › "Write to us on Skype: …"), which is
 * how impersonating pages speak. Read with the third parties wherever a party is asked for.
 */
export const SELF_REFERENCE_STEMS: Readonly<Record<string, readonly string[]>> = {
  en: ['contact us', 'call us', 'email us', 'e-mail us', 'write to us', 'reach us'],
  uk: ["зв'яжіться з нами", 'напишіть нам', 'зателефонуйте нам'],
  ru: ['свяжитесь с нами', 'напишите нам', 'позвоните нам'],
  pl: ['skontaktuj się z nami', 'zadzwoń do nas', 'napisz do nas'],
  el: ['επικοινωνήστε μαζί μας'],
  de: ['kontaktieren sie uns', 'rufen sie uns', 'schreiben sie uns'],
  es: ['contáctanos', 'contacte con nosotros', 'llámanos', 'escríbenos'],
  fr: ['contactez-nous', 'appelez-nous', 'écrivez-nous'],
  pt: ['fale conosco', 'contato conosco'],
  tr: ['bizimle iletişime', 'bizi arayın'],
  ar: ['اتصل بنا', 'تواصل معنا'],
  hi: ['हमसे संपर्क'],
  kk: ['бізбен байланыс'],
  cs: ['kontaktujte nás', 'zavolejte nám', 'napište nám'],
  he: ['צרו קשר איתנו', 'צור קשר עמנו'],
  it: ['contattaci', 'chiamaci'],
  nl: ['neem contact met ons', 'bel ons'],
  bg: ['свържете се с нас'],
  et: ['võtke meiega ühendust'],
  lv: ['sazinieties ar mums'],
  da: ['kontakt os', 'ring til os'],
  nb: ['kontakt oss', 'ring oss'],
  sv: ['kontakta oss', 'ring oss'],
  fi: ['ota meihin yhteyttä'],
  ms: ['hubungi kami'],
  sw: ['wasiliana nasi'],
  // Round 11 (batch k): "contact us" in ka (Georgian puts "us" inside the verb) ro hu lt vi th zh. Only the
  // heading phrase: "call us" / "write to us" (დაგვირეკეთ, írjon nekünk) is how fake support pages in these
  // languages speak under a "Description" heading (batches e and i).
  ka: ['დაგვიკავშირდით'],
  ro: ['contactați-ne', 'contactati-ne'],
  hu: ['lépjen kapcsolatba velünk'],
  lt: ['susisiekite su mumis'],
  vi: ['liên hệ với chúng tôi'],
  th: ['ติดต่อเรา'],
  zh: ['联系我们', '聯絡我們', '聯繫我們'],
};

/**
 * Whoever placed an ad owns the contacts in it: a private seller, a landlord,
 * an employer's HR desk. Third parties everywhere (the words before a contact);
 * in a label/value list (a classified's "Proprietar: … / Telefon: …") the
 * whole list is read for them, so the phone row is the advertiser's too.
 */
export const ADVERTISER_STEMS: readonly string[] = [
  'contact the seller', 'seller contact', 'private seller', 'контакты продавца', 'связаться с продавцом',
  'частное лицо', 'контакти продавця', "зв'язатися з продавцем", 'приватна особа', 'kontakt ze sprzedającym',
  'osoba prywatna', 'privatverkäufer', 'verkäufer kontaktieren', 'hubungi penjual', 'contatta il venditore',
  'contactar al vendedor', 'contacter le vendeur', 'advertiser', 'inzerent', 'soukromá osoba', 'súkromná osoba',
  'частно лице', 'privatna osoba', 'privatperson', 'yksityishenkilö', 'ilmoittaja', 'particulier', 'adverteerder',
  'ogłoszeniodawca', 'anunciante', 'annonceur', 'inserent',
  // Private persons, advertisers and landlords in more languages (batch g: a rental listing, a classified).
  'persoană fizică', 'persoana fizica', 'proprietar', 'privatno lice', 'приватно лице', 'oglašivač', 'оглашивач',
  'landlord', 'vermieter', 'wynajmujący', 'właściciel mieszkania', 'орендодав', 'арендодател', 'собственник',
  'ιδιοκτήτ', 'მესაკუთრე', 'arrendador', 'propietario', 'propriétaire', 'bailleur', 'proprietario', 'proprietário',
  'senhorio', 'ev sahibi', 'מפרסם',
  // Job ads: the employer's HR desk takes applications. Not "recruitment": fake "Amazon recruitment" chats are a
  // scam of their own.
  'human resources', 'hr department', 'personalabteilung', 'ressources humaines',
  'recursos humanos', 'risorse umane', 'resurse umane', 'dział kadr', 'відділ кадрів', 'отдел кадров',
  'τμήμα προσωπικού', 'ადამიანური რესურს', 'insan kaynakları', 'ایچ آر', 'انسانی وسائل', 'मानव संसाधन',
];

/**
 * A seller taking the deal off the platform: other messengers, "contact me
 * directly", paying by transfer or outside, cheaper / wholesale elsewhere,
 * "close the dispute".
 */
export const OFFPLATFORM_STEMS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'whatsapp', 'telegram', 'wechat', 'viber', 'skype', 'threema', 'kakaotalk', 'line id', 'contact me', 'contact us directly', 'directly',
    'add me', 'message me', 'email me', 'e-mail me', 'bank transfer', 'wire transfer', 't/t', 'western union',
    'moneygram', 'paypal', 'outside', 'off the platform', 'off-platform', 'cheaper', 'wholesale', 'dropshipping',
    'close the dispute', 'cancel the dispute', 'usdt', 'bitcoin', 'crypto', 'fee is too high', 'zalo',
  ],
  ru: [
    'ватсап', 'вотсап', 'телеграм', 'вайбер', 'вичат', 'напишите мне', 'пишите нам', 'напрямую', 'перевод', 'на карту',
    'без комиссии', 'вне площадки', 'дешевле', 'скидк', 'оптом', 'закройте спор', 'отмените спор',
  ],
  uk: [
    'ватсап', 'телеграм', 'вайбер', 'напишіть мені', 'пишіть нам', 'напряму', 'переказ', 'на картку', 'без комісії',
    'поза платформ', 'дешевше', 'знижк', 'оптом', 'закрийте суперечку', 'скасуйте суперечку',
  ],
  pl: ['bezpośredni', 'przelew', 'poza aliexpress', 'poza platform', 'taniej', 'cena niższa', 'rabat', 'hurtow', 'zamknij spór', 'napisz do mnie', 'wechat'],
  el: ['απευθείας', 'τραπεζική μεταφορά', 'εκτός πλατφόρμας', 'φθηνότερ', 'χονδρική', 'κλείστε τη διαφωνία'],
  ro: ['direct', 'transfer bancar', 'în afara platformei', 'mai ieftin', 'reducere', 'en-gros', 'închide disputa'],
  ka: ['პირდაპირ', 'გადარიცხვ', 'საიტის გარეთ', 'იაფად', 'ფასდაკლებ', 'საბითუმო', 'დახურეთ დავა'],
  de: ['direkt', 'überweisung', 'außerhalb', 'günstiger', 'rabatt', 'großhandel', 'streitfall schließen'],
  es: ['directamente', 'transferencia', 'fuera de la plataforma', 'más barato', 'descuento', 'al por mayor', 'cierra la disputa'],
  fr: ['directement', 'virement', 'hors plateforme', 'en dehors', 'moins cher', 'remise', 'en gros', 'fermez le litige'],
  pt: ['diretamente', 'transferência', 'pix', 'fora da plataforma', 'mais barato', 'desconto', 'atacado', 'feche a disputa'],
  tr: ['doğrudan', 'havale', 'eft', 'platform dışı', 'daha ucuz', 'indirim', 'toptan', 'anlaşmazlığı kapat'],
  ar: ['مباشرة', 'تحويل بنكي', 'خارج المنصة', 'أرخص', 'خصم', 'بالجملة', 'أغلق النزاع'],
  hi: ['सीधे', 'बैंक ट्रांसफर', 'प्लेटफ़ॉर्म के बाहर', 'सस्ता', 'छूट', 'थोक'],
  kk: ['тікелей', 'аударым', 'арзан', 'жеңілдік', 'көтерме'],
  cs: ['přímo', 'převodem', 'mimo platformu', 'levněji', 'sleva', 'velkoobchod', 'zavřete spor'],
  he: ['ישירות', 'העברה בנקאית', 'מחוץ לפלטפורמה', 'זול יותר', 'הנחה', 'סיטונאי'],
  // Round 9 (batch i): sellers in vi id th zh ja ko it nl hu. Not Vietnamese "không qua" (through no …): folded,
  // it is also "không quá", no more than.
  vi: ['trực tiếp', 'chuyển khoản', 'ngoài sàn', 'rẻ hơn', 'giảm giá', 'giảm thêm', 'giá sỉ', 'khách sỉ', 'bán sỉ', 'đóng khiếu nại'],
  id: ['langsung', 'transfer bank', 'ke rekening', 'di luar', 'lebih murah', 'diskon', 'grosir', 'hubungi saya', 'tutup sengketa'],
  th: ['โอนเงิน', 'โดยตรง', 'ส่วนลด', 'ราคาส่ง', 'ถูกกว่า', 'นอกแพลตฟอร์ม'],
  zh: ['私下', '直接联系', '直接聯繫', '转账', '轉帳', '更便宜', '批发', '批發', '优惠', '優惠', '加微信', '平台外'],
  ja: ['直接', '振込', '振り込み', '割引', '卸売', '安く', 'プラットフォーム外'],
  ko: ['직접', '계좌이체', '입금', '할인', '도매', '더 싸게', '플랫폼 밖'],
  it: ['contattami', 'scrivimi', 'direttamente', 'bonifico', 'fuori da', 'più economico', 'sconto', "all'ingrosso", 'chiudi la controversia'],
  nl: ['rechtstreeks', 'overmaken', 'overschrijving', 'buiten het platform', 'goedkoper', 'korting', 'groothandel'],
  hu: ['közvetlenül', 'átutalás', 'olcsóbb', 'kedvezmény', 'nagyker', 'platformon kívül'],
  // Round 13 (batch m): a messenger's name in another script ("واتساب", "व्हाट्सएप", "וואטסאפ") moves the deal
  // off the platform as its Latin spelling does (the same list the support words use).
  messengers: SUPPORT_STEMS.messengers ?? [],
};

/**
 * First-person possessives and pronouns ("our", "unser…", "שלנו", "ჩვენი" …). In the
 * clause right before a contact they say the site speaks of its own contact:
 * "Bei Fragen erreichen Sie unseren Kundenservice unter …". Whole words, matched
 * in lower-case text WITH diacritics (Czech "náš" is "our", Portuguese "nas" is
 * "in the"); a trailing * allows any ending. Words that are also common in
 * another language ("nos", "ne", "us", "we") are left out on purpose.
 */
export const OWN_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['our'],
  // Afrikaans and Dutch "ons" (our, us): "Skakel ons bedrogsentrum".
  af: ['ons'],
  de: ['unser*', 'bei uns', 'sie uns'],
  es: ['nuestr*'],
  fr: ['notre'],
  pt: ['nosso', 'nossa', 'nossos', 'nossas'],
  it: ['nostr*'],
  nl: ['onze'],
  pl: ['nasz', 'nasza', 'nasze', 'naszego', 'naszej', 'naszym', 'naszą', 'naszych', 'naszymi', 'naszemu'],
  cs: ['náš', 'naše', 'našeho', 'naši', 'naší', 'našem', 'našim', 'našich', 'našemu', 'naším'],
  ru: ['наш', 'наша', 'наше', 'наши', 'нашей', 'нашего', 'нашему', 'нашу', 'нашим', 'нашими', 'нашем', 'наших'],
  uk: ['наші', 'нашої', 'нашій', 'нашого', 'нашому'],
  bg: ['нашия', 'нашата', 'нашите'],
  el: ['μας'],
  ro: ['nostru', 'noastră', 'noastra', 'noștri', 'noştri', 'nostri', 'noastre'],
  ka: ['ჩვენ*'],
  tr: ['bizim', 'bize', 'bizi', 'bizimle'],
  kk: ['біздің', 'бізге', 'бізбен', 'бізді'],
  hi: ['हमारी', 'हमारा', 'हमारे', 'हमसे', 'हमें'],
  // Arabic and Hebrew attach prefixes (و, ב …): these match at a word's end only.
  ar: ['لدينا', 'عملائنا', 'رقمنا', 'هاتفنا', 'فريقنا', 'متجرنا', 'خدمتنا', 'دعمنا', 'بريدنا', 'معنا', 'نحن'],
  he: ['שלנו', 'אנחנו', 'אלינו', 'איתנו', 'עמנו'],
  // Indonesian / Malay "kami" (we, our: "WhatsApp kami"), Vietnamese "chúng tôi", Lithuanian "mūsų", Serbian Latin "naš…".
  id: ['kami'],
  vi: ['chúng tôi'],
  lt: ['mūsų'],
  sr: ['naš', 'naša', 'naše', 'našu', 'našoj', 'našeg', 'naših', 'našem'],
  // Albanian puts "our" after the noun, inside a support phrase: "Shërbimi ynë i klientit".
  sq: ['ynë', 'jonë', 'tonë', 'tanë', 'tona'],
  // Round 13 (batch m): "our" in the Nordic languages, Estonian, Slovak and Slovenian forms the Czech and
  // Serbian lines lack, Galician, Basque, Maltese, Swahili, Tagalog, Belarusian, Mongolian, Kyrgyz, Uzbek,
  // Armenian and the languages of South Asia. Icelandic puts it after the noun ("þjónustuver okkar").
  // Not Welsh "ein" or Irish "ár": German "ein" and Hungarian "ár" (price) are everywhere. Not Latvian
  // "mūsu" yet: an impersonating Telegram channel in batch j writes "mūsu klientu atbalstam WhatsApp" under a
  // channel title (not a heading) that names the marketplace, and the outline would not bring it back.
  is: ['okkar'],
  sv: ['vår', 'vårt', 'våra'],
  nb: ['våre'],
  da: ['vores'],
  et: ['meie'],
  sk: ['nášho', 'našej', 'našou'],
  sl: ['našo', 'našim'],
  gl: ['noso', 'nosa', 'nosos', 'nosas'],
  eu: ['gure'],
  mt: ['tagħna'],
  sw: ['yetu', 'wetu'],
  tl: ['aming', 'namin'],
  be: ['нашы', 'нашай', 'нашага', 'нашым'],
  mn: ['манай'],
  ky: ['биздин'],
  uz: ['bizning'],
  hy: ['մեր'],
  ur: ['ہمارا', 'ہماری', 'ہمارے'],
  bn: ['আমাদের'],
  ta: ['எங்கள்'],
  kn: ['ನಮ್ಮ'],
  ml: ['ഞങ്ങളുടെ'],
  gu: ['અમારા', 'અમારી', 'અમારું'],
  pa: ['ਸਾਡਾ', 'ਸਾਡੀ', 'ਸਾਡੇ'],
  mr: ['आमचा', 'आमची', 'आमचे', 'आमच्या'],
  ne: ['हाम्रो'],
  si: ['අපගේ', 'අපේ'],
};

/** Endings that make a word "our …" (Turkish hizmetlerimiz, hattımız; Kazakh телефонымыз). */
export const OWN_SUFFIXES: readonly string[] = ['ımız', 'imiz', 'umuz', 'ümüz', 'mız', 'miz', 'muz', 'müz', 'мыз', 'міз'];

/**
 * Legally required contact blocks on listings: the EU General Product Safety
 * Regulation (manufacturer, EU responsible person), importers, imprints
 * ("Impressum") and warranty services. A contact under these words is legal
 * information, not an invitation to deal elsewhere.
 */
export const LEGAL_BLOCK_STEMS: readonly string[] = [
  // en
  'manufacturer', 'manufactured by', 'responsible person', 'eu representative', 'authorised representative',
  'authorized representative', 'importer', 'imported by', 'imprint', 'legal information', 'product safety', 'gpsr',
  'warranty service', 'warranty provider',
  // de
  'hersteller', 'verantwortliche person', 'eu-verantwortlich', 'bevollmächtigt', 'importeur', 'einführer', 'impressum',
  'rechtliche informationen', 'produktsicherheit', 'garantieservice', 'garantiegeber', 'handelsregister',
  // fr
  'fabricant', 'personne responsable', 'importateur', 'mentions légales', 'sécurité du produit', 'mandataire',
  'service de garantie', 'service après-vente du fabricant',
  // es, pt, it
  'fabricante', 'persona responsable', 'importador', 'aviso legal', 'seguridad del producto', 'servicio de garantía',
  'pessoa responsável', 'segurança do produto', 'informações legais', 'produttore', 'fabbricante',
  'persona responsabile', 'importatore', 'note legali', 'sicurezza del prodotto', 'informazioni legali',
  // pl, cs, nl
  'producent', 'osoba odpowiedzialna', 'importer', 'bezpieczeństw produktu', 'bezpieczeństwa produktu',
  'informacje prawne', 'serwis gwarancyjn', 'gwarant', 'výrobce', 'odpovědná osoba', 'dovozce', 'bezpečnost výrobku',
  'fabrikant', 'verantwoordelijke persoon', 'productveiligheid', 'juridische informatie',
  // ro, el, tr
  'producător', 'persoana responsabilă', 'persoană responsabilă', 'importator', 'siguranța produsului',
  'service garanție', 'service-ul de garanție', 'informații legale', 'κατασκευαστ', 'υπεύθυνο πρόσωπο',
  'εισαγωγέα', 'εισαγωγέας', 'ασφάλειας προϊόντος', 'ασφάλεια προϊόντος', 'üretici', 'imalatçı', 'ithalatçı',
  'sorumlu kişi', 'garanti servisi',
  // ru, uk, ka
  'изготовител', 'производител', 'импортёр', 'импортер', 'гарантийн', 'уполномоченн', 'виробник', 'імпортер',
  'гарантійн', 'уповноважен', 'მწარმოებელ', 'იმპორტიორ', 'საგარანტიო',
  // hu, sk, bg, hr / sr / sl
  'gyártó', 'felelős személy', 'importőr', 'forgalmazó', 'termékbiztonság', 'jótállás', 'garanciális', 'impresszum',
  'jogi információ', 'výrobca', 'zodpovedná osoba', 'dovozca', 'bezpečnosti výrobku', 'záručný servis',
  'záruční servis', 'отговорно лице', 'вносител', 'безопасност на продукта', 'гаранционен сервиз', 'proizvođač',
  'odgovorna osoba', 'uvoznik', 'jamstveni servis', 'sigurnost proizvoda', 'proizvajalec', 'odgovorna oseba',
  // sv, da, no, fi, et, lv, lt
  'tillverkare', 'ansvarig person', 'importör', 'produktsäkerhet', 'ansvarlig person', 'importør', 'produktsikkerhed',
  'produktsikkerhet', 'produsent', 'valmistaja', 'vastuuhenkilö', 'maahantuoja', 'tuoteturvallisuus', 'takuuhuolto',
  'tootja', 'vastutav isik', 'importija', 'ražotājs', 'atbildīgā persona', 'importētājs', 'gamintojas',
  'atsakingas asmuo', 'importuotojas',
  // is, ga, cy, mt, lb, eu, gl, mk, sq, be (round 6, batch g)
  'framleiðandi', 'ábyrgðaraðili', 'innflytjandi', 'öryggisupplýsingar', 'vöruöryggi', 'déantóir',
  'duine freagrach', 'allmhaireoir', 'gwneuthurwr', 'person cyfrifol', 'mewnforiwr', 'diogelwch cynnyrch',
  'manifattur', 'persuna responsabbli', 'importatur', 'sigurtà tal-prodott', 'hiersteller', 'verantwortlech persoun',
  'fabrikatzaile', 'inportatzaile', 'produktuaren segurtasun', 'persoa responsable', 'seguridade do produto',
  'одговорно лице', 'увозник', 'prodhues', 'personi përgjegjës', 'importues', 'вытворца', 'імпарцёр',
  // Trader details the EU Digital Services Act (art. 30) and consumer law make marketplaces show for each seller.
  'seller information', 'trader information', 'trader details', 'business address', 'verkäuferinformation',
  'angaben zum verkäufer', 'händlerinformation', 'informations sur le vendeur', 'informations vendeur',
  'información del vendedor', 'datos del vendedor', 'informazioni sul venditore', 'dati del venditore',
  'informações do vendedor', 'dados do vendedor', 'informacje o sprzedawcy', 'dane sprzedawcy',
  'informace o prodejci', 'údaje o prodejci', 'informácie o predajcovi', 'az eladó adatai', 'kereskedő adatai',
  'informații despre vânzător', 'datele vânzătorului', 'πληροφορίες πωλητή', 'στοιχεία πωλητή',
  'gegevens van de verkoper', 'verkopersinformatie', 'satıcı bilgileri', 'информация о продавце',
  'сведения о продавце', 'інформація про продавця', 'информация за търговеца', 'säljarinformation',
  'myyjän tiedot', 'sælgeroplysninger', 'selgerinformasjon',
  // ja, ko, zh (round 9, batch i): the seller notice Japanese law requires (特定商取引法に基づく表記), the seller
  // details Korean e-commerce law requires (판매자 정보, 통신판매업 신고), manufacturers and importers.
  '特定商取引法', '特商法', '販売業者', '製造元', '製造者', '輸入者', '輸入元', '製品安全', '판매자 정보',
  '사업자 정보', '통신판매업', '사업자등록번호', '제조사', '제조자', '수입자', '수입원', '제품 안전', '制造商', '製造商',
  '生产商', '生產商', '进口商', '進口商', '产品安全', '產品安全', '欧盟负责人', '歐盟負責人', '欧盟代表', '歐盟代表',
];

/**
 * Headings that ask or explain ("How to contact AliExpress customer service", "Jak skontaktować się z
 * Temu?", "SHEIN support: a guide"): the section is about a marketplace's support, not that support
 * speaking, so the site's own "write to us" / "our hotline" under it stays the site's own.
 */
export const GUIDE_HEADING_STEMS: readonly string[] = [
  'how to', 'how do', 'how does', 'how can', 'how it works', 'guide', 'explained', 'faq', 'як зв', 'як написати', 'як подзвонити',
  'як звернутися', 'як зателефонувати', 'как связаться', 'как позвонить', 'как написать', 'как обратиться',
  'инструкция', 'інструкція', 'jak skontaktować', 'jak się skontaktować', 'jak zadzwonić', 'poradnik',
  'wie erreiche', 'wie kontaktiere', 'so erreichen', 'ratgeber', 'anleitung', 'comment contacter', 'comment joindre',
  'cómo contactar', 'cómo llamar', 'guía', 'come contattare', 'guida', 'como contatar', 'como falar', 'guia',
  'cum contactezi', 'cum contactați', 'cum iei legătura', 'ghid', 'πώς να επικοινωνήσ', 'οδηγός',
  'jak kontaktovat', 'návod', 'nasıl', 'rehber', 'hoe neem', 'hoe bereik', 'handleiding', 'hogyan', 'útmutató',
  'როგორ',
];

/**
 * Headings that only name a part of a listing or an app page ("Description", "Opis", "Leírás",
 * "商品説明"): they say nothing about whose a contact is, so the walk up the outline reads on past
 * them to the page's own heading ("AliExpress Customer Care Helper" › "Description" › contact).
 * Matched as the whole heading, not inside one.
 */
export const SECTION_LABELS: readonly string[] = [
  'description', 'about this app', 'about this item', 'product description', 'details', 'overview', 'опис',
  'опис товару', 'описание', 'описание товара', 'opis', 'opis produktu', 'περιγραφή', 'descriere', 'აღწერა',
  'beschreibung', 'produktbeschreibung', 'descripción', 'descrição', 'açıklama', 'ürün açıklaması', 'descrizione',
  'beschrijving', 'omschrijving', 'popis', 'leírás', 'kuvaus', 'beskrivning', 'beskrivelse', '説明', '商品説明',
  'アプリの説明', '描述', '简介', '簡介', '商品描述', '应用简介', '설명', '앱 설명', '상품 설명', 'الوصف', 'תיאור',
  'mô tả', 'deskripsi', 'รายละเอียด',
];

/**
 * A contact quoted as a warning ("scammers give 701 234 567 as Temu's helpline,
 * do not call"): news and consumer-protection pages name the number to warn.
 * Read in the contact's own sentence and the three after it, in the section's nearest heading, in
 * the two sentences before it in the same block (see classify.ts quotedInWarningSection), and, for a
 * contact inside a quoted message (blockquote, pre, q), in the block right after the quote.
 */
export const WARNING_STEMS: readonly string[] = [
  'scam', 'scammer', 'fraudster', 'fraudulent', 'impostor', 'impersonat', 'do not call', "don't call", 'fake',
  'betrüger', 'betrug', 'gefälscht', 'nicht anrufen', 'arnaque', 'escroc', 'frauduleu', "n'appelez pas", 'estafa',
  'estafador', 'fraude', 'no llame', 'truffa', 'truffator', 'non chiamare', 'golpe', 'golpista', 'não ligue',
  'oszuś', 'oszust', 'oszuk', 'fałszyw', 'nie dzwoń', 'podszywa', 'înșelători', 'țeapă', 'fals',
  'nu sunați', 'απάτη', 'απατεών', 'ψεύτικ', 'μην καλείτε', 'мошенни', 'фальшив', 'поддельн', 'не звоните', 'шахра',
  'підробн', 'не телефонуйте', 'თაღლით', 'ყალბ', 'dolandırıcı', 'sahte', 'aramayın', 'धोखाधड़ी', 'फर्जी', 'नकली',
  'suprataxă', 'premium-rate', 'premium rate', 'podwyższonej opłacie', 'do not ring', "don't ring", 'abzocke',
  'mehrwertnummer', 'mehrwertdienst', 'csaló', 'átverés', 'ne hívja', 'podvod', 'nevolejte', 'nevolajte', 'измам',
  'не звънете', 'prevar', 'ne zovite', 'bedrägeri', 'bedragare', 'ring inte', 'huijaus', 'huijari', 'älä soita',
  'oplichter', 'oplichting', 'bel niet', 'estafa', 'fraudadores',
  // Round 8 (batch h): "beware", "allegedly" and "intruders" in en ru uk — a bank's or a news item's warning.
  'beware', 'осторожно', 'остерегайтесь', 'якобы', 'злоумышленник', 'обережно', 'остерігайтеся', 'нібито', 'зловмисник',
  // Reports of impersonation: "callers posing as Amazon", "gaben sich als … aus", "giả danh".
  'posing as', 'pretending to be', 'pretend to be', 'claiming to be', 'phishing', 'gaben sich', 'geben sich',
  'gibt sich', 'warnt', 'warnen', 'warnung', 'se faisant passer', 'se font passer', 'se fait passer',
  'se hacen pasar', 'haciéndose pasar', 'se passam por', 'se passando por', 'fingindo ser', 'spacciandosi',
  'si spacciano', 'podają się', 'podając się', 'podszywając', 'выдают себя', 'выдавая себя', 'представляются',
  'видають себе', 'представляються', 'se dau drept', 'csalás', 'csalók', 'vydávají se', 'vydávali se',
  // vi, id, th, ar, he, zh, ja, ko, fa, ur, bn: the words for fraud, fake and impersonation.
  'lừa đảo', 'giả danh', 'giả mạo', 'mạo danh', 'tự xưng', 'penipu', 'penipuan', 'palsu', 'mengaku sebagai',
  'มิจฉาชีพ', 'หลอกลวง', 'แอบอ้าง', 'ปลอม', 'احتيال', 'محتال', 'مزيف', 'انتحال', 'ينتحل', 'הונאה',
  'נוכל', 'מתחזים', 'מזויף', '诈骗', '詐騙', '冒充', '假冒', '詐欺', 'なりすまし', '偽の', '사기', '사칭',
  'کلاهبرداری', 'جعلی', 'دھوکہ', 'جعلسازی', 'প্রতারণা', 'প্রতারক', 'ভুয়া', 'ठगी', 'जालसाज',
  // lv, lt, et, da, nb, ms, sw, ko, ja: fraud, fraudsters, "pretend to be".
  'krāpnie', 'krāpšan', 'uzdodas par', 'sukčiav', 'apgavik', 'apsimeta', 'apsimetinėj', 'pettus', 'petturi',
  'kelmid', 'svindel', 'svindler', 'udgiver sig', 'utgir seg', 'bedrageri', 'menyamar', 'tapeli', 'ulaghai',
  'wanajifanya', 'anajifanya', '보이스피싱', 'フィッシング', '偽サイト',
  // af
  'bedrieër', 'bedrog', 'voorgee', 'valse',
  // Round 6 (batch g): fraud, fraudsters and "pretend to be" in is ga cy mt eu be ky tg mn si am ha yo zu km lo my
  // ps gu pa mr.
  'svikar', 'svikahrapp', 'svindl', 'calaois', 'caimiléir', 'twyll', 'sgamiwr', 'frodi', 'qerq', 'iruzur',
  'махляр', 'ашуканц', 'алдамчы', 'шылуун', 'қаллоб', 'фиребгар', 'залилан', 'луйвар', 'වංචා', 'ማጭበርበር',
  'አጭበርባሪ', 'damfara', 'zamba', 'onijibiti', 'jibiti', 'dibon', 'inkohliso', 'abakhwabanisi', 'ukukhwabanisa',
  'uzenza', 'ការបោកប្រាស់', 'ສໍ້ໂກງ', 'ຫຼອກລວງ', 'လိမ်လည်', 'درغلي', 'جعلي', 'છેતરપિંડી', 'નકલી', 'ਧੋਖਾਧੜੀ',
  'ਨਕਲੀ', 'फसवणूक', 'बनावट',
  // Round 9 (batch i): "impersonates" and "warning" in he (as de "Warnung"), "beware", "fake" and "warn" in nl,
  // "poses as" in ro, and lists of "numbers to avoid" in en ro fr es it pl.
  'מתחזה', 'מתחזות', 'אזהרה', 'pas op', 'nep-', 'nepnummer', 'nepklantenservice', 'nephelpdesk', 'nepwebsite',
  'waarschuw', 'se prezintă drept', 'se prezintă ca', 'de evitat', 'evitați', 'numbers to avoid',
  'avoid these numbers', 'à éviter', 'a evitar', 'da evitare', 'unikaj', 'unikać',
  // Round 10 (batch j): "warns", "fake" and "fraudulent" in sk cs sl hr sr ("varuje", "falošný", "lažni").
  'varuj', 'falošn', 'falešn', 'goljuf', 'lažn', 'ponarejen', 'upozorava', 'лажн', 'превар',
  'упозорава',
  // Round 14 (batch n): reports of a caller "calling itself" / "saying it was" the marketplace, and Japanese
  // "suspicious (call)": ja pt es en.
  '名乗る', '名乗って', '不審', 'dizendo que era', 'dizendo ser', 'diciendo que era', 'diciendo ser',
  'saying it was', 'saying they were', 'said they were', 'said it was',
  // Round 12 (batch l): fraud, fraudsters, fake and "beware" in hy az kk uz.
  'խարդախ', 'զգույշ', 'կեղծ', 'fırıldaq', 'dələduz', 'saxtakar', 'алаяқ', 'абай болыңыз', 'firibgar', 'ehtiyot bo',
];

/**
 * A warning that names other numbers as fakes in order to present its own as
 * the real one ("beware of fake numbers, this is the only official line") is
 * not a warning about the number before it.
 */
export const OFFICIAL_CLAIM_STEMS: readonly string[] = [
  'official', 'only', 'offiziell', 'einzige', 'oficial', 'única', 'único', 'officiel', 'seul', 'ufficiale', 'unico',
  'oficjaln', 'jedyn', 'официальн', 'единствен', 'офіційн', 'єдин', 'oficial', 'singur', 'επίσημ', 'μοναδικ',
  'ოფიციალურ', 'resmi', 'hivatalos', 'egyetlen', 'oficiální', 'oficiálny', 'jediný', 'официален',
  'службен', 'officiell', 'enda', 'virallinen', 'ainoa', 'officieel', 'enige',
  // Not Chinese 官方 (official): "假冒官方客服", fake official support, is how Chinese warnings put it.
  'ametlik', 'ainus', 'oficiāl', 'vienīg', 'vienintel', 'eneste', 'rasmi', 'pekee', 'رسمی', '公式',
];
