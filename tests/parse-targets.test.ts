import {describe, expect, it} from 'vitest'
import {TargetSchema, type Target} from '../src/schema.js'
import {parseTargets} from '../src/stages/parse-targets.js'

/** The fields the gold scoring compares, plus the denominator. */
function keys(text: string) {
  return parseTargets(text).map((target: Target) => {
    TargetSchema.parse(target)
    const figure = target.comparator === 'range' ? {min: target.min, max: target.max} : {value: target.value}
    return {comparator: target.comparator, direction: target.direction, ...figure, unit: target.unit}
  })
}

const one = (text: string): Target => {
  const targets = parseTargets(text)
  expect(targets).toHaveLength(1)
  return targets[0] as Target
}

describe('parseTargets: comparators', () => {
  it('should read a bare figure as eq', () => {
    expect(keys('Tổng vốn đầu tư phát triển toàn xã hội 70.000 tỷ đồng')).toEqual([
      {comparator: 'eq', direction: null, value: 70000, unit: 'tỷ đồng'}
    ])
  })

  it('should read "đạt", "là" and "ở mức" as eq', () => {
    expect(keys('Tỷ lệ đô thị hóa đạt 46%')).toEqual([{comparator: 'eq', direction: null, value: 46, unit: '%'}])
    expect(keys('cấp trung học là 42 học sinh')).toEqual([{comparator: 'eq', direction: null, value: 42, unit: 'học sinh'}])
    expect(keys('tỷ số giới tính khi sinh ở mức 118,2 bé trai/100 bé gái')[0]?.comparator).toBe('eq')
  })

  it('should read "trên", "hơn" and "vượt" as gt', () => {
    expect(keys('Thu ngân sách đạt trên 125.000 triệu đồng')).toEqual([
      {comparator: 'gt', direction: null, value: 125000, unit: 'triệu đồng'}
    ])
    expect(keys('Đón hơn 2.000 lượt khách')[0]?.comparator).toBe('gt')
    expect(keys('Thu ngân sách vượt 5% dự toán')[0]?.comparator).toBe('gt')
  })

  it('should read "X trở lên", "từ X trở lên", "ít nhất" and "tối thiểu" as gte', () => {
    expect(keys('Tỷ lệ dân số có BHYT đạt 93% trở lên')).toEqual([{comparator: 'gte', direction: null, value: 93, unit: '%'}])
    expect(keys('Tỷ lệ người dân hài lòng đạt từ 90% trở lên')[0]?.comparator).toBe('gte')
    expect(keys('Phấn đấu có ít nhất 01 mô hình CCHC mới tại địa phương')).toEqual([
      {comparator: 'gte', direction: null, value: 1, unit: 'mô hình'}
    ])
    expect(keys('Tỷ lệ giải ngân tối thiểu 95%')[0]?.comparator).toBe('gte')
  })

  it('should read "trở lên" after the population of a share: "85% xã, thị trấn trở lên", but not after a clause', () => {
    expect(keys('Có 85% xã, thị trấn trở lên đạt tiêu chuẩn "An toàn về an ninh, trật tự"')).toEqual([{comparator: 'gte', direction: null, value: 85, unit: '%'}])
    expect(keys('80% số hộ trở lên sử dụng nước sạch')[0]?.comparator).toBe('gte')
    // (a clause of its own, or a figure, between them: "trở lên" is not the share's)
    expect(keys('Tỷ lệ 95% số trường học có nhà vệ sinh đạt chuẩn trở lên')[0]?.comparator).toBe('eq')
    expect(keys('Đạt 90% kế hoạch; 5 xã trở lên').map((target) => target.comparator)).toEqual(['eq', 'gte'])
  })

  it('should read "dưới" and "không quá" as lt and "tối đa" as lte', () => {
    expect(keys('Tỷ lệ phát triển dân số tự nhiên dưới 0,78%')).toEqual([{comparator: 'lt', direction: null, value: 0.78, unit: '%'}])
    expect(keys('Tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái')[0]?.comparator).toBe('lt')
    expect(keys('Bội chi ngân sách tối đa 3,5% GRDP')[0]?.comparator).toBe('lte')
  })

  it('should read "khoảng", "ước" and "gần" as approx', () => {
    expect(keys('Tạo việc làm mới cho khoảng 30.000 lao động')).toEqual([
      {comparator: 'approx', direction: null, value: 30000, unit: 'lao động'}
    ])
    expect(keys('Sản lượng lúa ước đạt 1,2 triệu tấn')[0]?.comparator).toBe('approx')
    expect(keys('Tỷ lệ bao phủ bảo hiểm y tế gần 100%')[0]?.comparator).toBe('approx')
  })

  it('should let the bound win over the hedge ("khoảng trên")', () => {
    expect(keys('GDP bình quân đầu người khoảng trên 5.000 USD')).toEqual([{comparator: 'gt', direction: null, value: 5000, unit: 'USD'}])
  })

  it('should read ranges written "X-Y", "X - Y", "từ X đến Y" and "X ÷ Y"', () => {
    expect(keys('GRDP tăng 7,5-8%')).toEqual([{comparator: 'range', direction: 'increase', min: 7.5, max: 8, unit: '%'}])
    expect(keys('Chỉ số giá tiêu dùng bình quân khoảng 4,5 - 5%')).toEqual([{comparator: 'range', direction: null, min: 4.5, max: 5, unit: '%'}])
    expect(keys('Có từ 2 đến 3 xã đạt chuẩn nông thôn mới')).toEqual([{comparator: 'range', direction: null, min: 2, max: 3, unit: 'xã'}])
    expect(keys('Tăng trưởng tín dụng 12 ÷ 14%')).toEqual([{comparator: 'range', direction: null, min: 12, max: 14, unit: '%'}])
  })

  it('should read "từ 04-06 xã" as a range, not a lower bound', () => {
    expect(keys('Phấn đấu đến hết năm 2023, toàn huyện có từ 04-06 xã đạt chuẩn nông thôn mới nâng cao')).toEqual([
      {comparator: 'range', direction: null, min: 4, max: 6, unit: 'xã'}
    ])
  })

  it('should read a range with the unit on both ends', () => {
    expect(keys('Tỷ lệ hộ nghèo giảm hàng năm 1%-1,5%')).toEqual([{comparator: 'range', direction: 'decrease', min: 1, max: 1.5, unit: '%'}])
  })
})

