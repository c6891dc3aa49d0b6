import {describe, expect, it} from 'vitest'
import {
  collectSeparatorEvidence,
  formatVietnameseNumber,
  NO_EVIDENCE,
  parseVietnameseNumber
} from '../src/stages/parse-number.js'

const valueOf = (text: string): number | undefined => parseVietnameseNumber(text)?.value

describe('parseVietnameseNumber', () => {
  it('should read "." as the thousands separator', () => {
    expect(valueOf('1.600')).toBe(1600)
    expect(valueOf('125.000')).toBe(125000)
    expect(valueOf('1.234.567')).toBe(1234567)
  })

  it('should read "," as the decimal separator', () => {
    expect(valueOf('2,45')).toBe(2.45)
    expect(valueOf('0,07')).toBe(0.07)
    expect(valueOf('12,7')).toBe(12.7)
  })

  it('should read both separators together', () => {
    expect(valueOf('2.610,4')).toBe(2610.4)
    expect(valueOf('12.789,8')).toBe(12789.8)
    expect(valueOf('1.234.567,891')).toBe(1234567.891)
  })

  it('should read a comma followed by three digits as a decimal comma and report it as ambiguous', () => {
    expect(parseVietnameseNumber('388,295')).toEqual({value: 388.295, ambiguous: true, style: 'vi'})
    expect(parseVietnameseNumber('1,600')).toEqual({value: 1.6, ambiguous: true, style: 'vi'})
  })

  it('should not report a comma as ambiguous when the group before it cannot open a thousands grouping', () => {
    expect(parseVietnameseNumber('0,125')).toEqual({value: 0.125, ambiguous: false, style: 'vi'})
    expect(parseVietnameseNumber('1600,125')).toEqual({value: 1600.125, ambiguous: false, style: 'vi'})
  })

  it('should read leading zeros as written in counts', () => {
    expect(valueOf('02')).toBe(2)
    expect(valueOf('04')).toBe(4)
    expect(parseVietnameseNumber('01')).toEqual({value: 1, ambiguous: false, style: 'plain'})
  })

  it('should read a dot that cannot separate thousands as an English decimal point', () => {
    expect(parseVietnameseNumber('7.5')).toEqual({value: 7.5, ambiguous: false, style: 'en'})
    expect(valueOf('0.600')).toBe(0.6)
    expect(valueOf('2023.5')).toBe(2023.5)
  })

  it('should read comma-grouped thousands as English', () => {
    expect(parseVietnameseNumber('1,234,567')).toEqual({value: 1234567, ambiguous: false, style: 'en'})
    expect(parseVietnameseNumber('1,600.5')).toEqual({value: 1600.5, ambiguous: false, style: 'en'})
  })

  it('should return null for text that is not a figure', () => {
    expect(parseVietnameseNumber('')).toBeNull()
    expect(parseVietnameseNumber('abc')).toBeNull()
    expect(parseVietnameseNumber('1..2')).toBeNull()
    expect(parseVietnameseNumber('1.2.3')).toBeNull()
    expect(parseVietnameseNumber('1,2,3')).toBeNull()
    expect(parseVietnameseNumber('1,')).toBeNull()
  })

  it('should read "1,600" as English thousands when the text writes English decimal points only', () => {
    const evidence = collectSeparatorEvidence('GRDP tăng 7.5%, thu ngân sách 1,600 tỷ đồng')
    expect(parseVietnameseNumber('1,600', evidence)).toEqual({value: 1600, ambiguous: false, style: 'en'})
  })

  it('should settle "388,295" as Vietnamese when the text writes Vietnamese decimals elsewhere', () => {
    const evidence = collectSeparatorEvidence('Thu ngân sách 388,295 tỷ đồng, tăng 2,5%')
    expect(parseVietnameseNumber('388,295', evidence)).toEqual({value: 388.295, ambiguous: false, style: 'vi'})
  })

  it('should keep "1.600" as Vietnamese thousands but report it when the text also writes "7.5"', () => {
    const evidence = collectSeparatorEvidence('Vốn đầu tư 1.600 tỷ đồng, tăng 7.5%')
    expect(parseVietnameseNumber('1.600', evidence)).toEqual({value: 1600, ambiguous: true, style: 'vi'})
    expect(parseVietnameseNumber('1.600', NO_EVIDENCE)).toEqual({value: 1600, ambiguous: false, style: 'vi'})
  })

  it('should count a figure after a sign or punctuation above ASCII ("≥7.5%"), not after a letter ("H2O")', () => {
    expect(collectSeparatorEvidence('Tăng ≥7.5%').enDecimalPoint).toBe(true)
    expect(collectSeparatorEvidence('tỷ lệ “2.5” lần').enDecimalPoint).toBe(true)
    expect(collectSeparatorEvidence('khoảng –1.5 điểm').enDecimalPoint).toBe(true)
    expect(collectSeparatorEvidence('mẫu Ả2.5 và ×1.5').enDecimalPoint).toBe(true)
    expect(collectSeparatorEvidence('mẫu Ả2.5').enDecimalPoint).toBe(false)
    expect(collectSeparatorEvidence('loại đ2.5').enDecimalPoint).toBe(false)
  })

  it('should not take heading numbers such as "2.1." as English evidence', () => {
    expect(collectSeparatorEvidence('2.1. Về kinh tế').enDecimalPoint).toBe(false)
    expect(collectSeparatorEvidence('tăng 7.5%').enDecimalPoint).toBe(true)
  })
})

describe('formatVietnameseNumber', () => {
  it('should group thousands with "." and write decimals after ","', () => {
    expect(formatVietnameseNumber(1600)).toBe('1.600')
    expect(formatVietnameseNumber(2610.4)).toBe('2.610,4')
    expect(formatVietnameseNumber(0.07)).toBe('0,07')
    expect(formatVietnameseNumber(125000)).toBe('125.000')
    expect(formatVietnameseNumber(-1234.5)).toBe('-1.234,5')
  })

  it('should write very large and very small numbers without exponent notation', () => {
    expect(formatVietnameseNumber(1e21)).toBe('1.000.000.000.000.000.000.000')
    expect(formatVietnameseNumber(1.5e-7)).toBe('0,00000015')
  })

  it('should refuse infinite numbers', () => {
    expect(() => formatVietnameseNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
