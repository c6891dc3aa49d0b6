/**
 * Words that follow a figure in a Vietnamese plan: scale words and units.
 *
 * One table per concern:
 *   - SCALE_WORDS: multipliers written before the unit ("1.600 tỷ đồng", "2,45 vạn lao động");
 *   - UNIT_WORDS: base units, by kind (money, mass, area, people, counted things, administrative units…);
 *   - COMPOUND_UNITS: ratios written with "/" that the genre uses often ("triệu đồng/người/năm" is the scale
 *     word "triệu" + "đồng/người/năm"); the parser also builds such ratios itself from "/" + unit words;
 *   - NOT_UNIT_WORDS: words that often follow a figure and are never its unit (used when guessing).
 *
 * Phrases are written as in the text, lower case; matching folds case and the old/new tone placement
 * ("hoá"/"hóa"), so a phrase needs to be listed once. A phrase may hold several tokens ("tổ dân phố",
 * "héc-ta", "bác sỹ/1 vạn dân").
 */

export type UnitKind =
  | 'percent'
  | 'money'
  | 'mass'
  | 'area'
  | 'length'
  | 'volume'
  | 'energy'
  | 'people'
  | 'count'
  | 'admin'
  | 'time'
  | 'age'

export interface ScaleWord {
  readonly word: string
  readonly factor: number
}

/** Multipliers. Two may follow each other and multiply: "84,3 nghìn tỷ đồng" = 84,3 × 10³ × 10⁹ đồng. */
export const SCALE_WORDS: readonly ScaleWord[] = [
  {word: 'trăm', factor: 1e2}, // hundred ("3 trăm" is rare; "phần trăm" is a unit, matched first)
  {word: 'nghìn', factor: 1e3}, // thousand: "96,6 nghìn tấn"
  {word: 'ngàn', factor: 1e3}, // thousand, southern spelling
  {word: 'vạn', factor: 1e4}, // ten thousand: "2,45 vạn lao động" = 24 500 lao động
  {word: 'triệu', factor: 1e6}, // million: "70 triệu đồng"
  {word: 'tỷ', factor: 1e9}, // billion (10⁹): "1.600 tỷ đồng"
  {word: 'tỉ', factor: 1e9} // billion, i-spelling: "500 tỉ đô la Mỹ"
]

/** Words that look like a scale word but start another noun: "tỷ lệ", "tỷ trọng", "tỷ số", "tỷ suất". */
export const SCALE_BLOCKERS: readonly string[] = ['lệ', 'trọng', 'số', 'suất', 'giá']

export interface UnitWord {
  /** as written, lower case */
  readonly phrase: string
  readonly kind: UnitKind
  /** base unit used in `normalized.unit` when it differs from the phrase ("đ" -> "đồng") */
  readonly canonical?: string
  /** a scale built into the unit ("trđ" = triệu đồng) */
  readonly factor?: number
}