describe('parseTargets: direction', () => {
  it('should give increase where "tăng" governs the figure', () => {
    expect(keys('Giá trị sản xuất một số ngành kinh tế chủ yếu theo giá so sánh tăng 11%')).toEqual([
      {comparator: 'eq', direction: 'increase', value: 11, unit: '%'}
    ])
    expect(keys('xây dựng tăng: 10%')[0]?.direction).toBe('increase')
  })

  it('should give decrease for "giảm còn dưới" and keep the comparator', () => {
    expect(keys('Tỷ lệ hộ nghèo giảm còn dưới 1,8 %')).toEqual([{comparator: 'lt', direction: 'decrease', value: 1.8, unit: '%'}])
  })

  it('should take the direction of a verb that opens the clause', () => {
    expect(keys('Giảm tỷ lệ sinh là 0,07 ‰')).toEqual([{comparator: 'eq', direction: 'decrease', value: 0.07, unit: '‰'}])
    expect(one('Giảm tỷ lệ sinh là 0,07 ‰').metric).toBe('Tỷ lệ sinh')
  })

  it('should give no direction where "tăng" is part of the measure name', () => {
    expect(keys('Duy trì tỷ lệ tăng dân số tự nhiên dưới 1%')).toEqual([{comparator: 'lt', direction: null, value: 1, unit: '%'}])
    expect(keys('Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,5% trở lên')[0]?.direction).toBeNull()
    expect(keys('Tăng cường đào tạo nghề cho 500 lao động')[0]?.direction).toBeNull()
  })

  it('should give no direction to "còn" without a change verb, nor under "Duy trì"', () => {
    expect(keys('Duy trì tỷ lệ tăng dân số tự nhiên còn 0,8%, tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng còn dưới 12%')).toEqual([
      {comparator: 'eq', direction: null, value: 0.8, unit: '%'},
      {comparator: 'lt', direction: null, value: 12, unit: '%'}
    ])
  })

  it('should carry the direction over a parallel clause that shares the verb', () => {
    const targets = parseTargets('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm còn 9%; thể thấp còi còn 12,7%')
    expect(targets.map((target) => [target.value, target.direction])).toEqual([
      [9, 'decrease'],
      [12.7, 'decrease']
    ])
    expect(targets[1]?.flags).toContain('direction-carried')
  })

  it('should not carry a direction into a clause with its own verb', () => {
    expect(keys('Tỷ lệ hộ nghèo giảm còn 2%; tỷ lệ lao động qua đào tạo đạt 70%').map((target) => target.direction)).toEqual([
      'decrease',
      null
    ])
  })

  it('should make an aspirational restatement its own target with the same measure and direction', () => {
    const targets = parseTargets('Tổng sản phẩm trên địa bàn tính theo giá so sánh (GRDP) tăng 7,5-8%, phấn đấu trên 8%')
    expect(targets.map((target) => [target.comparator, target.direction, target.value ?? target.min])).toEqual([
      ['range', 'increase', 7.5],
      ['gt', 'increase', 8]
    ])
    expect(targets[1]?.metric).toBe(targets[0]?.metric)
  })

  it('should read the aspiration verb also when mistyped ("phân đầu")', () => {
    expect(keys('GRDP tăng 7,5-8%, phân đầu trên 8%')[1]).toEqual({comparator: 'gt', direction: 'increase', value: 8, unit: '%'})
  })

  it('should read over the old figure of an adjustment, with its own wording on both sides', () => {
    // (before, the old figure was a target too)
    expect(keys('Kim ngạch xuất nhập khẩu: điều chỉnh từ tăng 10% lên tăng 15% so với năm 2024')).toEqual([
      {comparator: 'eq', direction: 'increase', value: 15, unit: '%'}
    ])
    expect(keys('Tỷ lệ hộ nghèo: điều chỉnh từ giảm còn 10,5% xuống giảm còn dưới 10%')).toEqual([
      {comparator: 'lt', direction: 'decrease', value: 10, unit: '%'}
    ])
    expect(keys('Chỉ số giá tiêu dùng: điều chỉnh từ dưới 4% lên khoảng 4,5 - 5%').map((target) => target.comparator)).toEqual(['range'])
    // (a range "từ 5 đến 7" is no adjustment)
    expect(keys('Tăng từ 5 đến 7 xã').map((target) => target.comparator)).toEqual(['range'])
  })

  it('should read "lượt lao động" as one unit, as "lượt khách"', () => {
    expect(keys('Giải quyết việc làm cho 1.600 lượt lao động')).toEqual([{comparator: 'eq', direction: null, value: 1600, unit: 'lượt lao động'}])
  })

  it('should read over the starting figure of a change "từ X xuống Y"', () => {
    expect(keys('Giảm tỷ lệ hộ nghèo từ 3,5% xuống còn 2,5%')).toEqual([{comparator: 'eq', direction: 'decrease', value: 2.5, unit: '%'}])
  })
})

