import {describe, expect, it} from 'vitest'
import {extractMetadata, withoutMotto} from '../src/stages/extract-metadata.js'
import {parseNumberWords} from '../src/vocabulary/number-words.js'
import {dedent, readSeed, SEEDS, stage} from './helpers/pipeline.js'

function metadata(text: string) {
  const {lines, root, file} = stage(text)
  return extractMetadata(lines, root, file)
}

describe('extractMetadata on the seeds', () => {
  const expected: Record<(typeof SEEDS)[number], object> = {
    '000_7d171519f209845d': {
      kind: 'resolution', draft: true, number: null, issuer: 'Hội đồng nhân dân thị xã Hồng Lĩnh', locality: 'Hồng Lĩnh',
      adminLevel: 'town', planYear: 2024, adoptedOn: '2023-12-20', term: 'VII', session: 16,
      title: 'Về nhiệm vụ phát triển kinh tế - xã hội năm 2024'
    },
    '001_b4e47fb29186cbe5': {
      kind: 'report', draft: false, number: null, issuer: 'Ủy ban nhân dân thị xã Hồng Lĩnh', locality: 'Hồng Lĩnh',
      adminLevel: 'town', planYear: 2024, adoptedOn: null, term: 'VII', session: 16, legalBases: []
    },
    '002_17c5f32e7502a0cf': {
      kind: 'resolution', draft: false, number: null, issuer: 'Hội đồng nhân dân huyện Bình Lục', locality: 'Bình Lục',
      adminLevel: 'district', planYear: 2023, adoptedOn: '2022-12-16', term: 'XX', session: 8, title: null
    },
    '003_c59187114e89ad75': {
      kind: 'resolution', draft: false, number: '412/NQ-HĐND', issuer: 'Hội đồng nhân dân tỉnh Hưng Yên', locality: 'Hưng Yên',
      adminLevel: 'province', planYear: 2024, adoptedOn: '2023-12-07', term: 'XVII', session: 18,
      place: 'Hưng Yên', issuedOn: '2023-12-07'
    },
    '004_8cf2f54e953284da': {
      kind: 'resolution', draft: false, number: '74/NQ-HĐND', issuer: 'Hội đồng nhân dân Phường 1', locality: 'Phường 1',
      adminLevel: 'ward', planYear: 2024, adoptedOn: null, term: 'IX', session: 7, place: 'Phường 1', issuedOn: '2023-12-12'
    }
  }
  for (const stem of SEEDS) {
    it(`should read the header of ${stem}`, () => {
      expect(metadata(readSeed(stem))).toMatchObject(expected[stem])
    })
  }

  it('should split legal bases into one entry per instrument', () => {
    expect(metadata(readSeed('003_c59187114e89ad75')).legalBases).toEqual([
      'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
      'Nghị quyết số 105/2023/QH15 ngày 10 tháng 11 năm 2023 của Quốc hội về việc giao dự toán ngân sách nhà nước năm 2024',
      'Chỉ thị số 21/CT-TTg ngày 10 tháng 6 năm 2023 của Thủ tướng Chính phủ về xây dựng kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024'
    ])
    expect(metadata(readSeed('004_8cf2f54e953284da')).legalBases).toHaveLength(2)
  })

  it('should not split a legal basis where a lower-case instrument word goes on as a common noun', () => {
    const text = dedent(`
      ỦY BAN NHÂN DÂN TỈNH CÀ MAU
      KẾ HOẠCH
      Căn cứ Thông tư số 56/2025/TT-BTC ngày 25/6/2025 của Bộ Tài chính hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2026, kế hoạch tài chính - ngân sách nhà nước 03 năm 2026 - 2028;
      Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015, Luật Đầu tư công ngày 13 tháng 6 năm 2019;
      I. TÌNH HÌNH THỰC HIỆN
    `)
    expect(metadata(text).legalBases).toEqual([
      'Thông tư số 56/2025/TT-BTC ngày 25/6/2025 của Bộ Tài chính hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2026, kế hoạch tài chính - ngân sách nhà nước 03 năm 2026 - 2028',
      'Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015',
      'Luật Đầu tư công ngày 13 tháng 6 năm 2019'
    ])
  })

  it('should read the title of a plan (KẾ HOẠCH), a kind the schema does not name, wrapped in capitals', () => {
    const text = dedent(`
      ỦY BAN NHÂN DÂN TỈNH CÀ MAU
      Số: 0204/KH-UBND
      KẾ HOẠCH
      TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028 TỈNH CÀ
      MAU
      Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
      I. TÌNH HÌNH THỰC HIỆN
    `)
    expect(metadata(text)).toMatchObject({kind: 'unknown', number: '0204/KH-UBND', title: 'TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028 TỈNH CÀ MAU'})
  })

  it('should go on with the instruments named one per line after "Căn cứ", until a line that names none', () => {
    const text = dedent(`
      HỘI ĐỒNG NHÂN DÂN PHƯỜNG PHÚ HÒA
      NGHỊ QUYẾT
      Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
      Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và
      Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
      Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ;
      Xét Tờ trình số 12/TTr-UBND ngày 01 tháng 12 năm 2022 của Ủy ban nhân dân phường;
      Báo cáo thẩm tra của Ban Kinh tế - Xã hội.
      QUYẾT NGHỊ:
    `)
    expect(metadata(text).legalBases).toEqual([
      'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
      'Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ'
    ])
  })
})