export const UNIT_WORDS: readonly UnitWord[] = [
  // --- shares: the value is kept as written (12 % stays 12, not 0.12)
  {phrase: '%', kind: 'percent'}, // per cent
  {phrase: '‰', kind: 'percent'}, // per mille: "tỷ lệ sinh giảm 0,07 ‰"
  {phrase: 'phần trăm', kind: 'percent', canonical: '%'}, // "per cent" in words
  {phrase: 'ô/oo', kind: 'percent', canonical: '‰'}, // per mille typed with letters: "11 ô/oo"
  {phrase: 'o/oo', kind: 'percent', canonical: '‰'},
  {phrase: '0/00', kind: 'percent', canonical: '‰'},
  {phrase: 'phần nghìn', kind: 'percent', canonical: '‰'}, // "per mille" in words
  {phrase: 'phần ngàn', kind: 'percent', canonical: '‰'},

  // --- money
  {phrase: 'đồng', kind: 'money'}, // Vietnamese dong
  {phrase: 'đ', kind: 'money', canonical: 'đồng'}, // abbreviation: "70 triệu đ"
  {phrase: 'vnđ', kind: 'money', canonical: 'đồng'},
  {phrase: 'vnd', kind: 'money', canonical: 'đồng'},
  {phrase: 'trđ', kind: 'money', canonical: 'đồng', factor: 1e6}, // "triệu đồng" abbreviated
  {phrase: 'tr.đ', kind: 'money', canonical: 'đồng', factor: 1e6},
  {phrase: 'tr.đồng', kind: 'money', canonical: 'đồng', factor: 1e6},
  {phrase: 'usd', kind: 'money', canonical: 'USD'}, // US dollar: "7 tỷ USD"
  {phrase: 'đô la mỹ', kind: 'money', canonical: 'USD'}, // "500 tỉ đô la Mỹ"
  {phrase: 'đô la', kind: 'money', canonical: 'USD'},
  {phrase: 'đô-la', kind: 'money', canonical: 'USD'},
  {phrase: 'euro', kind: 'money', canonical: 'EUR'},
  {phrase: 'eur', kind: 'money', canonical: 'EUR'},

  // --- mass
  {phrase: 'tấn', kind: 'mass'}, // tonne: "12.789,8 tấn"
  {phrase: 'tạ', kind: 'mass'}, // quintal (100 kg), yields in "tạ/ha"
  {phrase: 'yến', kind: 'mass'}, // 10 kg
  {phrase: 'kg', kind: 'mass'},

  // --- area
  {phrase: 'ha', kind: 'area'}, // hectare: "2.610,4 ha"
  {phrase: 'héc-ta', kind: 'area', canonical: 'ha'},
  {phrase: 'hécta', kind: 'area', canonical: 'ha'},
  {phrase: 'hecta', kind: 'area', canonical: 'ha'},
  {phrase: 'm2', kind: 'area'}, // "m²" is rewritten to "m2" before matching
  {phrase: 'km2', kind: 'area'},
  {phrase: 'sào', kind: 'area'}, // traditional area unit (360 or 500 m²)

  // --- length (also road widths, which are qualifiers: "chiều rộng ≥ 7,5m")
  {phrase: 'km', kind: 'length'},
  {phrase: 'm', kind: 'length'},
  {phrase: 'cm', kind: 'length'},
  {phrase: 'mm', kind: 'length'},

  // --- volume and energy
  {phrase: 'm3', kind: 'volume'},
  {phrase: 'lít', kind: 'volume'},
  {phrase: 'mw', kind: 'energy', canonical: 'MW'},
  {phrase: 'kw', kind: 'energy', canonical: 'kW'},
  {phrase: 'kwh', kind: 'energy', canonical: 'kWh'},
  {phrase: 'mwh', kind: 'energy', canonical: 'MWh'},
  {phrase: 'gwh', kind: 'energy', canonical: 'GWh'},

  // --- people (counted persons)
  {phrase: 'người', kind: 'people'}, // "trên 850 người"
  {phrase: 'lao động', kind: 'people'}, // "3.830 lao động"
  {phrase: 'dân', kind: 'people'}, // "80/100 dân"
  {phrase: 'nhân khẩu', kind: 'people'},
  {phrase: 'hộ', kind: 'people'}, // household
  {phrase: 'hộ kinh doanh', kind: 'count'}, // household business
  {phrase: 'hộ kinh doanh cá thể', kind: 'count'}, // individual household business, the registered form
  {phrase: 'hộ gia đình', kind: 'people'}, // household (family)
  {phrase: 'hộ nghèo', kind: 'people'}, // poor household
  {phrase: 'hộ cận nghèo', kind: 'people'}, // near-poor household
  {phrase: 'hộ dân', kind: 'people'},
  {phrase: 'hộ gia đình', kind: 'people'},
  {phrase: 'hộ nghèo', kind: 'people'},
  {phrase: 'gia đình', kind: 'people'},
  {phrase: 'học sinh', kind: 'people'}, // "35 học sinh"
  {phrase: 'sinh viên', kind: 'people'},
  {phrase: 'học viên', kind: 'people'},
  {phrase: 'trẻ', kind: 'people'},
  {phrase: 'trẻ em', kind: 'people'},
  {phrase: 'cháu', kind: 'people'},
  {phrase: 'bé trai', kind: 'people'}, // sex ratio at birth "118,2 bé trai/100 bé gái"
  {phrase: 'bé gái', kind: 'people'},
  {phrase: 'giáo viên', kind: 'people'},
  {phrase: 'bác sỹ', kind: 'people'}, // "9,3 bác sỹ … /1 vạn dân"
  {phrase: 'bác sĩ', kind: 'people'},
  {phrase: 'dược sỹ', kind: 'people'},
  {phrase: 'dược sĩ', kind: 'people'},
  {phrase: 'y sỹ', kind: 'people'},
  {phrase: 'y sĩ', kind: 'people'},
  {phrase: 'điều dưỡng', kind: 'people'},
  {phrase: 'cán bộ', kind: 'people'},
  {phrase: 'công chức', kind: 'people'},
  {phrase: 'viên chức', kind: 'people'},
  {phrase: 'đảng viên', kind: 'people'},
  {phrase: 'hội viên', kind: 'people'},
  {phrase: 'đoàn viên', kind: 'people'},
  {phrase: 'thanh niên', kind: 'people'},
  {phrase: 'tân binh', kind: 'people'},
  {phrase: 'công dân', kind: 'people'},
  {phrase: 'bệnh nhân', kind: 'people'},
  {phrase: 'thí sinh', kind: 'people'},
  {phrase: 'khách', kind: 'people'},
  {phrase: 'du khách', kind: 'people'},
  {phrase: 'lượt khách', kind: 'people'}, // "22 - 23 triệu lượt khách"
  {phrase: 'lượt người', kind: 'people'},
  {phrase: 'lượt lao động', kind: 'people'}, // "giải quyết việc làm cho 1.600 lượt lao động"
  {phrase: 'thành viên', kind: 'people'},
  {phrase: 'vận động viên', kind: 'people'},
  {phrase: 'chiến sỹ', kind: 'people'},
  {phrase: 'chiến sĩ', kind: 'people'},

  // --- counted things
  {phrase: 'tiêu chí', kind: 'count'}, // "55 tiêu chí"
  {phrase: 'chỉ tiêu', kind: 'count'},
  {phrase: 'trường', kind: 'count'}, // "02 trường"
  {phrase: 'trường học', kind: 'count'},
  {phrase: 'phòng học', kind: 'count'},
  {phrase: 'lớp học', kind: 'count'},
  {phrase: 'nhà', kind: 'count'},
  {phrase: 'căn', kind: 'count'},
  {phrase: 'căn nhà', kind: 'count'}, // classifier + noun: "02 căn nhà tình thương"
  {phrase: 'căn hộ', kind: 'count'},
  {phrase: 'ngôi nhà', kind: 'count'},
  {phrase: 'nhà văn hóa', kind: 'count'},
  {phrase: 'công trình', kind: 'count'},
  {phrase: 'dự án', kind: 'count'},
  {phrase: 'doanh nghiệp', kind: 'count'},
  {phrase: 'hợp tác xã', kind: 'count'},
  {phrase: 'htx', kind: 'count', canonical: 'hợp tác xã'},
  {phrase: 'tổ hợp tác', kind: 'count'},
  {phrase: 'cơ sở', kind: 'count'},
  {phrase: 'sản phẩm', kind: 'count'},
  {phrase: 'mô hình', kind: 'count'}, // "01 mô hình CCHC"
  {phrase: 'huy chương', kind: 'count'}, // "126 huy chương"
  {phrase: 'giường bệnh', kind: 'count'}, // "31 giường bệnh/1 vạn dân"
  {phrase: 'giường', kind: 'count'},
  {phrase: 'trạm', kind: 'count'},
  {phrase: 'trạm y tế', kind: 'count'},
  {phrase: 'chợ', kind: 'count'},
  {phrase: 'cầu', kind: 'count'},
  {phrase: 'tuyến', kind: 'count'},
  {phrase: 'điểm', kind: 'count'},
  {phrase: 'cụm công nghiệp', kind: 'count'},
  {phrase: 'khu công nghiệp', kind: 'count'},
  {phrase: 'làng nghề', kind: 'count'},
  {phrase: 'câu lạc bộ', kind: 'count'},
  {phrase: 'di tích', kind: 'count'},
  {phrase: 'lễ hội', kind: 'count'},
  {phrase: 'thủ tục', kind: 'count'},
  {phrase: 'hồ sơ', kind: 'count'},
  {phrase: 'vụ', kind: 'count'},
  {phrase: 'vụ việc', kind: 'count'},
  {phrase: 'đơn', kind: 'count'},
  {phrase: 'đơn thư', kind: 'count'},
  {phrase: 'nhiệm vụ', kind: 'count'},
  {phrase: 'đề tài', kind: 'count'},
  {phrase: 'sáng kiến', kind: 'count'},
  {phrase: 'tác phẩm', kind: 'count'},
  {phrase: 'chương trình', kind: 'count'},
  {phrase: 'cuộc', kind: 'count'},
  {phrase: 'đợt', kind: 'count'},
  {phrase: 'buổi', kind: 'count'},
  {phrase: 'lần', kind: 'count'}, // "gấp 2 lần"
  {phrase: 'lượt', kind: 'count'},
  {phrase: 'chiếc', kind: 'count'},
  {phrase: 'con', kind: 'count'}, // livestock: "500 con bò"
  {phrase: 'cây', kind: 'count'},
  {phrase: 'thuê bao', kind: 'count'},
  {phrase: 'tài khoản', kind: 'count'},
  {phrase: 'giấy phép', kind: 'count'},
  {phrase: 'bậc', kind: 'count'},
  {phrase: 'hạng', kind: 'count'},
  {phrase: 'sao', kind: 'count'}, // OCOP stars

  // --- administrative units and bodies; "phường, xã" and "thôn, tổ dân phố" join into one unit
  {phrase: 'tỉnh', kind: 'admin'},
  {phrase: 'thành phố', kind: 'admin'},
  {phrase: 'huyện', kind: 'admin'}, // "01 huyện"
  {phrase: 'quận', kind: 'admin'},
  {phrase: 'thị xã', kind: 'admin'},
  {phrase: 'thị trấn', kind: 'admin'},
  {phrase: 'xã', kind: 'admin'}, // "04-06 xã"
  {phrase: 'phường', kind: 'admin'}, // "02 phường"
  {phrase: 'thôn', kind: 'admin'}, // "52/52 thôn"
  {phrase: 'tổ dân phố', kind: 'admin'},
  {phrase: 'khu phố', kind: 'admin'},
  {phrase: 'khóm', kind: 'admin'}, // "5/5 khóm"
  {phrase: 'ấp', kind: 'admin'},
  {phrase: 'bản', kind: 'admin'},
  {phrase: 'làng', kind: 'admin'},
  {phrase: 'buôn', kind: 'admin'},
  {phrase: 'sóc', kind: 'admin'},
  {phrase: 'xóm', kind: 'admin'},
  {phrase: 'tổ', kind: 'admin'},
  {phrase: 'khu dân cư', kind: 'admin'},
  {phrase: 'khối dân cư', kind: 'admin'}, // a ward's residential block (Nghệ An, Hà Tĩnh): "7/7 khối dân cư"
  {phrase: 'khối phố', kind: 'admin'},
  {phrase: 'đơn vị', kind: 'admin'},
  {phrase: 'cơ quan', kind: 'admin'},

  // --- time spans (a year number is not a target; "5 năm" is)
  {phrase: 'năm', kind: 'time'},
  {phrase: 'tháng', kind: 'time'},
  {phrase: 'quý', kind: 'time'},
  {phrase: 'tuần', kind: 'time'},
  {phrase: 'ngày', kind: 'time'},
  {phrase: 'giờ', kind: 'time'},
  {phrase: 'phút', kind: 'time'},

  // --- ages: a target in "tuổi thọ trung bình trên 75 tuổi", a qualifier in "trẻ em dưới 5 tuổi"
  {phrase: 'tuổi', kind: 'age'},
  {phrase: 'tháng tuổi', kind: 'age'}
]