describe('parseTargets: units and scale', () => {
  it('should keep the unit as written with its scale word and normalise the scale away', () => {
    const target = one('Tổng vốn đầu tư phát triển toàn xã hội trên 1.600 tỷ đồng')
    expect(target.unit).toBe('tỷ đồng')
    expect(target.normalized).toEqual({value: 1.6e12, min: null, max: null, unit: 'đồng'})
  })

  it('should apply "vạn" and "nghìn" in the normalised figure', () => {
    expect(one('Tạo việc làm mới cho 2,45 vạn lao động').normalized).toEqual({value: 24500, min: null, max: null, unit: 'lao động'})
    expect(one('Tổng sản lượng lương thực có hạt đạt 96,6 nghìn tấn').normalized?.value).toBe(96600)
  })

  it('should keep percentages as they are in the normalised figure', () => {
    expect(one('Tỷ lệ đô thị hóa đạt 46%').normalized).toEqual({value: 46, min: null, max: null, unit: '%'})
  })

  it('should read compound units', () => {
    expect(one('Thu nhập bình quân đầu người trên 70 triệu đồng/người/năm').unit).toBe('triệu đồng/người/năm')
    expect(one('Năng suất lúa bình quân đạt 60 tạ/ha').unit).toBe('tạ/ha')
    expect(one('tỷ số giới tính khi sinh ở mức 118,2 bé trai/100 bé gái').unit).toBe('bé trai/100 bé gái')
    expect(one('Mật độ dân số 350 người/km2').unit).toBe('người/km2')
  })

  it('should share a "per" base between coordinated figures', () => {
    expect(keys('có 9,3 bác sỹ và 31 giường bệnh/1 vạn dân')).toEqual([
      {comparator: 'eq', direction: null, value: 9.3, unit: 'bác sỹ/1 vạn dân'},
      {comparator: 'eq', direction: null, value: 31, unit: 'giường bệnh/1 vạn dân'}
    ])
  })

  it('should read "52/52 thôn" as value 52 with denominator 52', () => {
    const target = parseTargets('52/52 thôn, tổ dân phố văn hóa, 95,8% gia đình văn hoá')[0]
    expect(target).toMatchObject({comparator: 'eq', value: 52, denominator: 52, unit: 'thôn, tổ dân phố'})
  })

  it('should read "7/7 khối dân cư" (the residential blocks of a ward) as a count, not a date', () => {
    expect(parseTargets('7/7 khối dân cư đạt danh hiệu khối văn hóa')[0]).toMatchObject({comparator: 'eq', value: 7, denominator: 7, unit: 'khối dân cư'})
    expect(parseTargets('ngày 7/7 khối dân cư ra quân')).toEqual([])
  })

  it('should read "hộ kinh doanh cá thể" whole, the registered form of a household business', () => {
    expect(parseTargets('Phát triển mới 45 doanh nghiệp, 160 hộ kinh doanh cá thể').map((target) => target.unit)).toEqual(['doanh nghiệp', 'hộ kinh doanh cá thể'])
  })

  it('should join a list of administrative units into one unit', () => {
    expect(one('Xây dựng 02 phường, xã đạt Bộ tiêu chí Quốc gia về Y tế xã giai đoạn đến năm 2030').unit).toBe('phường, xã')
  })

  it('should read a unit glued to the figure', () => {
    expect(one('Diện tích trồng rừng mới 150ha').unit).toBe('ha')
  })

  it('should read money in USD and đô la Mỹ', () => {
    expect(one('Kim ngạch xuất khẩu 7 tỷ USD').normalized).toEqual({value: 7e9, min: null, max: null, unit: 'USD'})
    expect(one('quy mô GDP đạt khoảng trên 500 tỉ đô la Mỹ (USD)').normalized?.unit).toBe('USD')
  })

  it('should guess an unknown count word and flag it', () => {
    const target = one('Trồng mới 5.000 gốc dừa')
    expect(target.unit).toBe('gốc')
    expect(target.flags).toContain('unit-guessed')
  })
})

