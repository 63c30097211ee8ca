// Written by lib/i18n/intl-fallback.generate.ts from Node v20.20.2 (ICU 78.2, CLDR 48.0): edit the generator, not this file.
import type { IntlFallbackData } from './intl-fallback-types';
import type { Locale } from './locales';

export const INTL_FALLBACK_DATA: Record<Locale, IntlFallbackData> = {
  "en": {
    "months": {
      "long": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
      ],
      "short": [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec"
      ]
    },
    "patterns": {
      "long|": "{MMMM} {d}, {y}",
      "medium|": "{MMM} {d}, {y}",
      "long|short": "{MMMM} {d}, {y} at {h}:{mm} {a}",
      "medium|short": "{MMM} {d}, {y}, {h}:{mm} {a}"
    },
    "dayPeriods": [
      "AM",
      "PM"
    ],
    "number": {
      "decimal": ".",
      "group": ",",
      "minimumGrouping": 1
    },
    "relative": {
      "day": {
        "future": {
          "other": "in {0} days",
          "one": "in {0} day"
        },
        "past": {
          "other": "{0} days ago",
          "one": "{0} day ago"
        },
        "named": {
          "0": "today",
          "1": "tomorrow",
          "-1": "yesterday"
        }
      },
      "hour": {
        "future": {
          "other": "in {0} hours",
          "one": "in {0} hour"
        },
        "past": {
          "other": "{0} hours ago",
          "one": "{0} hour ago"
        },
        "named": {
          "0": "this hour"
        }
      },
      "minute": {
        "future": {
          "other": "in {0} minutes",
          "one": "in {0} minute"
        },
        "past": {
          "other": "{0} minutes ago",
          "one": "{0} minute ago"
        },
        "named": {
          "0": "this minute"
        }
      }
    },
    "list": {
      "pair": "{0} and {1}",
      "start": ", ",
      "end": ", and "
    },
    "units": {
      "byte": {
        "other": "{0} byte",
        "one": "{0} byte"
      },
      "kilobyte": {
        "other": "{0} kB",
        "one": "{0} kB"
      },
      "megabyte": {
        "other": "{0} MB",
        "one": "{0} MB"
      },
      "gigabyte": {
        "other": "{0} GB",
        "one": "{0} GB"
      }
    }
  },
  "uk": {
    "months": {
      "long": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня"
      ],
      "short": [
        "січ.",
        "лют.",
        "бер.",
        "квіт.",
        "трав.",
        "черв.",
        "лип.",
        "серп.",
        "вер.",
        "жовт.",
        "лист.",
        "груд."
      ]
    },
    "patterns": {
      "long|": "{d} {MMMM} {y} р.",
      "medium|": "{d} {MMM} {y} р.",
      "long|short": "{d} {MMMM} {y} р. о {HH}:{mm}",
      "medium|short": "{d} {MMM} {y} р., {HH}:{mm}"
    },
    "dayPeriods": [
      "дп",
      "пп"
    ],
    "number": {
      "decimal": ",",
      "group": " ",
      "minimumGrouping": 1
    },
    "relative": {
      "day": {
        "future": {
          "few": "через {0} дні",
          "many": "через {0} днів",
          "one": "через {0} день",
          "other": "через {0} дня"
        },
        "past": {
          "few": "{0} дні тому",
          "many": "{0} днів тому",
          "one": "{0} день тому",
          "other": "{0} дня тому"
        },
        "named": {
          "0": "сьогодні",
          "1": "завтра",
          "2": "післязавтра",
          "-2": "позавчора",
          "-1": "учора"
        }
      },
      "hour": {
        "future": {
          "few": "через {0} години",
          "many": "через {0} годин",
          "one": "через {0} годину",
          "other": "через {0} години"
        },
        "past": {
          "few": "{0} години тому",
          "many": "{0} годин тому",
          "one": "{0} годину тому",
          "other": "{0} години тому"
        },
        "named": {
          "0": "цієї години"
        }
      },
      "minute": {
        "future": {
          "few": "через {0} хвилини",
          "many": "через {0} хвилин",
          "one": "через {0} хвилину",
          "other": "через {0} хвилини"
        },
        "past": {
          "few": "{0} хвилини тому",
          "many": "{0} хвилин тому",
          "one": "{0} хвилину тому",
          "other": "{0} хвилини тому"
        },
        "named": {
          "0": "цієї хвилини"
        }
      }
    },
    "list": {
      "pair": "{0} і {1}",
      "start": ", ",
      "end": " і "
    },
    "units": {
      "byte": {
        "few": "{0} Б",
        "many": "{0} Б",
        "one": "{0} Б",
        "other": "{0} Б"
      },
      "kilobyte": {
        "few": "{0} кБ",
        "many": "{0} кБ",
        "one": "{0} кБ",
        "other": "{0} кБ"
      },
      "megabyte": {
        "few": "{0} МБ",
        "many": "{0} МБ",
        "one": "{0} МБ",
        "other": "{0} МБ"
      },
      "gigabyte": {
        "few": "{0} ГБ",
        "many": "{0} ГБ",
        "one": "{0} ГБ",
        "other": "{0} ГБ"
      }
    }
  },
  "pl": {
    "months": {
      "long": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia"
      ],
      "short": [
        "sty",
        "lut",
        "mar",
        "kwi",
        "maj",
        "cze",
        "lip",
        "sie",
        "wrz",
        "paź",
        "lis",
        "gru"
      ]
    },
    "patterns": {
      "long|": "{d} {MMMM} {y}",
      "medium|": "{d} {MMM} {y}",
      "long|short": "{d} {MMMM} {y} {HH}:{mm}",
      "medium|short": "{d} {MMM} {y}, {HH}:{mm}"
    },
    "dayPeriods": [
      "AM",
      "PM"
    ],
    "number": {
      "decimal": ",",
      "group": " ",
      "minimumGrouping": 2
    },
    "relative": {
      "day": {
        "future": {
          "few": "za {0} dni",
          "many": "za {0} dni",
          "one": "za {0} dzień",
          "other": "za {0} dnia"
        },
        "past": {
          "few": "{0} dni temu",
          "many": "{0} dni temu",
          "one": "{0} dzień temu",
          "other": "{0} dnia temu"
        },
        "named": {
          "0": "dzisiaj",
          "1": "jutro",
          "2": "pojutrze",
          "-2": "przedwczoraj",
          "-1": "wczoraj"
        }
      },
      "hour": {
        "future": {
          "few": "za {0} godziny",
          "many": "za {0} godzin",
          "one": "za {0} godzinę",
          "other": "za {0} godziny"
        },
        "past": {
          "few": "{0} godziny temu",
          "many": "{0} godzin temu",
          "one": "{0} godzinę temu",
          "other": "{0} godziny temu"
        },
        "named": {
          "0": "ta godzina"
        }
      },
      "minute": {
        "future": {
          "few": "za {0} minuty",
          "many": "za {0} minut",
          "one": "za {0} minutę",
          "other": "za {0} minuty"
        },
        "past": {
          "few": "{0} minuty temu",
          "many": "{0} minut temu",
          "one": "{0} minutę temu",
          "other": "{0} minuty temu"
        },
        "named": {
          "0": "ta minuta"
        }
      }
    },
    "list": {
      "pair": "{0} i {1}",
      "start": ", ",
      "end": " i "
    },
    "units": {
      "byte": {
        "few": "{0} B",
        "many": "{0} B",
        "one": "{0} B",
        "other": "{0} B"
      },
      "kilobyte": {
        "few": "{0} kB",
        "many": "{0} kB",
        "one": "{0} kB",
        "other": "{0} kB"
      },
      "megabyte": {
        "few": "{0} MB",
        "many": "{0} MB",
        "one": "{0} MB",
        "other": "{0} MB"
      },
      "gigabyte": {
        "few": "{0} GB",
        "many": "{0} GB",
        "one": "{0} GB",
        "other": "{0} GB"
      }
    }
  },
  "el": {
    "months": {
      "long": [
        "Ιανουαρίου",
        "Φεβρουαρίου",
        "Μαρτίου",
        "Απριλίου",
        "Μαΐου",
        "Ιουνίου",
        "Ιουλίου",
        "Αυγούστου",
        "Σεπτεμβρίου",
        "Οκτωβρίου",
        "Νοεμβρίου",
        "Δεκεμβρίου"
      ],
      "short": [
        "Ιαν",
        "Φεβ",
        "Μαρ",
        "Απρ",
        "Μαΐ",
        "Ιουν",
        "Ιουλ",
        "Αυγ",
        "Σεπ",
        "Οκτ",
        "Νοε",
        "Δεκ"
      ]
    },
    "patterns": {
      "long|": "{d} {MMMM} {y}",
      "medium|": "{d} {MMM} {y}",
      "long|short": "{d} {MMMM} {y} στις {h}:{mm} {a}",
      "medium|short": "{d} {MMM} {y}, {h}:{mm} {a}"
    },
    "dayPeriods": [
      "π.μ.",
      "μ.μ."
    ],
    "number": {
      "decimal": ",",
      "group": ".",
      "minimumGrouping": 1
    },
    "relative": {
      "day": {
        "future": {
          "other": "σε {0} ημέρες",
          "one": "σε {0} ημέρα"
        },
        "past": {
          "other": "πριν από {0} ημέρες",
          "one": "πριν από {0} ημέρα"
        },
        "named": {
          "0": "σήμερα",
          "1": "αύριο",
          "2": "μεθαύριο",
          "-2": "προχθές",
          "-1": "χθες"
        }
      },
      "hour": {
        "future": {
          "other": "σε {0} ώρες",
          "one": "σε {0} ώρα"
        },
        "past": {
          "other": "πριν από {0} ώρες",
          "one": "πριν από {0} ώρα"
        },
        "named": {
          "0": "τρέχουσα ώρα"
        }
      },
      "minute": {
        "future": {
          "other": "σε {0} λεπτά",
          "one": "σε {0} λεπτό"
        },
        "past": {
          "other": "πριν από {0} λεπτά",
          "one": "πριν από {0} λεπτό"
        },
        "named": {
          "0": "τρέχον λεπτό"
        }
      }
    },
    "list": {
      "pair": "{0} και {1}",
      "start": ", ",
      "end": " και "
    },
    "units": {
      "byte": {
        "other": "{0} byte",
        "one": "{0} byte"
      },
      "kilobyte": {
        "other": "{0} kB",
        "one": "{0} kB"
      },
      "megabyte": {
        "other": "{0} MB",
        "one": "{0} MB"
      },
      "gigabyte": {
        "other": "{0} GB",
        "one": "{0} GB"
      }
    }
  },
  "ro": {
    "months": {
      "long": [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie"
      ],
      "short": [
        "ian.",
        "feb.",
        "mar.",
        "apr.",
        "mai",
        "iun.",
        "iul.",
        "aug.",
        "sept.",
        "oct.",
        "nov.",
        "dec."
      ]
    },
    "patterns": {
      "long|": "{d} {MMMM} {y}",
      "medium|": "{d} {MMM} {y}",
      "long|short": "{d} {MMMM} {y} la {HH}:{mm}",
      "medium|short": "{d} {MMM} {y}, {HH}:{mm}"
    },
    "dayPeriods": [
      "a.m.",
      "p.m."
    ],
    "number": {
      "decimal": ",",
      "group": ".",
      "minimumGrouping": 1
    },
    "relative": {
      "day": {
        "future": {
          "few": "peste {0} zile",
          "one": "peste {0} zi",
          "other": "peste {0} de zile"
        },
        "past": {
          "few": "acum {0} zile",
          "one": "acum {0} zi",
          "other": "acum {0} de zile"
        },
        "named": {
          "0": "azi",
          "1": "mâine",
          "2": "poimâine",
          "-2": "alaltăieri",
          "-1": "ieri"
        }
      },
      "hour": {
        "future": {
          "few": "peste {0} ore",
          "one": "peste {0} oră",
          "other": "peste {0} de ore"
        },
        "past": {
          "few": "acum {0} ore",
          "one": "acum {0} oră",
          "other": "acum {0} de ore"
        },
        "named": {
          "0": "ora aceasta"
        }
      },
      "minute": {
        "future": {
          "few": "peste {0} minute",
          "one": "peste {0} minut",
          "other": "peste {0} de minute"
        },
        "past": {
          "few": "acum {0} minute",
          "one": "acum {0} minut",
          "other": "acum {0} de minute"
        },
        "named": {
          "0": "minutul acesta"
        }
      }
    },
    "list": {
      "pair": "{0} și {1}",
      "start": ", ",
      "end": " și "
    },
    "units": {
      "byte": {
        "few": "{0} B",
        "one": "{0} B",
        "other": "{0} B"
      },
      "kilobyte": {
        "few": "{0} kB",
        "one": "{0} kB",
        "other": "{0} kB"
      },
      "megabyte": {
        "few": "{0} MB",
        "one": "{0} MB",
        "other": "{0} MB"
      },
      "gigabyte": {
        "few": "{0} GB",
        "one": "{0} GB",
        "other": "{0} GB"
      }
    }
  },
  "ka": {
    "months": {
      "long": [
        "იანვარი",
        "თებერვალი",
        "მარტი",
        "აპრილი",
        "მაისი",
        "ივნისი",
        "ივლისი",
        "აგვისტო",
        "სექტემბერი",
        "ოქტომბერი",
        "ნოემბერი",
        "დეკემბერი"
      ],
      "short": [
        "იან",
        "თებ",
        "მარ",
        "აპრ",
        "მაი",
        "ივნ",
        "ივლ",
        "აგვ",
        "სექ",
        "ოქტ",
        "ნოე",
        "დეკ"
      ]
    },
    "patterns": {
      "long|": "{d} {MMMM}, {y}",
      "medium|": "{d} {MMM}. {y}",
      "long|short": "{d} {MMMM}, {y}, {HH}:{mm}",
      "medium|short": "{d} {MMM}. {y}, {HH}:{mm}"
    },
    "dayPeriods": [
      "AM",
      "PM"
    ],
    "number": {
      "decimal": ",",
      "group": " ",
      "minimumGrouping": 2
    },
    "relative": {
      "day": {
        "future": {
          "other": "{0} დღეში",
          "one": "{0} დღეში"
        },
        "past": {
          "other": "{0} დღის წინ",
          "one": "{0} დღის წინ"
        },
        "named": {
          "0": "დღეს",
          "1": "ხვალ",
          "2": "ზეგ",
          "-2": "გუშინწინ",
          "-1": "გუშინ"
        }
      },
      "hour": {
        "future": {
          "other": "{0} საათში",
          "one": "{0} საათში"
        },
        "past": {
          "other": "{0} საათის წინ",
          "one": "{0} საათის წინ"
        },
        "named": {
          "0": "ამ საათში"
        }
      },
      "minute": {
        "future": {
          "other": "{0} წუთში",
          "one": "{0} წუთში"
        },
        "past": {
          "other": "{0} წუთის წინ",
          "one": "{0} წუთის წინ"
        },
        "named": {
          "0": "ამ წუთში"
        }
      }
    },
    "list": {
      "pair": "{0} და {1}",
      "start": ", ",
      "end": " და "
    },
    "units": {
      "byte": {
        "other": "{0} ბაიტი",
        "one": "{0} ბაიტი"
      },
      "kilobyte": {
        "other": "{0} კბაიტი",
        "one": "{0} კბაიტი"
      },
      "megabyte": {
        "other": "{0} მეგაბაიტი",
        "one": "{0} მეგაბაიტი"
      },
      "gigabyte": {
        "other": "{0} გიგაბაიტი",
        "one": "{0} გიგაბაიტი"
      }
    }
  },
  "ru": {
    "months": {
      "long": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря"
      ],
      "short": [
        "янв.",
        "февр.",
        "мар.",
        "апр.",
        "мая",
        "июн.",
        "июл.",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек."
      ]
    },
    "patterns": {
      "long|": "{d} {MMMM} {y} г.",
      "medium|": "{d} {MMM} {y} г.",
      "long|short": "{d} {MMMM} {y} г. в {HH}:{mm}",
      "medium|short": "{d} {MMM} {y} г., {HH}:{mm}"
    },
    "dayPeriods": [
      "AM",
      "PM"
    ],
    "number": {
      "decimal": ",",
      "group": " ",
      "minimumGrouping": 1
    },
    "relative": {
      "day": {
        "future": {
          "few": "через {0} дня",
          "many": "через {0} дней",
          "one": "через {0} день",
          "other": "через {0} дня"
        },
        "past": {
          "few": "{0} дня назад",
          "many": "{0} дней назад",
          "one": "{0} день назад",
          "other": "{0} дня назад"
        },
        "named": {
          "0": "сегодня",
          "1": "завтра",
          "2": "послезавтра",
          "-2": "позавчера",
          "-1": "вчера"
        }
      },
      "hour": {
        "future": {
          "few": "через {0} часа",
          "many": "через {0} часов",
          "one": "через {0} час",
          "other": "через {0} часа"
        },
        "past": {
          "few": "{0} часа назад",
          "many": "{0} часов назад",
          "one": "{0} час назад",
          "other": "{0} часа назад"
        },
        "named": {
          "0": "в этот час"
        }
      },
      "minute": {
        "future": {
          "few": "через {0} минуты",
          "many": "через {0} минут",
          "one": "через {0} минуту",
          "other": "через {0} минуты"
        },
        "past": {
          "few": "{0} минуты назад",
          "many": "{0} минут назад",
          "one": "{0} минуту назад",
          "other": "{0} минуты назад"
        },
        "named": {
          "0": "в эту минуту"
        }
      }
    },
    "list": {
      "pair": "{0} и {1}",
      "start": ", ",
      "end": " и "
    },
    "units": {
      "byte": {
        "few": "{0} Б",
        "many": "{0} Б",
        "one": "{0} Б",
        "other": "{0} Б"
      },
      "kilobyte": {
        "few": "{0} кБ",
        "many": "{0} кБ",
        "one": "{0} кБ",
        "other": "{0} кБ"
      },
      "megabyte": {
        "few": "{0} МБ",
        "many": "{0} МБ",
        "one": "{0} МБ",
        "other": "{0} МБ"
      },
      "gigabyte": {
        "few": "{0} ГБ",
        "many": "{0} ГБ",
        "one": "{0} ГБ",
        "other": "{0} ГБ"
      }
    }
  }
};
