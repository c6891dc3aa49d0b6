import {describe, expect, it} from 'vitest'
import {cleanItemText, cleanParagraph} from '../src/stages/clean-text.js'

describe('star note references', () => {
  it('are no part of an item: "(*)" goes, not only its stars', () => {
    expect(cleanItemText('Tổng thu ngân sách nhà nước trên địa bàn đạt 760 tỷ đồng (*).').text).toBe('Tổng thu ngân sách nhà nước trên địa bàn đạt 760 tỷ đồng')
    expect(cleanItemText('Thu nhập bình quân đầu người đạt 75 triệu đồng(**)').text).toBe('Thu nhập bình quân đầu người đạt 75 triệu đồng')
  })

  it('go from task paragraphs too, marker-free or not', () => {
    expect(cleanParagraph('Hoàn thành 100% chỉ tiêu (*) được giao.', undefined, true).text).toBe('Hoàn thành 100% chỉ tiêu được giao.')
    expect(cleanParagraph('Hoàn thành 100% chỉ tiêu (*) được giao.').text).toBe('Hoàn thành 100% chỉ tiêu được giao.')
  })

  it('leave emphasis and other parentheses alone', () => {
    expect(cleanItemText('Tỷ lệ *(GRDP)* tăng 8% (giá so sánh)').text).toBe('Tỷ lệ (GRDP) tăng 8% (giá so sánh)')
  })
})