describe('extractMetadata: dates written in figures', () => {
  const text = dedent(`
    HỘI ĐỒNG NHÂN DÂN
    TỈNH HƯNG YÊN
    Số: 412/NQ-HĐND
    Hưng Yên, ngày 07/12/2023
    NGHỊ QUYẾT
    Về nhiệm vụ phát triển kinh tế - xã hội năm 2024
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22-11-2019;
    QUYẾT NGHỊ:
    Điều 1. Mục tiêu
    Nghị quyết này đã được Hội đồng nhân dân tỉnh Hưng Yên khóa XVII, kỳ họp thứ mười tám thông qua ngày 07.12.2023.
  `)

  it('reads the place and the date, the adoption date, and splits the legal bases after a date', () => {
    expect(metadata(text)).toMatchObject({
      place: 'Hưng Yên',
      issuedOn: '2023-12-07',
      adoptedOn: '2023-12-07',
      legalBases: [
        'Luật Tổ chức chính quyền địa phương ngày 19/6/2015',
        'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22-11-2019'
      ]
    })
  })
})

describe('extractMetadata rules', () => {
  it("should take a resolution's own date for its adoption when the adoption sentence gives none", () => {
    const head = 'HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN UYÊN\nSố: 12/2025/NQ-HĐND\nXã Tân Uyên, ngày 18 tháng 12 năm 2025\n'
    const closing = 'Nghị quyết này đã được Hội đồng nhân dân xã Tân Uyên khóa I, Kỳ họp thứ tư thông qua và có hiệu lực kể từ ngày thông qua./.'
    // (before, null)
    expect(metadata(`${head}NGHỊ QUYẾT\nVề nhiệm vụ năm 2026\nĐiều 1. Mục tiêu\n${closing}`)).toMatchObject({issuedOn: '2025-12-18', adoptedOn: '2025-12-18'})
    // A report is not adopted; nor is a resolution whose text does not say it was passed.
    expect(metadata(`${head}BÁO CÁO\nTình hình năm 2025\nI. Kết quả\n${closing}`)).toMatchObject({adoptedOn: null})
    expect(metadata(`${head}NGHỊ QUYẾT\nVề nhiệm vụ năm 2026\nĐiều 1. Mục tiêu`)).toMatchObject({adoptedOn: null})
  })

  it('should read a special zone (đặc khu), a unit of commune level since the 2025 reform', () => {
    const text = 'HỘI ĐỒNG NHÂN DÂN\nĐẶC KHU PHÚ QUỐC\nSố: 15/NQ-HĐND\nNGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026'
    expect(metadata(text)).toMatchObject({issuer: 'Hội đồng nhân dân đặc khu Phú Quốc', locality: 'Phú Quốc', adminLevel: 'commune'})
  })

  it('should read decomposed text and old tone placement like the NFC text', () => {
    const text = dedent(`
      HỘI ĐỒNG NHÂN DÂN XÃ AN BÌNH
      KHOÁ XII, KỲ HỌP THỨ HAI MƯƠI MỐT
      NGHỊ QUYẾT
      Về kế hoạch phát triển kinh tế - xã hội năm 2025
      QUYẾT NGHỊ:
      Điều 1. Thông qua kế hoạch.
    `)
    const nfc = metadata(text)
    expect(nfc).toMatchObject({term: 'XII', session: 21, adminLevel: 'commune', locality: 'An Bình', planYear: 2025, issuer: 'Hội đồng nhân dân xã An Bình'})
    expect(metadata(text.normalize('NFD'))).toEqual(nfc)
  })

  it('should read the ordinal of an extraordinary or thematic session, numbered in the same sequence', () => {
    const resolution = (closing: string) =>
      metadata(`NGHỊ QUYẾT\nVề kế hoạch năm 2025\nQUYẾT NGHỊ:\nĐiều 1. Thông qua kế hoạch.\n${closing}\n`)
    expect(resolution('Nghị quyết này được Quốc hội khóa XV, Kỳ họp bất thường lần thứ 9, thông qua ngày 19 tháng 02 năm 2025.')).toMatchObject({term: 'XV', session: 9})
    expect(resolution('Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa X, kỳ họp chuyên đề lần thứ hai thông qua ngày 05 tháng 3 năm 2025.')).toMatchObject({term: 'X', session: 2})
    // "lần" alone does not make a session of any ordinal.
    expect(resolution('Nghị quyết này đã được Hội đồng nhân dân tỉnh khóa X thông qua lần thứ hai ngày 05 tháng 3 năm 2025.')).toMatchObject({session: null})
  })

  it('should read a two-column header flattened to tabs, the place on the line below the body', () => {
    const text = [
      'HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH QUẢNG NAM\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 45/NQ-HĐND\tQuảng Nam, ngày 08 tháng 12 năm 2023',
      'NGHỊ QUYẾT',
      'Về kế hoạch phát triển kinh tế - xã hội năm 2024',
      'QUYẾT NGHỊ:',
      'Điều 1. Thông qua.'
    ].join('\n')
    expect(metadata(text)).toMatchObject({
      issuer: 'Hội đồng nhân dân tỉnh Quảng Nam', locality: 'Quảng Nam', adminLevel: 'province', number: '45/NQ-HĐND',
      place: 'Quảng Nam', issuedOn: '2023-12-08', kind: 'resolution', planYear: 2024
    })
  })

  it('should read a header whose columns were glued into one line with the national motto', () => {
    const text = 'ỦY BAN NHÂN DÂN HUYỆN KIM SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBÁO CÁO\nKết quả năm 2023, kế hoạch năm 2024\nI. Kết quả'
    expect(metadata(text)).toMatchObject({issuer: 'Ủy ban nhân dân huyện Kim Sơn', locality: 'Kim Sơn', adminLevel: 'district', kind: 'report'})
  })

  it('should leave a blank number null and read a filled one', () => {
    expect(metadata('Số:      /NQ-HĐND\nNGHỊ QUYẾT').number).toBeNull()
    expect(metadata('Số: 15/2023/NQ-HĐND\nNGHỊ QUYẾT').number).toBe('15/2023/NQ-HĐND')
    // a number typed into the blank: the space left before "/" is not part of it
    expect(metadata('Số: 25 /NQ-HĐND\nNGHỊ QUYẾT').number).toBe('25/NQ-HĐND')
  })

  it('should fall back to the year after adoption when no heading names the plan year', () => {
    const text = 'HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\nNGHỊ QUYẾT\nQUYẾT NGHỊ:\nĐiều 1. Thông qua.\nNghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 08 tháng 12 năm 2023.'
    expect(metadata(text)).toMatchObject({planYear: 2024, adoptedOn: '2023-12-08', adminLevel: 'province', locality: 'Lào Cai'})
  })

  it('should leave a misprinted adoption year without a date, not with a malformed one', () => {
    const text = 'HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\nNGHỊ QUYẾT\nQUYẾT NGHỊ:\nĐiều 1. Thông qua.\nNghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 08 tháng 12 năm 0353.'
    expect(metadata(text).adoptedOn).toBeNull()
  })

  it('should count each mention of the place once when the header names only the level', () => {
    // The upper-case "THỊ XÃ" is no mention of a name; "thị xã Kỳ Anh" after it is one mention, not two.
    const text = dedent(`
      HỘI ĐỒNG NHÂN DÂN
      THỊ XÃ
      NGHỊ QUYẾT
      Về kế hoạch phát triển kinh tế - xã hội năm 2024
      QUYẾT NGHỊ:
      Điều 1. Phối hợp giữa THỊ XÃ và thị xã Kỳ Anh trong phát triển du lịch.
      Điều 2. Giao Ủy ban nhân dân thị xã Hồng Lĩnh tổ chức thực hiện.
      Điều 3. Nghị quyết được Hội đồng nhân dân thị xã Hồng Lĩnh thông qua ngày 20 tháng 12 năm 2023.
    `)
    expect(metadata(text)).toMatchObject({issuer: 'Hội đồng nhân dân thị xã Hồng Lĩnh', locality: 'Hồng Lĩnh', adminLevel: 'town'})
  })

  it('should report a document with no issuing body', () => {
    const {lines, root, file} = stage('Một văn bản không có tiêu đề.')
    expect(extractMetadata(lines, root, file).issuer).toBeNull()
    expect(file.messages.map((message) => message.ruleId)).toContain('metadata-no-issuer')
  })
})

describe('withoutMotto', () => {
  it('cuts the motto at the right place after a letter whose lower case is longer ("İ")', () => {
    // The motto is found in the folded text and cut from the text as written: the fold keeps positions.
    expect(withoutMotto('İ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN')).toBe('İ ỦY BAN NHÂN DÂN')
  })
})

describe('parseNumberWords', () => {
  it('should read written-out numbers up to ninety-nine', () => {
    expect(parseNumberWords('mười tám')).toBe(18)
    expect(parseNumberWords('tám')).toBe(8)
    expect(parseNumberWords('bảy')).toBe(7)
    expect(parseNumberWords('hai mươi mốt')).toBe(21)
    expect(parseNumberWords('mười lăm')).toBe(15)
    expect(parseNumberWords('nhất')).toBe(1)
    expect(parseNumberWords('không phải')).toBeNull()
  })
})
