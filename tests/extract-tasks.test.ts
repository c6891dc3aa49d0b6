import {describe, expect, it} from 'vitest'
import {extractTasks} from '../src/stages/extract-tasks.js'
import {dedent, readSeed, stage} from './helpers/pipeline.js'

function tasks(text: string) {
  const {root, outline, file} = stage(text)
  return extractTasks(root, outline, file).map(({label, group, line, endLine, title}) => ({label, group, line, endLine, title}))
}

describe('extractTasks layouts', () => {
  it('should read numbered items inside Điều 3 with no sub-heading, and skip Tổ chức thực hiện', () => {
    const found = tasks(dedent(`
      Điều 3. Nhiệm vụ, giải pháp chủ yếu:
      1. Tiếp tục tập trung chỉ đạo thực hiện Nghị quyết. Phấn đấu hoàn thành.
      Làm tốt công tác phòng, chống dịch bệnh.
      2. Đẩy mạnh sản xuất nông nghiệp theo hướng tập trung.
      Điều 4. Tổ chức thực hiện
      1. Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.
    `))
    expect(found).toEqual([
      {label: '1', group: null, line: 2, endLine: 3, title: 'Tiếp tục tập trung chỉ đạo thực hiện Nghị quyết'},
      {label: '2', group: null, line: 4, endLine: 4, title: 'Đẩy mạnh sản xuất nông nghiệp theo hướng tập trung'}
    ])
  })

  it('should read starred groups inside a numbered task as tasks with label null and the item as group', () => {
    const found = tasks(dedent(`
      2. Nhiệm vụ và giải pháp
      2.2. Về phát triển kinh tế
      * Công nghiệp, tiểu thủ công nghiệp
      Tăng cường huy động các nguồn lực.
      * Thương mại, dịch vụ, du lịch
      Tiếp tục thu hút đầu tư.
    `))
    expect(found.map((task) => [task.label, task.group, task.title])).toEqual([
      ['2.2', null, 'Về phát triển kinh tế'],
      [null, 'Về phát triển kinh tế', 'Công nghiệp, tiểu thủ công nghiệp'],
      [null, 'Về phát triển kinh tế', 'Thương mại, dịch vụ, du lịch']
    ])
  })

  it('should give dashed groups directly under the tasks section that section as group', () => {
    const found = tasks('2. Giải pháp thực hiện các chỉ tiêu.\n\n- *Về phát triển kinh tế:*\n\nTập trung thu ngân sách.\n\n- Về Văn hóa - xã hội:\n\nChăm lo đời sống.')
    expect(found.map((task) => [task.label, task.group, task.title])).toEqual([
      [null, 'Giải pháp thực hiện các chỉ tiêu', 'Về phát triển kinh tế'],
      [null, 'Giải pháp thực hiện các chỉ tiêu', 'Về Văn hóa - xã hội']
    ])
  })

  it('should read paragraphs that open with a lead in bold as tasks titled by the lead, and a paragraph without one as part of the task before', () => {
    const found = tasks(dedent(`
      III. Nhiệm vụ, giải pháp chủ yếu
      Để hoàn thành các mục tiêu, chỉ tiêu nêu trên, cần thực hiện các nhiệm vụ sau:
      **Về phát triển kinh tế:** Tập trung hỗ trợ nhà đầu tư hoàn thành hạ tầng khu công nghiệp.
      **Về văn hóa - xã hội**: Nâng cao chất lượng giáo dục các cấp.
      Thực hiện đầy đủ chính sách đối với người có công.
      *Về quốc phòng, an ninh:* Hoàn thành chỉ tiêu giao quân.
      IV. Kiến nghị
    `))
    // (before, each paragraph was a task titled by its first sentence, the continuation too)
    expect(found).toEqual([
      {label: null, group: 'Nhiệm vụ, giải pháp chủ yếu', line: 3, endLine: 3, title: 'Về phát triển kinh tế'},
      {label: null, group: 'Nhiệm vụ, giải pháp chủ yếu', line: 4, endLine: 5, title: 'Về văn hóa - xã hội'},
      {label: null, group: 'Nhiệm vụ, giải pháp chủ yếu', line: 6, endLine: 6, title: 'Về quốc phòng, an ninh'}
    ])
  })

  it('should read tasks whose numbers were lost: each title line with the paragraphs under it', () => {
    const found = tasks(dedent(`
      3. Nhiệm vụ và giải pháp chủ yếu
      Phát triển nông nghiệp theo hướng hàng hóa
      Ứng dụng công nghệ cao trong sản xuất lúa.
      Mở rộng vùng nguyên liệu tập trung.
      Đẩy mạnh thu hút đầu tư
      Hoàn thiện hạ tầng cụm công nghiệp.
      4. Tổ chức thực hiện
    `))
    expect(found).toEqual([
      {label: null, group: null, line: 2, endLine: 4, title: 'Phát triển nông nghiệp theo hướng hàng hóa'},
      {label: null, group: null, line: 5, endLine: 6, title: 'Đẩy mạnh thu hút đầu tư'}
    ])
  })

  it('should read each paragraph as a task where none is a title, and a lead alone over them as none', () => {
    const found = tasks(dedent(`
      2. Nhiệm vụ, giải pháp chủ yếu
      Để thực hiện thắng lợi các mục tiêu trên, cần tập trung:
      Tập trung phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao.
      Đẩy mạnh thu hút đầu tư, phát triển công nghiệp, dịch vụ.
      Điều 2. Tổ chức thực hiện
    `))
    expect(found.map((task) => [task.label, task.line, task.title])).toEqual([
      [null, 3, 'Tập trung phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao'],
      [null, 4, 'Đẩy mạnh thu hút đầu tư, phát triển công nghiệp, dịch vụ']
    ])
    // One paragraph alone is no list of tasks.
    expect(tasks('2. Nhiệm vụ, giải pháp chủ yếu\nTập trung phát triển nông nghiệp.\n3. Tổ chức thực hiện')).toEqual([])
  })

  it('should read a) b) items and "+" bullets', () => {
    expect(tasks('Điều 2. Nhiệm vụ, giải pháp chủ yếu\na) Phát triển nông nghiệp.\nb) Tăng cường quản lý thu, chi ngân sách.').map((task) => task.label)).toEqual(['a)', 'b)'])
    expect(tasks('3. Các nhiệm vụ trọng tâm\n+ Đẩy mạnh cải cách hành chính.\n+ Tăng cường chuyển đổi số.').map((task) => [task.label, task.title])).toEqual([
      ['+', 'Đẩy mạnh cải cách hành chính'],
      ['+', 'Tăng cường chuyển đổi số']
    ])
  })

  it('should read "Một là, …" ordinal paragraphs as tasks', () => {
    const found = tasks('3. Nhiệm vụ, giải pháp chủ yếu\nĐể hoàn thành các mục tiêu trên, cần thực hiện:\nMột là, tập trung chỉ đạo sản xuất nông nghiệp.\nHai là, đẩy mạnh thu hút đầu tư.')
    expect(found.map((task) => [task.label, task.title])).toEqual([
      ['Một là', 'tập trung chỉ đạo sản xuất nông nghiệp'],
      ['Hai là', 'đẩy mạnh thu hút đầu tư']
    ])
  })

  it('should cut a long first sentence at a word break before 160 characters', () => {
    const long = `3.1. ${'Tăng cường quản lý nhà nước về đất đai '.repeat(8)}`
    const [task] = tasks(`3. Nhiệm vụ giải pháp\n${long}`)
    expect(task?.title.length).toBeLessThanOrEqual(160)
    expect(long).toContain(task?.title ?? '-')
  })

  it('should read "Các giải pháp tổ chức thực hiện kế hoạch" as a tasks section, unlike "Tổ chức thực hiện"', () => {
    const found = tasks('2. Các giải pháp tổ chức thực hiện kế hoạch tài chính 03 năm\n2.1. Thu ngân sách\nTăng cường quản lý thu.\n3. Tổ chức thực hiện\n3.1. Sở Tài chính chủ trì.')
    expect(found.map((task) => task.label)).toEqual(['2.1'])
  })

  it('should read bold unnumbered group lines as tasks with label null', () => {
    const found = tasks('3. Nhiệm vụ và giải pháp chủ yếu\n**Về phát triển kinh tế**\n- Tập trung thu ngân sách.\n**Về văn hóa - xã hội**\n- Chăm lo đời sống.')
    expect(found.map((task) => [task.label, task.title])).toEqual([
      [null, 'Về phát triển kinh tế'],
      [null, 'Về văn hóa - xã hội']
    ])
  })

  it('should not take an item that mentions tasks for the tasks section', () => {
    const found = tasks('3. Nhiệm vụ và giải pháp chủ yếu\n3.1. Tập trung thực hiện các nhiệm vụ lớn, trọng tâm\nHoàn thành dứt điểm.\n3.2. Đẩy mạnh phát triển công nghiệp.')
    expect(found.map((task) => task.label)).toEqual(['3.1', '3.2'])
  })
})

describe('extractTasks on the seeds', () => {
  const counts: Record<string, number> = {
    '000_7d171519f209845d': 7,
    '001_b4e47fb29186cbe5': 23,
    '002_17c5f32e7502a0cf': 14,
    '003_c59187114e89ad75': 18,
    '004_8cf2f54e953284da': 8
  }
  for (const [stem, count] of Object.entries(counts)) {
    it(`should find the ${count} tasks of ${stem}`, () => {
      expect(tasks(readSeed(stem))).toHaveLength(count)
    })
  }

  it('should repair page breaks and footnote bodies inside task text (seed 003, 3.3)', () => {
    const {root, outline, file} = stage(readSeed('003_c59187114e89ad75'))
    const task = extractTasks(root, outline, file).find((item) => item.label === '3.3')
    expect(task?.text).toContain('các khu công nghiệp, cụm công nghiệp. Tăng cường công khai')
    expect(task?.endLine).toBe(119)
  })
})
