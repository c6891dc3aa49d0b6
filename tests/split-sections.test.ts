import {describe, expect, it} from 'vitest'
import {dedent, readSeed, stage} from './helpers/pipeline.js'

function tree(text: string): string[] {
  const {outline} = stage(text)
  return outline.sections.map((section) => `${'  '.repeat(section.level)}${section.label ?? '·'} ${section.heading} @${section.line}-${section.endLine}`)
}

describe('splitSections', () => {
  it('should nest by marker rank, also when levels are skipped', () => {
    expect(
      tree(dedent(`
        Điều 2. Mục tiêu và các chỉ tiêu chủ yếu năm 2023
        1. Mục tiêu tổng quát
        Thực hiện có hiệu quả các Nghị quyết.
        2. Các chỉ tiêu chủ yếu
        2.1. Về kinh tế
        (1) Tổng sản phẩm tăng 7%.
        Điều 3. Nhiệm vụ, giải pháp chủ yếu:
        1. Tiếp tục tập trung chỉ đạo.
      `))
    ).toEqual([
      'Điều 2 Mục tiêu và các chỉ tiêu chủ yếu năm 2023 @1-6',
      '  1 Mục tiêu tổng quát @2-3',
      '  2 Các chỉ tiêu chủ yếu @4-6',
      '    2.1 Về kinh tế @5-6',
      'Điều 3 Nhiệm vụ, giải pháp chủ yếu @7-8',
      '  1 Tiếp tục tập trung chỉ đạo @8-8'
    ])
  })

  it('should take a "+" or "*" line whose first clause after the colon states a figure for an item, not a group heading', () => {
    expect(
      tree(dedent(`
        2. Các chỉ tiêu chủ yếu
        + Thu ngân sách nhà nước trên địa bàn: năm 2025 ước đạt 412,5 tỷ đồng, năm 2026 đạt 440 tỷ đồng.
        + Thu nhập bình quân đầu người đạt 68 triệu đồng.
        3. Nhiệm vụ, giải pháp
        * Giáo dục và đào tạo: Nâng cao chất lượng giáo dục; công nhận thêm 03 trường đạt chuẩn.
        * Công nghiệp: năm 2026 tập trung thu hút đầu tư.
        + Về kinh tế: tăng trưởng 8%.
      `))
    ).toEqual([
      // (before, the first line was a group heading, and the indicator list lost it)
      '2 Các chỉ tiêu chủ yếu @1-3',
      '3 Nhiệm vụ, giải pháp @4-7',
      '  * Giáo dục và đào tạo @5-5',
      '  * Công nghiệp @6-7',
      '    + Về kinh tế @7-7'
    ])
  })

  it('should put a heading after numbered items that are sentences beside the heading they are under, not under the last item', () => {
    expect(
      tree(dedent(`
        2. Chỉ tiêu chủ yếu
        *Về kinh tế*
        1) Tốc độ tăng trưởng đạt 8,5 - 9%.
        2) Chỉ số PCI tăng 2 bậc.
        *Về xã hội*
        3) Tỷ lệ tăng dân số tự nhiên dưới 10‰.
        NHIỆM VỤ VÀ GIẢI PHÁP
        a) Giữ vững quốc phòng, an ninh.
        TỔ CHỨC THỰC HIỆN
      `))
    ).toEqual([
      '2 Chỉ tiêu chủ yếu @1-9',
      '  · Về kinh tế @2-4',
      '    1) Tốc độ tăng trưởng đạt 8,5 - 9% @3-3',
      '    2) Chỉ số PCI tăng 2 bậc @4-4',
      // (before, "Về xã hội" nested under "2)", and the indicator list lost that item)
      '  · Về xã hội @5-6',
      '    3) Tỷ lệ tăng dân số tự nhiên dưới 10‰ @6-6',
      // (and "TỔ CHỨC THỰC HIỆN" no longer nested under the task "a)")
      '  · NHIỆM VỤ VÀ GIẢI PHÁP @7-8',
      '    a) Giữ vững quốc phòng, an ninh @8-8',
      '  · TỔ CHỨC THỰC HIỆN @9-9'
    ])
  })

  it('should read a line that is wholly a known title as a heading, though it lost its bold, number and colon', () => {
    expect(
      tree(dedent(`
        Điều 2. Mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp năm 2025
        Mục tiêu tổng quát: Phát triển nông nghiệp đô thị, sinh thái.
        Nhiệm vụ và giải pháp
        Để thực hiện thắng lợi các mục tiêu trên, cần thực hiện tốt các nhiệm vụ sau:
        Một là, phát triển nông nghiệp theo hướng đô thị, sinh thái.
        Hai là, đẩy mạnh phát triển thương mại, dịch vụ.
        Nhiệm vụ trọng tâm là phát triển nông nghiệp
        Điều 3. Tổ chức thực hiện
      `))
    ).toEqual([
      'Điều 2 Mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp năm 2025 @1-7',
      '  · Nhiệm vụ và giải pháp @3-7',
      '    · Để thực hiện thắng lợi các mục tiêu trên, cần thực hiện tốt các nhiệm vụ sau @4-7',
      '      Một là phát triển nông nghiệp theo hướng đô thị, sinh thái @5-5',
      '      Hai là đẩy mạnh phát triển thương mại, dịch vụ @6-7',
      'Điều 3 Tổ chức thực hiện @8-8'
    ])
    // Titles one after the other stand side by side.
    expect(tree(['Điều 1. Thông qua kế hoạch', 'Mục tiêu tổng quát', 'Phát triển nhanh.', 'Các chỉ tiêu chủ yếu', '- Thu ngân sách đạt 12 tỷ đồng.'].join('\n'))).toEqual([
      'Điều 1 Thông qua kế hoạch @1-5',
      '  · Mục tiêu tổng quát @2-3',
      '  · Các chỉ tiêu chủ yếu @4-5'
    ])
  })

  it('should keep a list numbered again going over an item of sentences that a wrap cut short', () => {
    expect(
      tree(dedent(`
        3. Nhiệm vụ, giải pháp chủ yếu
        1. Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh.
        2. Phát triển nông nghiệp sinh thái.
        3. Đẩy mạnh phát triển công nghiệp chế biến.
        4. Huy động các nguồn lực đầu tư kết cấu hạ tầng. Đẩy nhanh tiến độ tuyến cao tốc Cần Thơ - Cà
        Mau đoạn qua tỉnh.
        5. Tăng cường quản lý thu, chi ngân sách.
      `)).map((line) => line.replace(/ @.*/, ''))
    ).toEqual([
      '3 Nhiệm vụ, giải pháp chủ yếu',
      '  1 Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh',
      '  2 Phát triển nông nghiệp sinh thái',
      '  3 Đẩy mạnh phát triển công nghiệp chế biến',
      // (before, "4." read as the heading after "3. Nhiệm vụ …", and the tasks from 4 on left the section)
      '  4 Huy động các nguồn lực đầu tư kết cấu hạ tầng',
      '  5 Tăng cường quản lý thu, chi ngân sách'
    ])
  })

  it('should put capital letters above roman numerals, but a list of them that starts inside a roman section under it', () => {
    expect(
      tree(dedent(`
        A. TÌNH HÌNH THỰC HIỆN NĂM 2024
        I. KẾT QUẢ ĐẠT ĐƯỢC
        1. Kinh tế tăng trưởng khá.
        B. KẾ HOẠCH NĂM 2025
        I. MỤC TIÊU
      `))
    ).toEqual(['A TÌNH HÌNH THỰC HIỆN NĂM 2024 @1-3', '  I KẾT QUẢ ĐẠT ĐƯỢC @2-3', '    1 Kinh tế tăng trưởng khá @3-3', 'B KẾ HOẠCH NĂM 2025 @4-5', '  I MỤC TIÊU @5-5'])
    expect(
      tree(dedent(`
        II. CÁC CHỈ TIÊU CHỦ YẾU
        A. CHỈ TIÊU KINH TẾ
        1. Tốc độ tăng trưởng kinh tế đạt 8%.
        B. CHỈ TIÊU XÃ HỘI
        2. Tỷ lệ hộ nghèo giảm 3%.
        III. NHIỆM VỤ, GIẢI PHÁP
        1. Tập trung tháo gỡ khó khăn
        a) Đẩy mạnh thu hút đầu tư.
      `))
    ).toEqual([
      'II CÁC CHỈ TIÊU CHỦ YẾU @1-5',
      '  A CHỈ TIÊU KINH TẾ @2-3',
      '    1 Tốc độ tăng trưởng kinh tế đạt 8% @3-3',
      '  B CHỈ TIÊU XÃ HỘI @4-5',
      '    2 Tỷ lệ hộ nghèo giảm 3% @5-5',
      // (before, "III." nested under "B.", and its tasks' items were read as indicators)
      'III NHIỆM VỤ, GIẢI PHÁP @6-8',
      '  1 Tập trung tháo gỡ khó khăn @7-8',
      '    a) Đẩy mạnh thu hút đầu tư @8-8'
    ])
  })

  it('should nest a list numbered again from "1." under the numbered section it follows, until a heading takes the next number', () => {
    expect(
      tree(dedent(`
        Điều 1. Thông qua kế hoạch
        1. Mục tiêu
        Phát triển nhanh, bền vững.
        2. Các chỉ tiêu chủ yếu
        Phấn đấu đạt các chỉ tiêu sau:
        1. Giá trị sản xuất tăng 8%.
        2. Thu ngân sách đạt 12 tỷ đồng.
        3. Tỷ lệ hộ nghèo giảm còn 1,5%.
        3. Nhiệm vụ, giải pháp chủ yếu năm 2025
        1. Tập trung phát triển nông nghiệp hàng hóa.
        2. Đẩy mạnh thu hút đầu tư.
      `))
    ).toEqual([
      'Điều 1 Thông qua kế hoạch @1-11',
      '  1 Mục tiêu @2-3',
      '  2 Các chỉ tiêu chủ yếu @4-8',
      // (under the lead that announces them)
      '    · Phấn đấu đạt các chỉ tiêu sau @5-8',
      '      1 Giá trị sản xuất tăng 8% @6-6',
      '      2 Thu ngân sách đạt 12 tỷ đồng @7-7',
      '      3 Tỷ lệ hộ nghèo giảm còn 1,5% @8-8',
      '  3 Nhiệm vụ, giải pháp chủ yếu năm 2025 @9-11',
      '    1 Tập trung phát triển nông nghiệp hàng hóa @10-10',
      '    2 Đẩy mạnh thu hút đầu tư @11-11'
    ])
  })

  it('should go on with a restarted list under the next group, and leave alone a "1." that reads as a heading or follows text', () => {
    expect(
      tree(dedent(`
        2. Các chỉ tiêu chủ yếu
        2.1. Về kinh tế
        1. Giá trị sản xuất tăng 8%.
        2. Thu ngân sách đạt 12 tỷ đồng.
        2.2. Về xã hội
        3. Tỷ lệ hộ nghèo giảm còn 1,5%.
        3. Nhiệm vụ, giải pháp
      `))
    ).toEqual([
      '2 Các chỉ tiêu chủ yếu @1-6',
      '  2.1 Về kinh tế @2-4',
      '    1 Giá trị sản xuất tăng 8% @3-3',
      '    2 Thu ngân sách đạt 12 tỷ đồng @4-4',
      '  2.2 Về xã hội @5-6',
      '    3 Tỷ lệ hộ nghèo giảm còn 1,5% @6-6',
      '3 Nhiệm vụ, giải pháp @7-7'
    ])
    // "1. Về kinh tế" reads as a heading; a "1." after the section's own text is not a restart.
    expect(tree('2. Các chỉ tiêu chủ yếu\n1. Về kinh tế\n2. Về xã hội')).toEqual(['2 Các chỉ tiêu chủ yếu @1-1', '1 Về kinh tế @2-2', '2 Về xã hội @3-3'])
    expect(tree('2.3. Cải cách hành chính\nĐẩy mạnh chuyển đổi số.\n1. Giao Ủy ban nhân dân tổ chức thực hiện.')).toEqual([
      '2.3 Cải cách hành chính @1-2',
      '1 Giao Ủy ban nhân dân tổ chức thực hiện @3-3'
    ])
  })

  it('should read "3. 6." as 3.6 and starred and dashed group headings as groups', () => {
    const sections = stage(dedent(`
      3. Nhiệm vụ và giải pháp
      3. 6. Tiếp tục đổi mới công tác Thanh tra
      * Công nghiệp, tiểu thủ công nghiệp
      Tăng cường huy động các nguồn lực.
      - *Về phát triển kinh tế:*
      - Tăng cường quản lý chặt chẽ đất đai.
    `)).outline.sections
    expect(sections.map((section) => [section.label, section.kind, section.heading])).toEqual([
      ['3', 'item', 'Nhiệm vụ và giải pháp'],
      ['3.6', 'item', 'Tiếp tục đổi mới công tác Thanh tra'],
      ['*', 'group', 'Công nghiệp, tiểu thủ công nghiệp'],
      ['-', 'group', 'Về phát triển kinh tế']
    ])
  })

  it('should take a part title from the line in capitals after "Phần thứ …"', () => {
    const sections = stage('Phần thứ hai\n\nNHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024\n\nI. DỰ BÁO TÌNH HÌNH\n\nNăm 2024 tình hình thế giới.').outline.sections
    expect(sections[0]).toMatchObject({label: 'Phần thứ hai', heading: 'NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024', kind: 'part', level: 0})
    expect(sections[1]).toMatchObject({label: 'I', level: 1})
  })

  it('should stop the body at the closing matter (recipients, signature)', () => {
    const {outline} = stage('3. Nhiệm vụ giải pháp\n3.1. Tăng cường quản lý.\nNơi nhận:\n- Thường trực HĐND tỉnh;')
    expect(outline.sections.map((section) => section.endLine)).toEqual([2, 2])
  })

  it('should build the tree of seed 001 with parts, roman, arabic and group levels', () => {
    const lines = tree(readSeed('001_b4e47fb29186cbe5'))
    expect(lines).toContain('Phần thứ hai NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2024 @379-556')
    expect(lines.some((line) => line.startsWith('        * Công nghiệp, tiểu thủ công nghiệp @428-'))).toBe(true)
    expect(lines).toContain('PHỤ LỤC 1 Đánh giá kết quả thực hiện các chỉ tiêu kế hoạch chủ yếu tại Nghị quyết số 51/NQ-HĐND ngày 27/12/2022 của HĐND thị xã @582-615')
  })

  it('should give every section a parent that opens before it and a line range inside the parent', () => {
    for (const stem of ['000_7d171519f209845d', '001_b4e47fb29186cbe5', '002_17c5f32e7502a0cf', '003_c59187114e89ad75', '004_8cf2f54e953284da']) {
      const {sections} = stage(readSeed(stem)).outline
      const byId = new Map(sections.map((section) => [section.id, section]))
      for (const section of sections) {
        expect(section.endLine).toBeGreaterThanOrEqual(section.line)
        if (!section.parentId) continue
        const parent = byId.get(section.parentId)
        expect(parent).toBeDefined()
        expect(section.line).toBeGreaterThan(parent?.line ?? 0)
        expect(section.endLine).toBeLessThanOrEqual(parent?.endLine ?? 0)
        expect(section.level).toBe((parent?.level ?? 0) + 1)
      }
    }
  })
})
