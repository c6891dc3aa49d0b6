import {describe, expect, it} from 'vitest'
import {linkIndicators, readTaskContent} from '../src/stages/read-task-content.js'
import type {Paragraph} from '../src/stages/parse-blocks.js'
import type {Indicator} from '../src/schema.js'
import {stage} from './helpers/pipeline.js'

function content(text: string) {
  const paragraphs = stage(text).root.children.filter((block): block is Paragraph => block.type === 'paragraph')
  return readTaskContent(paragraphs.map((paragraph) => ({paragraph, from: 0})))
}

describe('readTaskContent', () => {
  it('should read each clause opened by an action verb, with its line', () => {
    const {actions} = content('Tăng cường quản lý thu ngân sách; quản lý chặt chẽ các nguồn thu.\nTiếp tục đẩy mạnh cải cách hành chính. Năm 2024 là năm quan trọng.')
    expect(actions.map((action) => [action.verb, action.line])).toEqual([
      ['tăng cường', 1],
      ['quản lý', 1],
      ['đẩy mạnh', 2]
    ])
    expect(actions[2]?.text).toBe('Tiếp tục đẩy mạnh cải cách hành chính')
  })

  it('should read quantified commitments with the target parser', () => {
    const {commitments} = content('Duy trì các mô hình hiện có, phấn đấu đạt từ 65 mô hình trở lên.')
    expect(commitments).toHaveLength(1)
    expect(commitments[0]).toMatchObject({comparator: 'gte', value: 65, unit: 'mô hình', line: 1})
  })

  it('should not take years, document numbers or dates for commitments', () => {
    const {commitments} = content('Thực hiện Nghị quyết số 98/2020/NQ-HĐND ngày 22/12/2020 giai đoạn 2021-2025.')
    expect(commitments).toEqual([])
  })
})

describe('linkIndicators', () => {
  const indicator = (id: string, label: string, value: number, unit: string): Indicator => ({
    id, label, group: null, sectionId: null, line: 1, text: '', footnotes: [],
    targets: [{raw: '', metric: null, comparator: 'eq', direction: null, value, min: null, max: null, unit, denominator: null, normalized: null, flags: []}]
  })
  const indicators = [indicator('ind-1', '(1)', 388.295, 'tỷ đồng'), indicator('ind-2', '(2)', 95, '%'), indicator('ind-5', '(5)', 12, 'xã')]

  it('should link a task to the indicator whose figure its commitment repeats', () => {
    const {commitments} = content('Phấn đấu thu ngân sách trên địa bàn đạt trên 388,295 tỷ đồng.')
    expect(linkIndicators('', commitments, indicators)).toEqual(['ind-1'])
  })

  it('should link an explicit reference to an indicator number', () => {
    expect(linkIndicators('Thực hiện hoàn thành chỉ tiêu số 5 về xây dựng nông thôn mới.', [], indicators)).toEqual(['ind-5'])
  })

  it('should not link on a bare percentage, which many indicators share', () => {
    const {commitments} = content('Phấn đấu tỷ lệ tham gia đạt 95%.')
    expect(linkIndicators('', commitments, indicators)).toEqual([])
  })
})