describe('parseTargets: several targets', () => {
  it('should split on ";"', () => {
    expect(keys('Tỷ lệ dân số tham gia bảo hiểm y tế trên 97%; Tỷ lệ bao phủ bảo hiểm xã hội đạt trên 47%')).toHaveLength(2)
  })

  it('should split on "," and "và"', () => {
    expect(keys('Vận động 08 lao động đi làm việc ở nước ngoài, giới thiệu việc làm cho 275 lao động và dạy nghề nông thôn 36 lao động')).toEqual([
      {comparator: 'eq', direction: null, value: 8, unit: 'lao động'},
      {comparator: 'eq', direction: null, value: 275, unit: 'lao động'},
      {comparator: 'eq', direction: null, value: 36, unit: 'lao động'}
    ])
  })

  it('should split structure shares on " - "', () => {
    const targets = parseTargets('Cơ cấu kinh tế: công nghiệp, xây dựng 63% - thương mại, dịch vụ 30,5% - nông nghiệp, thủy sản 6,5%')
    expect(targets.map((target) => target.value)).toEqual([63, 30.5, 6.5])
    expect(targets[1]?.metric).toBe('Thương mại, dịch vụ')
  })

  it('should read the detail after "trong đó:"', () => {
    const targets = parseTargets('Thu ngân sách trên địa bàn 32.823 tỷ đồng, trong đó: thu nội địa 29.123 tỷ đồng, thu từ hoạt động xuất nhập khẩu 3.700 tỷ đồng')
    expect(targets.map((target) => [target.metric, target.value])).toEqual([
      ['Thu ngân sách trên địa bàn', 32823],
      ['Thu nội địa', 29123],
      ['Thu từ hoạt động xuất nhập khẩu', 3700]
    ])
  })

  it('should read the figures of a "(trong đó …)" parenthesis', () => {
    expect(keys('công nghiệp và xây dựng tăng 8,5-8,7% (trong đó công nghiệp tăng 8,5%; xây dựng tăng: 10%)')).toHaveLength(3)
  })

  it('should read a level and its change', () => {
    expect(keys('Thu nhập bình quân đầu người đạt 66,3 triệu đồng, tăng 5,6 triệu đồng so với năm 2022')).toEqual([
      {comparator: 'eq', direction: null, value: 66.3, unit: 'triệu đồng'},
      {comparator: 'eq', direction: 'increase', value: 5.6, unit: 'triệu đồng'}
    ])
  })

  it('should read percent-of-plan figures with unit "%"', () => {
    expect(keys('Thu ngân sách đạt 100% chỉ tiêu đề ra')).toEqual([{comparator: 'eq', direction: null, value: 100, unit: '%'}])
  })

  it('should take the metric from the words after a leading figure', () => {
    expect(one('100% đơn vị đạt tiêu chuẩn An toàn làm chủ - sẵn sàng chiến đấu').metric).toBe(
      'Đơn vị đạt tiêu chuẩn An toàn làm chủ - sẵn sàng chiến đấu'
    )
  })

  it('should name the metric without the comparator and verb words', () => {
    expect(one('Tỷ lệ hộ nghèo giảm còn dưới 1,8 %').metric).toBe('Tỷ lệ hộ nghèo')
    expect(one('Tỷ lệ hộ nghèo giảm còn dưới 1,8 %').raw).toBe('giảm còn dưới 1,8 %')
  })
})

