import {describe, expect, it} from 'vitest'
import {parseTargets} from '../src/stages/parse-targets.js'
import {namesOtherPeriod, withoutPastYearFigures} from '../src/stages/plan-period.js'

/** comparator and value (or range) of each target `withoutPastYearFigures` keeps. */
function kept(text: string, planYear: number | null = 2026) {
  return withoutPastYearFigures(text, parseTargets(text), planYear).map((target) => [target.comparator, target.value ?? [target.min, target.max]])
}

describe('namesOtherPeriod', () => {
  it('should tell a heading about another period from one about the plan year', () => {
    expect(namesOtherPeriod('các chỉ tiêu chủ yếu giai đoạn 2026-2030', 2025)).toBe(true)
    expect(namesOtherPeriod('các chỉ tiêu chủ yếu năm 2025', 2025)).toBe(false)
    expect(namesOtherPeriod('các chỉ tiêu chủ yếu', 2025)).toBe(false)
  })
})

describe('withoutPastYearFigures', () => {
  it("should leave out the past year's result in a result-and-plan sentence", () => {
    expect(kept('Thu ngân sách nhà nước trên địa bàn: năm 2025 ước đạt 412,5 tỷ đồng, năm 2026 phấn đấu đạt trên 440 tỷ đồng')).toEqual([['gt', 440]])
    expect(kept('Giá trị sản xuất (giá so sánh 2010): năm 2025 ước tăng 7,8%, năm 2026 phấn đấu tăng 8 - 8,5%')).toEqual([['range', [8, 8.5]]])
    expect(kept('Tỷ lệ hộ nghèo: Năm 2025 ước còn 2,9%; năm 2026 giảm còn dưới 2,4%')).toEqual([['lt', 2.4]])
  })

  it("should keep a figure compared with a past year, and every figure where no clause names the plan year", () => {
    expect(kept('Tổng vốn đầu tư đạt 3.200 tỷ đồng, tăng 10% so với năm 2025')).toEqual([['eq', 3200], ['eq', 10]])
    expect(kept('Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp 33%')).toEqual([['eq', 70], ['eq', 33]])
    expect(kept('Năm 2025 đạt 95%, tăng 2%')).toEqual([['eq', 95], ['eq', 2]])
    expect(kept('Thu ngân sách: năm 2025 ước đạt 412,5 tỷ đồng, năm 2026 đạt 440 tỷ đồng', null)).toEqual([['approx', 412.5], ['eq', 440]])
  })
})
