/**
 * The fold table of the tokenizer (dense arrays, grown and rehashed as words come in) against folding
 * every word afresh: a word read from the table has the key and the bits it would get without it.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import '../src/stages/parse-targets.js' // builds and seals the phrase tables
import {foldWordForTest, tokenize, WORD} from '../src/stages/target-tokens.js'

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậếềểễệóòỏõọốồổỗộớờởỡợúùủũụứừửữựíìỉĩịýỳỷỹỵTỷlệQHUSD', '0', '7', 'e\u0301']

function expectFolded(text: string): void {
  const tokens = tokenize(text)
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kind(index) !== WORD) continue
    const [key, bits] = foldWordForTest(tokens.text(index))
    expect(tokens.key(index)).toBe(key)
    expect(tokens.bits(index)).toBe(bits)
  }
}

describe('fold table', () => {
  it('gives every word the key and bits of a fresh fold, first time and again', () => {
    const word = fc.array(fc.constantFrom(...LETTERS), {minLength: 1, maxLength: 16}).map((chars) => chars.join(''))
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 30}), (words) => {
        const text = words.join(' ')
        expectFolded(text)
        expectFolded(text)
      }),
      {numRuns: 500}
    )
  })

  it('stays right while it grows past its first size (thousands of distinct words)', () => {
    const words: string[] = []
    for (let n = 0; n < 20_000; n++) {
      let word = ''
      for (let rest = n; word.length === 0 || rest > 0; rest = Math.floor(rest / LETTERS.length)) word += LETTERS[rest % LETTERS.length]
      words.push(word)
    }
    for (let from = 0; from < words.length; from += 500) expectFolded(words.slice(from, from + 500).join(' '))
    for (let from = 0; from < words.length; from += 500) expectFolded(words.slice(from, from + 500).join(' '))
    expectFolded('Tỷ lệ hộ nghèo giảm còn dưới 1,8 % tăng trưởng kinh tế đạt trên 7 %')
  })
})