describe('parseTargets: figures that are not targets', () => {
  it('should skip years, year ranges and periods', () => {
    expect(keys('Phấn đấu đến năm 2025 có 100% xã đạt chuẩn')).toEqual([{comparator: 'eq', direction: null, value: 100, unit: '%'}])
    expect(parseTargets('Kế hoạch giai đoạn 2021-2025')).toEqual([])
    expect(parseTargets('giai đoạn 2022 - 2025')).toEqual([])
    expect(parseTargets('Dự báo 03 năm 2026 - 2028 tỉnh Cà Mau')).toEqual([
      expect.objectContaining({value: 3, unit: 'năm'})
    ])
  })

  it('should skip dates and document numbers', () => {
    expect(parseTargets('Căn cứ Nghị quyết số 98/2020/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh')).toEqual([])
    expect(parseTargets('Tờ trình số 53/TTr-CP ngày 27/01/2025; Nghị quyết số 57-NQ/TW')).toEqual([])
    expect(parseTargets('Luật số 65/2020/QH14')).toEqual([])
  })

  it('should skip a road width qualifier in parentheses, also written in LaTeX', () => {
    expect(keys('mật độ đường giao thông (tính đến đường có chiều rộng phần xe chạy ≥ 7,5m) tăng 10% chất lượng')).toEqual([
      {comparator: 'eq', direction: 'increase', value: 10, unit: '%'}
    ])
    expect(keys('mật độ đường giao thông (chiều rộng phần xe chạy $\\geq 7,5\\text{m}$) tăng 10%')).toHaveLength(1)
  })

  it('should skip an age qualifier inside the metric', () => {
    expect(keys('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm còn 9%')).toEqual([
      {comparator: 'eq', direction: 'decrease', value: 9, unit: '%'}
    ])
    expect(keys('Tỷ lệ huy động trẻ 5 tuổi vào mẫu giáo đạt 100%')).toHaveLength(1)
  })

  it('should keep an age that is itself the target', () => {
    expect(keys('tuổi thọ trung bình trên 75 tuổi')).toEqual([{comparator: 'gt', direction: null, value: 75, unit: 'tuổi'}])
  })

  it('should skip labels such as "lớp 1"', () => {
    expect(keys('tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%')).toEqual([{comparator: 'eq', direction: null, value: 100, unit: '%'}])
  })

  it('should skip a per-unit base such as "trên 1ha đất"', () => {
    expect(keys('Giá trị sản phẩm trên 1ha đất trồng trọt và mặt nước nuôi trồng thủy sản đạt 245 triệu đồng')).toEqual([
      {comparator: 'eq', direction: null, value: 245, unit: 'triệu đồng'}
    ])
  })

  it('should skip map scales and figures of a base year in parentheses', () => {
    expect(parseTargets('Hoàn thiện quy hoạch chung tỷ lệ 1/10.000')).toEqual([])
    expect(keys('Giá trị sản xuất CN-TTCN (giá SS 2010) đạt 6.413,5 tỷ đồng')).toEqual([
      {comparator: 'eq', direction: null, value: 6413.5, unit: 'tỷ đồng'}
    ])
  })

  it('should ignore footnote superscripts glued to a figure', () => {
    expect(keys('Tỷ lệ hộ nghèo giảm còn 0,71%¹²')).toEqual([{comparator: 'eq', direction: 'decrease', value: 0.71, unit: '%'}])
    expect(keys('Thu ngân sách đạt 1.200³ tỷ đồng')).toEqual([{comparator: 'eq', direction: null, value: 1200, unit: 'tỷ đồng'}])
  })

  it('should keep m² as a unit, not a footnote marker', () => {
    expect(one('Diện tích nhà ở bình quân đạt 25 m² sàn/người').unit).toMatch(/^m²/)
  })

  it('should skip identifiers and names with numbers', () => {
    expect(parseTargets('Thương mại hóa 5G; chống dịch COVID-19; chứng nhận ISO 9001')).toEqual([])
    expect(parseTargets('Cụm công nghiệp Cổng Khánh 3 được thành lập')).toEqual([])
  })

  it('should return nothing for a text without figures', () => {
    expect(parseTargets('Hoàn thành xây dựng mới hoặc sửa chữa, nâng cấp các nhà văn hóa còn lại để đạt chuẩn')).toEqual([])
    expect(parseTargets('')).toEqual([])
  })
})

