import {describe, expect, it} from 'vitest'
import {extractIndicators} from '../src/stages/extract-indicators.js'
import {dedent, readSeed, stage} from './helpers/pipeline.js'

function indicators(text: string, planYear: number | null = 2024) {
  const {root, outline, file} = stage(text)
  return extractIndicators(root, outline, planYear, file).map(({label, group, line, text}) => ({label, group, line, text}))
}

describe('extractIndicators layouts', () => {
  it.each([
    {
      name: 'one "(n)" item per line, behind "- " or not',
      items: ['(1) Giá trị sản xuất tăng 11%.', '- (2) Thu nhập bình quân đầu người trên 70 triệu đồng/người/năm.'],
      expected: [
        {label: '(1)', group: null, line: 2, text: 'Giá trị sản xuất tăng 11%'},
        {label: '(2)', group: null, line: 3, text: 'Thu nhập bình quân đầu người trên 70 triệu đồng/người/năm'}
      ]
    },
    {
      name: 'a list numbered again from "1." under its heading ("2. Các chỉ tiêu" / "1. …" / "2. …")',
      items: ['1. Giá trị sản xuất tăng 11%.', '2. Thu ngân sách đạt 125 tỷ đồng.'],
      expected: [
        {label: '1', group: null, line: 2, text: 'Giá trị sản xuất tăng 11%'},
        {label: '2', group: null, line: 3, text: 'Thu ngân sách đạt 125 tỷ đồng'}
      ]
    }
  ])('should read $name', ({items, expected}) => {
    const text = ['2. Các chỉ tiêu chủ yếu', ...items, '3. Nhiệm vụ và giải pháp', '3.1. Tập trung phát triển công nghiệp.'].join('\n')
    expect(indicators(text)).toEqual(expected)
  })

  it("should take the body's list over an annex table of the same targets, and the annex table where the body only points to it", () => {
    const annex = dedent(`
      PHỤ LỤC
      CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2024
      | STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 |
      |---|---|---|---|
      | 1 | Tốc độ tăng trưởng GRDP | % | 7 |
      | 2 | Thu ngân sách nhà nước | Tỷ đồng | 6.500 |
    `)
    const body = ['Điều 1. Mục tiêu và các chỉ tiêu chủ yếu năm 2024', '2. Các chỉ tiêu chủ yếu']
    // (before, the annex rows came too: every target twice)
    expect(indicators([...body, '- Tốc độ tăng trưởng GRDP đạt 7%.', '- Thu ngân sách nhà nước đạt 6.500 tỷ đồng.', annex].join('\n'))).toEqual([
      {label: '-', group: null, line: 3, text: 'Tốc độ tăng trưởng GRDP đạt 7%'},
      {label: '-', group: null, line: 4, text: 'Thu ngân sách nhà nước đạt 6.500 tỷ đồng'}
    ])
    const pointer = 'Hội đồng nhân dân tỉnh giao các chỉ tiêu tại Phụ lục kèm theo Nghị quyết này.'
    expect(indicators([...body, pointer, annex].join('\n')).map(({label, line, text}) => ({label, line, text}))).toEqual([
      {label: '1', line: 8, text: 'Tốc độ tăng trưởng GRDP'},
      {label: '2', line: 9, text: 'Thu ngân sách nhà nước'}
    ])
  })

  it('should read a list whose items lost their numbers: each paragraph that states a figure, with no label', () => {
    const found = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu
      Phấn đấu đạt các chỉ tiêu sau:
      2.1. Về kinh tế
      Giá trị sản xuất tăng 11%.
      Thu ngân sách đạt 125 tỷ đồng.
      2.2. Về xã hội
      Tỷ lệ hộ nghèo giảm còn dưới 1,8%.
      Tiếp tục nâng cao chất lượng giáo dục.
      3. Nhiệm vụ và giải pháp
      3.1. Tập trung phát triển công nghiệp.
    `))
    expect(found).toEqual([
      {label: null, group: 'Về kinh tế', line: 4, text: 'Giá trị sản xuất tăng 11%'},
      {label: null, group: 'Về kinh tế', line: 5, text: 'Thu ngân sách đạt 125 tỷ đồng'},
      {label: null, group: 'Về xã hội', line: 7, text: 'Tỷ lệ hộ nghèo giảm còn dưới 1,8%'}
    ])
  })

  it('should read no unnumbered paragraph where the list has numbered items, or where one paragraph alone states a figure', () => {
    const numbered = indicators('2. Các chỉ tiêu chủ yếu\n(1) Giá trị sản xuất tăng 11%.\nThu ngân sách đạt 125 tỷ đồng.\nTỷ lệ hộ nghèo dưới 1,8%.')
    expect(numbered.map((item) => item.label)).toEqual(['(1)'])
    expect(indicators('2. Các chỉ tiêu chủ yếu\nNăm 2024 phấn đấu tăng trưởng 8%.\nTiếp tục thực hiện các chương trình mục tiêu.')).toEqual([])
  })

  it('should read grouped items with the group heading without number and colon', () => {
    const found = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu
      2.1. Về kinh tế:
      (1) Tổng sản phẩm tăng 7,5-8%;
      2.2. Về xã hội
      (2) Tỷ lệ hộ nghèo giảm còn 0,71%.
    `))
    expect(found.map((item) => [item.label, item.group])).toEqual([
      ['(1)', 'Về kinh tế'],
      ['(2)', 'Về xã hội']
    ])
  })

  it('should read lettered groups "a) Các chỉ tiêu kinh tế" under the list, and on their own', () => {
    const nested = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu
      a) Các chỉ tiêu kinh tế
      - Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,0 - 7,5%.
      b) Các chỉ tiêu xã hội
      - Tỷ lệ hộ nghèo giảm 1,5%.
    `))
    expect(nested.map((item) => [item.label, item.group])).toEqual([
      ['-', 'Các chỉ tiêu kinh tế'],
      ['-', 'Các chỉ tiêu xã hội']
    ])
    const alone = indicators('Điều 1. Mục tiêu năm 2024\na) Các chỉ tiêu kinh tế\n- GRDP tăng 7%.\nb) Các chỉ tiêu xã hội\n- Tỷ lệ hộ nghèo giảm 1%.')
    expect(alone.map((item) => item.group)).toEqual(['Các chỉ tiêu kinh tế', 'Các chỉ tiêu xã hội'])
  })

  it('should read "-" bullets without numbers, each one indicator labelled "-"', () => {
    const found = indicators('2. Các chỉ tiêu kinh tế - xã hội chủ yếu năm 2024\n- Thu ngân sách đạt 388,295 tỷ đồng.\n\n- Tỷ lệ hộ nghèo giảm còn 3,7%.')
    expect(found.map((item) => [item.label, item.line, item.text])).toEqual([
      ['-', 2, 'Thu ngân sách đạt 388,295 tỷ đồng'],
      ['-', 4, 'Tỷ lệ hộ nghèo giảm còn 3,7%']
    ])
  })

  it('should split an inline sequence "(1) …; (2) …" and keep the line of the paragraph', () => {
    const found = indicators('2. Các chỉ tiêu chủ yếu.\n2.2. *Chỉ tiêu về văn hóa - xã hội:* (1) Tỷ lệ hộ nghèo giảm còn 0,2%; (2) Tỷ lệ tham gia bảo hiểm y tế đạt 97,5%.')
    expect(found).toEqual([
      {label: '(1)', group: 'Chỉ tiêu về văn hóa - xã hội', line: 2, text: 'Tỷ lệ hộ nghèo giảm còn 0,2%'},
      {label: '(2)', group: 'Chỉ tiêu về văn hóa - xã hội', line: 2, text: 'Tỷ lệ tham gia bảo hiểm y tế đạt 97,5%'}
    ])
  })

  it('should go on with an inline sequence that a hard wrap put at the start of a line, "(3) …; (4) …"', () => {
    const found = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu.
      2.2. *Chỉ tiêu về văn hóa - xã hội:* (1) Tỷ lệ hộ nghèo giảm còn 0,2%; (2) Tỷ lệ tham gia bảo
      hiểm y tế đạt 97,5%;
      (3) Tỷ lệ hộ gia đình văn hóa đạt 95%; (4) Tỷ lệ trường chuẩn quốc gia đạt 80%;
      (5) Có 5/5 khóm đạt chuẩn văn minh đô thị.
    `))
    expect(found.map(({label, line, text}) => [label, line, text])).toEqual([
      ['(1)', 2, 'Tỷ lệ hộ nghèo giảm còn 0,2%'],
      ['(2)', 2, 'Tỷ lệ tham gia bảo hiểm y tế đạt 97,5%'],
      ['(3)', 4, 'Tỷ lệ hộ gia đình văn hóa đạt 95%'],
      ['(4)', 4, 'Tỷ lệ trường chuẩn quốc gia đạt 80%'],
      ['(5)', 5, 'Có 5/5 khóm đạt chuẩn văn minh đô thị']
    ])
  })

  it('should label a group heading\'s content "(1)" when its "(2)" opens the next paragraph', () => {
    const found = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu.
      2.3. *Chỉ tiêu về xây dựng chính quyền:* (1) Tỷ lệ giải quyết đơn thư đạt 98% trở lên.
      (2) Tỷ lệ thủ tục hành chính trực tuyến đạt trên 50%.
    `))
    expect(found.map(({label, text}) => [label, text])).toEqual([
      ['(1)', 'Tỷ lệ giải quyết đơn thư đạt 98% trở lên'],
      ['(2)', 'Tỷ lệ thủ tục hành chính trực tuyến đạt trên 50%']
    ])
  })

  it('should end an item "(1)" that an inline sequence goes on from where the next label starts', () => {
    const found = indicators('Điều 1. Các chỉ tiêu chủ yếu năm 2024\n(1) Tổng sản phẩm tăng 7%; (2) Thu ngân sách đạt 500 tỷ đồng.')
    expect(found.map(({label, text}) => [label, text])).toEqual([
      ['(1)', 'Tổng sản phẩm tăng 7%'],
      ['(2)', 'Thu ngân sách đạt 500 tỷ đồng']
    ])
  })

  it('should read a group heading that carries its own target as one indicator with the heading label', () => {
    const found = indicators('2. Các chỉ tiêu chủ yếu.\n\n2.1. *Chỉ tiêu về kinh tế:* Thu ngân sách đạt 100% chỉ tiêu đề ra.')
    expect(found).toEqual([{label: '2.1', group: 'Chỉ tiêu về kinh tế', line: 3, text: 'Thu ngân sách đạt 100% chỉ tiêu đề ra'}])
  })

  it('should read "+" and "-" items under lettered groups', () => {
    const found = indicators(dedent(`
      Điều 1. Các chỉ tiêu chủ yếu năm 2024
      a) Chỉ tiêu kinh tế:
      + Tổng giá trị sản xuất tăng 8%.
      b) Chỉ tiêu xã hội:
      - Tỷ lệ hộ nghèo giảm còn 2%.
    `))
    expect(found.map((item) => [item.label, item.group])).toEqual([
      ['+', 'Chỉ tiêu kinh tế'],
      ['-', 'Chỉ tiêu xã hội']
    ])
  })

  it('should read "1." items of a list as indicators labelled by their number', () => {
    const found = indicators('Điều 1. Các chỉ tiêu chủ yếu\n1. Tốc độ tăng trưởng GRDP từ 7,5 - 8%.\n2. GRDP bình quân đầu người đạt 85 triệu đồng.\nĐiều 2. Nhiệm vụ, giải pháp')
    expect(found.map((item) => [item.label, item.text])).toEqual([
      ['1', 'Tốc độ tăng trưởng GRDP từ 7,5 - 8%'],
      ['2', 'GRDP bình quân đầu người đạt 85 triệu đồng']
    ])
  })

  it('should read items introduced by an unnumbered heading ending in a colon', () => {
    const found = indicators('1. Mục tiêu\nPhát triển nhanh và bền vững.\nMột số chỉ tiêu chủ yếu:\n- (1) Tổng sản phẩm tăng 8%.\n2. Nhiệm vụ và giải pháp')
    expect(found.map((item) => item.label)).toEqual(['(1)'])
  })

  it('should read a table of indicators, taking the plan year column and group rows', () => {
    const found = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu năm 2025
      | STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện 2024 | Kế hoạch 2025 |
      |---|---|---|---|---|
      | I | Chỉ tiêu kinh tế | | | |
      | 1 | Tốc độ tăng trưởng GRDP | % | 7,1 | 8 - 8,5 |
      | 2 | Thu ngân sách trên địa bàn | Tỷ đồng | 5.100 | Trên 5.600 |
      3. Nhiệm vụ và giải pháp
    `), 2025)
    expect(found).toEqual([
      {label: '1', group: 'Chỉ tiêu kinh tế', line: 5, text: 'Tốc độ tăng trưởng GRDP'},
      {label: '2', group: 'Chỉ tiêu kinh tế', line: 6, text: 'Thu ngân sách trên địa bàn'}
    ])
  })

  it('should read a group written as one paragraph, "- Về kinh tế: a; b; c", as one indicator per clause', () => {
    const found = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu
      - Về kinh tế: tốc độ tăng trưởng đạt 9%; thu ngân sách trên địa bàn 520 tỷ đồng; phát triển mới 120 doanh nghiệp.
      - Về quốc phòng, an ninh: hoàn thành 100% chỉ tiêu tuyển quân; xây dựng 02 xã vững mạnh.
      3. Nhiệm vụ và giải pháp
    `))
    // (before, the first bullet was one indicator; two clauses stay one indicator's two figures)
    expect(found.map((item) => [item.label, item.group, item.text])).toEqual([
      [null, 'Về kinh tế', 'tốc độ tăng trưởng đạt 9%'],
      [null, 'Về kinh tế', 'thu ngân sách trên địa bàn 520 tỷ đồng'],
      [null, 'Về kinh tế', 'phát triển mới 120 doanh nghiệp'],
      ['-', 'Về quốc phòng, an ninh', 'hoàn thành 100% chỉ tiêu tuyển quân; xây dựng 02 xã vững mạnh']
    ])
  })

  it('should group arabic items under the lettered group heading before them, and name no group after a lead', () => {
    const lettered = indicators(dedent(`
      II. CHỈ TIÊU CHỦ YẾU
      a) Về kinh tế:
      1. Tổng giá trị sản xuất tăng 8,5 - 9%.
      2. Tổng thu ngân sách nhà nước trên địa bàn đạt 436 tỷ đồng.
      b) Về văn hóa - xã hội:
      3. Tỷ lệ hộ nghèo giảm 0,5 - 0,7%.
      III. NHIỆM VỤ, GIẢI PHÁP
    `))
    // (before, "1." closed "a)", and "b)" nested under "2.": no item had a group, and "2." was lost)
    expect(lettered.map((item) => [item.label, item.group])).toEqual([
      ['1', 'Về kinh tế'],
      ['2', 'Về kinh tế'],
      ['3', 'Về văn hóa - xã hội']
    ])
    const lead = indicators(dedent(`
      2. Chỉ tiêu cụ thể:
      Phấn đấu thực hiện đạt và vượt 11 chỉ tiêu chủ yếu như sau:
      - Thu ngân sách nhà nước trên địa bàn đạt 2.150 tỷ đồng.
      - Tổng mức bán lẻ hàng hóa tăng từ 10% đến 12%.
      3. Nhiệm vụ trọng tâm
    `))
    // (before, the group was the list's name, "Chỉ tiêu cụ thể", or the lead)
    expect(lead.map((item) => item.group)).toEqual([null, null])
  })

  it('should keep an item that states its figures in a sentence when running text follows it', () => {
    const found = indicators(dedent(`
      Điều 1. Điều chỉnh một số chỉ tiêu chủ yếu năm 2025 như sau:
      9. Số xã đạt chuẩn nông thôn mới: điều chỉnh từ 108 xã xuống 41 xã.
      10. Tỷ lệ đô thị hóa: điều chỉnh từ 25% lên 27,5%.
      Các chỉ tiêu khác tại Nghị quyết số 112/NQ-HĐND giữ nguyên.
      Điều 2. Nhiệm vụ, giải pháp
    `))
    // (before, the paragraph after "10." made it a group, and the item was lost)
    expect(found.map((item) => item.label)).toEqual(['9', '10'])
  })

  it('should read the target of an item that only names its metric from the paragraph under it', () => {
    const found = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu
      (1) Thu ngân sách nhà nước trên địa bàn
      Phấn đấu đạt 21.500 tỷ đồng.
      (2) Tỷ lệ đô thị hóa
      Chỉ tiêu: đạt 31,5%.
      (3) Tỷ lệ hộ nghèo giảm còn dưới 1,5%.
      Ghi chú: số liệu năm 2025 là ước thực hiện.
      3. Nhiệm vụ và giải pháp
    `))
    // (before, the items had no figure and their targets were lost; a note under a whole item stays apart)
    expect(found.map((item) => [item.label, item.text])).toEqual([
      ['(1)', 'Thu ngân sách nhà nước trên địa bàn Phấn đấu đạt 21.500 tỷ đồng'],
      ['(2)', 'Tỷ lệ đô thị hóa Chỉ tiêu: đạt 31,5%'],
      ['(3)', 'Tỷ lệ hộ nghèo giảm còn dưới 1,5%']
    ])
  })

  it('should put the rows of a table under a group heading in that group', () => {
    const found = indicators(dedent(`
      2. Các chỉ tiêu chủ yếu
      a) Nhóm chỉ tiêu kinh tế
      (1) Tốc độ tăng trưởng đạt 9%.
      b) Nhóm chỉ tiêu xã hội và môi trường
      | STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 |
      |---|---|---|---|
      | 2 | Tỷ lệ hộ nghèo | % | Giảm còn 0,45 |
      3. Nhiệm vụ và giải pháp
    `))
    // (before, the row had no group)
    expect(found.map((item) => [item.label, item.group])).toEqual([['(1)', 'Nhóm chỉ tiêu kinh tế'], ['2', 'Nhóm chỉ tiêu xã hội và môi trường']])
  })

  it('should read the figures of a table row from its plan cell with the unit column', () => {
    const {root, outline, file} = stage('2. Các chỉ tiêu chủ yếu\n| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch |\n|---|---|---|---|\n| 1 | Thu ngân sách | Tỷ đồng | Trên 5.600 |\n| 2 | Tỷ lệ hộ nghèo | % | Giảm còn dưới 0,3 |')
    const found = extractIndicators(root, outline, 2024, file)
    expect(found.map((indicator) => indicator.targets.map((target) => [target.metric, target.comparator, target.direction, target.value, target.unit]))).toEqual([
      [['Thu ngân sách', 'gt', null, 5600, 'Tỷ đồng']],
      [['Tỷ lệ hộ nghèo', 'lt', 'decrease', 0.3, '%']]
    ])
  })

  it('should read each column a second header row splits the plan column into, and no outturn column', () => {
    const targetsOf = (text: string) => {
      const {root, outline, file} = stage(text)
      return extractIndicators(root, outline, 2024, file).map((indicator) => indicator.targets.map((target) => [target.comparator, target.value, target.unit]))
    }
    // "Kế hoạch 2024" over "Giao | Phấn đấu": the figure assigned and the one strived for are both targets.
    expect(
      targetsOf(
        '2. Các chỉ tiêu chủ yếu\n| STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện 2023 | Kế hoạch 2024 | |\n|---|---|---|---|---|---|\n| | | | | Giao | Phấn đấu |\n| 1 | Tốc độ tăng trưởng GRDP | % | 6,02 | 6,5 | 7 |\n| 2 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 93,1 | 95 | Trên 95 |'
      )
    ).toEqual([
      [['eq', 6.5, '%'], ['eq', 7, '%']],
      [['eq', 95, '%'], ['gt', 95, '%']]
    ])
    // The row that numbers the columns is no item.
    expect(targetsOf('2. Các chỉ tiêu chủ yếu\n| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2024 |\n| 1 | 2 | 3 | 4 |\n| 1 | Tốc độ tăng trưởng GRDP | % | 6,5 |')).toEqual([[['eq', 6.5, '%']]])
    // "Năm 2024" over "Kế hoạch | Ước thực hiện": the outturn is no target.
    expect(
      targetsOf('2. Các chỉ tiêu chủ yếu\n| STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | |\n| | | | Kế hoạch | Ước thực hiện |\n| 1 | Tốc độ tăng trưởng GRDP | % | 6,5 | 6,8 |')
    ).toEqual([[['eq', 6.5, '%']]])
  })

  it('should read a list introduced by "gồm:"', () => {
    const found = indicators('Điều 1. Thông qua 03 chỉ tiêu chủ yếu năm 2024, gồm:\n- Tỷ lệ hộ nghèo giảm 1%.\n- Tỷ lệ che phủ rừng đạt 42%.')
    expect(found.map((item) => item.text)).toEqual(['Tỷ lệ hộ nghèo giảm 1%', 'Tỷ lệ che phủ rừng đạt 42%'])
  })

  it('should read an inline list after a lead that announces the targets', () => {
    const past = indicators('1. Đánh giá\nKết quả thực hiện các chỉ tiêu: (1) Tổng sản phẩm tăng 7%; (2) Tỷ lệ hộ nghèo giảm 1%.')
    expect(past).toEqual([])
    const lead = indicators('1. Mục tiêu\nCác chỉ tiêu chủ yếu: (1) Tổng sản phẩm tăng 7%; (2) Tỷ lệ hộ nghèo giảm 1%.')
    expect(lead.map((item) => [item.label, item.text])).toEqual([
      ['(1)', 'Tổng sản phẩm tăng 7%'],
      ['(2)', 'Tỷ lệ hộ nghèo giảm 1%']
    ])
  })

  it("should go on with an inline list in the paragraphs that open with its next numbers, and stop at one that does not", () => {
    const found = indicators(dedent(`
      Điều 2. Mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp năm 2025
      Các chỉ tiêu chủ yếu: (1) Giá trị sản xuất tăng 8,5%; (2) Thu ngân sách đạt 12 tỷ đồng;
      (3) Tỷ lệ hộ nghèo giảm 0,5%; (4) Tỷ lệ tham gia bảo hiểm y tế đạt 95%;
      (5) Tỷ lệ chất thải rắn được thu gom đạt 98%.
      (7) Chỉ tiêu này không theo sau (5).
      Nhiệm vụ và giải pháp
    `))
    // (before, only the lead's paragraph was read: (3), (4) and (5) were lost)
    expect(found.map((item) => [item.label, item.line])).toEqual([['(1)', 2], ['(2)', 2], ['(3)', 3], ['(4)', 3], ['(5)', 4]])
  })

  it('should not take an item that mentions a target for the list, and keep figureless items', () => {
    const found = indicators(dedent(`
      II. CÁC CHỈ TIÊU CHỦ YẾU
      4. Nhóm chỉ tiêu quốc phòng, an ninh
      4.1. Hoàn thành 100% chỉ tiêu giao quân.
      4.2. Kéo giảm tai nạn giao thông trên cả 3 tiêu chí.
      4.3. Giữ vững ổn định chính trị
      III. NHIỆM VỤ VÀ GIẢI PHÁP
    `))
    expect(found.map((item) => [item.label, item.group])).toEqual([
      ['4.1', 'Nhóm chỉ tiêu quốc phòng, an ninh'],
      ['4.2', 'Nhóm chỉ tiêu quốc phòng, an ninh'],
      ['4.3', 'Nhóm chỉ tiêu quốc phòng, an ninh']
    ])
  })

  it('should give each bold group line without a bullet its own group', () => {
    const found = indicators('I. MỤC TIÊU, CHỈ TIÊU\n**Về kinh tế:**\n– GRDP tăng 7%.\n**Về xã hội:**\n– Tỷ lệ hộ nghèo giảm 1%.\nII. NHIỆM VỤ')
    expect(found.map((item) => [item.label, item.group])).toEqual([
      ['-', 'Về kinh tế'],
      ['-', 'Về xã hội']
    ])
  })

  it('should read an unnumbered list of clauses after "Các chỉ tiêu chủ yếu:", one indicator per clause', () => {
    const found = indicators('Điều 1. Thông qua kế hoạch năm 2022\nCác chỉ tiêu chủ yếu: tốc độ tăng trưởng đạt 7%; thu nhập bình quân 45 triệu đồng; tỷ lệ hộ nghèo giảm còn 2%.', 2022)
    expect(found.map((item) => [item.label, item.text])).toEqual([
      [null, 'tốc độ tăng trưởng đạt 7%'],
      [null, 'thu nhập bình quân 45 triệu đồng'],
      [null, 'tỷ lệ hộ nghèo giảm còn 2%']
    ])
  })

  it('should not take the results of the past year, laid out like a list, for targets', () => {
    const found = indicators(dedent(`
      I. KẾT QUẢ ĐẠT ĐƯỢC
      1. Kết quả thực hiện các chỉ tiêu chủ yếu
      - Chỉ tiêu tăng trưởng:
      + GRDP ước tăng 7,23%.
      Bên cạnh đó, một số chỉ tiêu chưa đạt kế hoạch như: tỷ lệ lao động qua đào tạo đạt 36,2%; giải ngân đạt 68%.
    `), 2025)
    expect(found).toEqual([])
  })

  it('should read "1)" items under a numbered list heading', () => {
    const found = indicators('2. Các chỉ tiêu chủ yếu năm 2025\n1) Tổng thu ngân sách đạt 2.350 tỷ đồng.\n2) Tỷ lệ hộ nghèo giảm còn 0,25%.\n3. Nhiệm vụ, giải pháp chủ yếu', 2025)
    expect(found.map((item) => item.label)).toEqual(['1)', '2)'])
  })

  it('should keep counting items when the numbering style changes inside the list', () => {
    // "4." after "(3)" under "2." counts on; "3." after "(2)" under "2." would be the next section.
    const found = indicators('2. Các chỉ tiêu chủ yếu năm 2024\n(1) GRDP tăng 8%.\n(2) Thu ngân sách đạt 35,2 tỷ đồng.\n(3) Tỷ lệ hộ nghèo dưới 0,2%.\n4. Tỷ lệ tham gia bảo hiểm y tế đạt 97%.\n(5) 7/7 khối đạt khối văn hóa.\n3. Nhiệm vụ và giải pháp')
    expect(found.map((item) => item.label)).toEqual(['(1)', '(2)', '(3)', '4', '(5)'])
  })

  it('should read lists under unnumbered headings in capitals, in the body only', () => {
    const found = indicators('QUYẾT NGHỊ:\nĐiều 1. Thông qua kế hoạch năm 2025\nCÁC CHỈ TIÊU CHỦ YẾU\n- GRDP tăng 8,5%.\nNHIỆM VỤ VÀ GIẢI PHÁP\na) Phát triển nông nghiệp.', 2025)
    expect(found.map((item) => item.text)).toEqual(['GRDP tăng 8,5%'])
  })

  it('should leave out a five-year list beside the plan year list', () => {
    const found = indicators('2. Các chỉ tiêu chủ yếu năm 2025\n(1) GRDP tăng 10%.\n4. Các chỉ tiêu chủ yếu giai đoạn 2026-2030\n(1) GRDP bình quân tăng 11%.', 2025)
    expect(found.map((item) => item.text)).toEqual(['GRDP tăng 10%'])
  })

  it('should not take the targets of a past year for the plan', () => {
    expect(indicators('1. Các chỉ tiêu chủ yếu năm 2022\n(1) Tăng 7%.', 2023)).toEqual([])
  })

  it('should join an item wrapped over lines', () => {
    const found = indicators('Điều 1. Các chỉ tiêu chủ yếu\n(1) Tổng giá trị sản xuất tăng 9,5% trở lên; trong đó\nnông nghiệp tăng 2,5%.\n(2) Tổng vốn đầu tư đạt 3.200 tỷ đồng.')
    expect(found[0]?.text).toBe('Tổng giá trị sản xuất tăng 9,5% trở lên; trong đó nông nghiệp tăng 2,5%')
  })
})