/**
 * Ratios the genre writes with "/". The parser composes any "unit/[number] [scale] unit" chain itself;
 * this table lists the common ones so that they match whole (and documents them). The scale word before
 * the first unit is not part of the phrase: "triệu đồng/người/năm" = "triệu" + "đồng/người/năm".
 */
export const COMPOUND_UNITS: readonly UnitWord[] = [
  {phrase: 'đồng/người/năm', kind: 'money'}, // income per head per year
  {phrase: 'đồng/người', kind: 'money'},
  {phrase: 'usd/người', kind: 'money', canonical: 'USD/người'}, // GDP per head
  {phrase: 'usd/người/năm', kind: 'money', canonical: 'USD/người/năm'},
  {phrase: 'tạ/ha', kind: 'mass'}, // yield
  {phrase: 'tấn/ha', kind: 'mass'},
  {phrase: 'bác sỹ/1 vạn dân', kind: 'people'}, // doctors per 10 000 inhabitants
  {phrase: 'bác sĩ/1 vạn dân', kind: 'people'},
  {phrase: 'giường bệnh/1 vạn dân', kind: 'count'}, // hospital beds per 10 000 inhabitants
  {phrase: 'bé trai/100 bé gái', kind: 'people'}, // sex ratio at birth
  {phrase: 'người/km2', kind: 'people'}, // population density
  {phrase: '%/năm', kind: 'percent'} // yearly rate
]

/**
 * Words that often follow a figure and are never its unit: verbs, prepositions, comparators. A figure
 * followed by one of these has no unit (a guessed unit is only tried on other words).
 */
export const NOT_UNIT_WORDS: readonly string[] = [
  'đạt', 'là', 'bằng', 'và', 'hoặc', 'với', 'so', 'của', 'cho', 'trong', 'trên', 'dưới', 'từ', 'đến', 'tới',
  'trở', 'tăng', 'giảm', 'còn', 'lên', 'xuống', 'thêm', 'được', 'đã', 'sẽ', 'có', 'các', 'những', 'theo',
  'tại', 'ở', 'để', 'nhằm', 'mỗi', 'hàng', 'hằng', 'khoảng', 'gần', 'hơn', 'vượt', 'như', 'gồm', 'đó',
  'này', 'kế', 'dự', 'so', 'trong', 'thì', 'nhưng', 'mà', 'chiếm', 'phấn', 'phân', 'phần', 'duy', 'đảm',
  'bảo', 'tỷ', 'tỉ', 'một', 'hai', 'ba', 'lệ', 'số', 'tổng', 'chỉ', 'cả', 'toàn', 'bình', 'trung', 'vào'
]
