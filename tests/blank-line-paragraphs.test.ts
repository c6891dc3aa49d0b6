/**
 * Files that put a blank line between paragraphs (web copies, some converters), and titles or sentences
 * typed as two paragraphs: a paragraph does not start with a lower-case letter, so a line that does after
 * a blank line goes on the paragraph before (the page-break joins of resolve-footnotes), even after a ";";
 * a title in capitals takes no such line (there, nor in parse-blocks without a blank line).
 */
import {describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'
import type {Paragraph} from '../src/stages/parse-blocks.js'
import {dedent, stage} from './helpers/pipeline.js'

function texts(text: string): string[] {
  return stage(text)
    .root.children.filter((block): block is Paragraph => block.type === 'paragraph')
    .map((paragraph) => paragraph.text)
}

const encoder = new TextEncoder()
const documentOf = (text: string) => extract({path: 'test.txt', bytes: encoder.encode(text)}).document

describe('a blank line before a line in lower case', () => {
  it('does not end the paragraph: the line goes on it', () => {
    const [paragraph, ...rest] = stage('Tình hình thực hiện kế hoạch năm 2024;\n\nmục tiêu, nhiệm vụ, giải pháp năm 2025\n').root.children as Paragraph[]
    expect(rest).toEqual([])
    expect(paragraph?.text).toBe('Tình hình thực hiện kế hoạch năm 2024; mục tiêu, nhiệm vụ, giải pháp năm 2025')
    // The line after the blank keeps its own line number.
    expect(paragraph?.segments.map((segment) => segment.line)).toEqual([1, 3])
    expect(texts('Dân số trung bình\n\n\nước đạt 1,2 triệu người.')).toEqual(['Dân số trung bình ước đạt 1,2 triệu người.'])
  })

  it('ends it before a marker, a parenthesis, a capital or a title in capitals', () => {
    expect(texts('Nhiệm vụ cụ thể:\n\na) Phát triển kinh tế;')).toEqual(['Nhiệm vụ cụ thể:', 'a) Phát triển kinh tế;'])
    expect(texts('Nguyễn Văn An\n\n(đã ký)')).toEqual(['Nguyễn Văn An', '(đã ký)'])
    expect(texts('Tăng trưởng 8%.\n\nThu ngân sách đạt 500 tỷ đồng.')).toEqual(['Tăng trưởng 8%.', 'Thu ngân sách đạt 500 tỷ đồng.'])
    expect(texts('NGHỊ QUYẾT\n\nvề nhiệm vụ năm 2025')).toEqual(['NGHỊ QUYẾT', 'về nhiệm vụ năm 2025'])
  })
})

describe('a title in capitals', () => {
  it('takes no line in lower case after it, blank line or not', () => {
    expect(texts('NGHỊ QUYẾT\nvề nhiệm vụ phát triển kinh tế - xã hội năm 2024')).toEqual(['NGHỊ QUYẾT', 'về nhiệm vụ phát triển kinh tế - xã hội năm 2024'])
    // One word in capitals is no title: "của" / "UBND" / "huyện …" is one sentence.
    expect(texts('Nhiệm vụ trọng tâm của\nUBND\nhuyện trong năm 2025.')).toEqual(['Nhiệm vụ trọng tâm của UBND huyện trong năm 2025.'])
  })

  it('is the kind of the document, and the line under it its title', () => {
    const document = documentOf(dedent(`
      HỘI ĐỒNG NHÂN DÂN
      TỈNH HƯNG YÊN

      Số: 412/NQ-HĐND

      NGHỊ QUYẾT
      về nhiệm vụ phát triển kinh tế - xã hội năm 2024

      HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN
      KHÓA XVII KỲ HỌP THỨ MƯỜI TÁM

      QUYẾT NGHỊ:

      Điều 1. Mục tiêu
    `))
    expect(document.kind).toBe('resolution')
    expect(document.title).toBe('về nhiệm vụ phát triển kinh tế - xã hội năm 2024')
    expect(document.planYear).toBe(2024)
  })
})

describe('a file with a blank line between its lines', () => {
  const report = dedent(`
    ỦY BAN NHÂN DÂN

    THÀNH PHỐ VĨNH YÊN

    --------

    Số: 412/BC-UBND

    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

    Độc lập - Tự do - Hạnh phúc

    ---------------

    Vĩnh Yên, ngày 28 tháng 11 năm 2024

    DỰ THẢO

    BÁO CÁO

    Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024;

    kế hoạch năm 2025 và định hướng phát triển giai đoạn 2026-2030

    Xét dự thảo kế hoạch của các phòng, ban.

    PHẦN I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2024
  `)

  it('keeps a title typed as two paragraphs whole, and the plan year it names', () => {
    const document = documentOf(report)
    expect(document.title).toBe('Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024; kế hoạch năm 2025 và định hướng phát triển giai đoạn 2026-2030')
    expect(document.planYear).toBe(2025)
  })

  it('reads a draft mark above the title below line 15, and none in the text under it', () => {
    expect(report.split('\n').findIndex((line) => line === 'DỰ THẢO') + 1).toBeGreaterThan(15)
    expect(documentOf(report).draft).toBe(true)
    expect(documentOf(report.replace('DỰ THẢO\n\n', '')).draft).toBe(false)
  })
})