describe('parseTargets: separators', () => {
  it('should flag a figure whose separator stays ambiguous and keep the Vietnamese reading', () => {
    const target = one('Tổng thu ngân sách trên địa bàn đạt 388,295 tỷ đồng')
    expect(target.value).toBe(388.295)
    expect(target.flags).toContain('ambiguous-separator')
  })

  it('should read English separators where the text shows them', () => {
    const targets = parseTargets('GRDP tăng 7.5%, thu ngân sách 1,600 tỷ đồng')
    expect(targets.map((target) => target.value)).toEqual([7.5, 1600])
    expect(targets.every((target) => target.flags.includes('english-separator'))).toBe(true)
  })

  it('should accept evidence gathered over the whole document', () => {
    const evidence = {viDecimalComma: true, viThousandsDot: false, enDecimalPoint: false, enThousandsComma: false, dotThree: false}
    expect(parseTargets('Thu ngân sách đạt 388,295 tỷ đồng', {evidence})[0]?.flags).toEqual([])
  })
})

describe('parseTargets: numbers grouped with spaces, multipliers', () => {
  it('should read a space as the thousands separator', () => {
    expect(parseTargets('Giải quyết việc làm cho 3 500 lao động').map((target) => [target.value, target.unit])).toEqual([[3500, 'lao động']])
    expect(parseTargets('Diện tích 2 450 ha; sản lượng trên 15 000 tấn').map((target) => [target.comparator, target.value, target.unit])).toEqual([
      ['eq', 2450, 'ha'],
      ['gt', 15000, 'tấn']
    ])
  })

  it('should not merge a count with a following figure', () => {
    expect(parseTargets('02 xã, 500 hộ').map((target) => target.value)).toEqual([2, 500])
  })

  it('should read "tăng gấp 1,5 lần" as an increase', () => {
    expect(parseTargets('Tổng vốn đầu tư tăng gấp 1,5 lần so với năm 2022')[0]).toMatchObject({direction: 'increase', value: 1.5, unit: 'lần'})
  })
})