describe('extractIndicators on the seeds', () => {
  const counts: Record<string, number> = {
    '000_7d171519f209845d': 17,
    '001_b4e47fb29186cbe5': 17,
    '002_17c5f32e7502a0cf': 18,
    '003_c59187114e89ad75': 21,
    '004_8cf2f54e953284da': 13
  }
  for (const [stem, count] of Object.entries(counts)) {
    it(`should find the ${count} indicators of ${stem}`, () => {
      expect(indicators(readSeed(stem), stem.startsWith('002') ? 2023 : 2024)).toHaveLength(count)
    })
  }

  it('should drop "[n]" footnote markers from the text when the file has their bodies', () => {
    const {root, outline, file} = stage('2. Các chỉ tiêu chủ yếu\n(1) Thu ngân sách đạt 5.000 tỷ đồng[1].\n(2) Tỷ lệ hộ nghèo giảm 1%.\n\n[1] Theo dự toán được giao.')
    const found = extractIndicators(root, outline, 2024, file)
    expect(found[0]).toMatchObject({text: 'Thu ngân sách đạt 5.000 tỷ đồng', footnotes: ['1']})
  })

  it('should list the footnote of an indicator and drop its marker from the text', () => {
    const {root, outline, file} = stage(readSeed('001_b4e47fb29186cbe5'))
    const item = extractIndicators(root, outline, 2024, file).find((indicator) => indicator.label === '(13)')
    expect(item).toMatchObject({footnotes: ['68'], text: 'Xây dựng 02 trường định kỳ kiểm tra công nhận đạt chuẩn quốc gia'})
  })
})
