/** CSV/TSV text: RFC 4180 quoting, line endings, the BOM, formula escaping, and TSV rows that stay rows. */
import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'
import {escapeFormula, formatDelimited} from '../src/write/delimited.js'
import {type Field, type Row, TABLE_NAMES, TABLES, toRows} from '../src/write/tables.js'

const FIELDS: readonly Field[] = [
  {name: 'text', type: 'string', description: 'some text'},
  {name: 'value', type: 'number', description: 'a number'},
  {name: 'count', type: 'integer', description: 'an integer'},
  {name: 'draft', type: 'boolean', description: 'a flag'},
  {name: 'on', type: 'date', description: 'a date'}
]

function row(text: string | null, value: number | null = null, count: number | null = null, draft: boolean | null = null, on: string | null = null): Row {
  return {text, value, count, draft, on}
}

function csv(rows: readonly Row[], bom = false): string {
  return formatDelimited(FIELDS, rows, {delimiter: ',', bom})
}

/**
 * A strict RFC 4180 reader: only `terminator` ends a row outside quotes; a bare CR or LF outside quotes, a
 * quote inside an unquoted cell or text after a closing quote is an error.
 */
function parseDelimited(text: string, delimiter: string, terminator: string): string[][] {
  const rows: string[][] = []
  let cells: string[] = []
  let cell = ''
  let index = 0
  const endCell = () => {
    cells.push(cell)
    cell = ''
  }
  while (index < text.length) {
    if (text.startsWith('"', index) && cell === '') {
      let end = index + 1
      for (;;) {
        const quote = text.indexOf('"', end)
        if (quote === -1) throw new Error(`unclosed quote at ${index}`)
        if (text.startsWith('""', quote)) end = quote + 2
        else {
          end = quote
          break
        }
      }
      cell = text.slice(index + 1, end).replaceAll('""', '"')
      index = end + 1
      if (index < text.length && !text.startsWith(delimiter, index) && !text.startsWith(terminator, index)) throw new Error(`text after a closing quote at ${index}`)
      continue
    }
    if (text.startsWith(delimiter, index)) {
      endCell()
      index += delimiter.length
    } else if (text.startsWith(terminator, index)) {
      endCell()
      rows.push(cells)
      cells = []
      index += terminator.length
    } else {
      const char = text.charAt(index)
      if (char === '\r' || char === '\n' || char === '"') throw new Error(`bare ${JSON.stringify(char)} at ${index}`)
      cell += char
      index += 1
    }
  }
  if (cell !== '' || cells.length > 0) throw new Error('the last row has no line terminator')
  return rows
}

describe('formatDelimited as CSV', () => {
  it('should write a header row, then one CRLF-terminated line per row', () => {
    expect(csv([row('a', 1, 2, true, '2024-01-02'), row('b')])).toBe('text,value,count,draft,on\r\na,1,2,true,2024-01-02\r\nb,,,,\r\n')
  })

  it('should write only the header for no rows', () => {
    expect(csv([])).toBe('text,value,count,draft,on\r\n')
  })

  it('should quote Vietnamese text holding commas, quotes and line breaks (RFC 4180)', () => {
    const text = 'Tăng trưởng "xanh", bền vững;\nnăm 2024\r\nđạt 6,5%'
    expect(csv([row(text)])).toBe(`text,value,count,draft,on\r\n"Tăng trưởng ""xanh"", bền vững;\nnăm 2024\r\nđạt 6,5%",,,,\r\n`)
    expect(parseDelimited(csv([row(text)]), ',', '\r\n')[1]?.[0]).toBe(text)
  })

  it('should quote a cell whose only special character is a lone LF or CR', () => {
    expect(csv([row('dòng một\ndòng hai'), row('dòng một\rdòng hai')])).toBe('text,value,count,draft,on\r\n"dòng một\ndòng hai",,,,\r\n"dòng một\rdòng hai",,,,\r\n')
  })

  it('should not quote plain Vietnamese text', () => {
    expect(csv([row('Thu nhập bình quân đầu người (triệu đồng/người/năm)')]).split('\r\n')[1]).toBe('Thu nhập bình quân đầu người (triệu đồng/người/năm),,,,')
  })

  it('should write numbers in plain JS form and booleans as true/false', () => {
    const text = csv([row(null, 1_600_000_000_000, -3, false), row(null, 0.000_5, 0, true), row(null, -1.5, 12)])
    expect(text.split('\r\n').slice(1, 4)).toEqual([',1600000000000,-3,false,', ',0.0005,0,true,', ',-1.5,12,,'])
  })

  it('should tell null (empty cell) from the empty string only by quoting neither', () => {
    expect(csv([row(''), row(null)]).split('\r\n').slice(1, 3)).toEqual([',,,,', ',,,,'])
  })

  it('should put a UTF-8 byte-order mark first only when asked', () => {
    const withBom = csv([row('Hồng Lĩnh')], true)
    expect([...Buffer.from(withBom, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(withBom.slice(1)).toBe(csv([row('Hồng Lĩnh')]))
    expect(csv([row('Hồng Lĩnh')]).startsWith('text,')).toBe(true)
  })
})

describe('formula escaping', () => {
  it('should prefix a quote to text starting with = + - @ tab or CR', () => {
    for (const text of ['=SUM(A1:A9)', '+84 912 345 678', '- Tăng cường công tác quản lý', '@HYPERLINK("http://x")', '\t=1+1', '\r=1+1']) {
      expect(escapeFormula(text)).toBe(`'${text}`)
      expect(parseDelimited(csv([row(text)]), ',', '\r\n')[1]?.[0]).toBe(`'${text}`)
    }
  })

  it('should leave other text alone', () => {
    for (const text of ['Tăng 11%', '1=1', ' =1', "'=1", '', 'Đạt 100%']) expect(escapeFormula(text)).toBe(text)
  })

  it('should never change a number or integer column, negative or not', () => {
    expect(csv([row('-2', -1.5, -7)]).split('\r\n')[1]).toBe("'-2,-1.5,-7,,")
  })

  it('should escape dates and text the same way but never booleans', () => {
    expect(csv([row(null, null, null, true, '=1')]).split('\r\n')[1]).toBe(",,,true,'=1")
  })
})

describe('formatDelimited as TSV', () => {
  const tsv = (rows: readonly Row[]) => formatDelimited(FIELDS, rows, {delimiter: '\t', bom: false})

  it('should separate cells with tabs and end lines with LF', () => {
    expect(tsv([row('Hồng Lĩnh, Hà Tĩnh', 1.5, 2, true, '2023-12-20')])).toBe('text\tvalue\tcount\tdraft\ton\nHồng Lĩnh, Hà Tĩnh\t1.5\t2\ttrue\t2023-12-20\n')
  })

  it('should turn tabs and line breaks inside a cell into spaces so every line is one row', () => {
    const text = tsv([row('dòng một\ndòng hai\r\ndòng ba\tcột'), row('x')])
    expect(text.split('\n')).toEqual(['text\tvalue\tcount\tdraft\ton', 'dòng một dòng hai dòng ba cột\t\t\t\t', 'x\t\t\t\t', ''])
  })

  it('should escape a formula before replacing the tab it starts with', () => {
    expect(tsv([row('\t=1+1')]).split('\n')[1]).toBe("' =1+1\t\t\t\t")
  })

  it('should still quote a cell holding a double quote', () => {
    expect(tsv([row('Đề án "Mỗi xã một sản phẩm"')]).split('\n')[1]).toBe('"Đề án ""Mỗi xã một sản phẩm"""\t\t\t\t')
  })
})

describe('formatDelimited misuse', () => {
  it('should throw for a row without one of the fields', () => {
    expect(() => formatDelimited(FIELDS, [{text: 'a'}], {delimiter: ',', bom: false})).toThrow(/row 1 has no field "value"/)
  })

  it('should throw for a cell that does not match the type of its field', () => {
    expect(() => csv([{...row(null), value: '1,5'}])).toThrow(/field "value" \(number\)/)
    expect(() => csv([{...row(null), text: 3}])).toThrow(/field "text" \(string\)/)
    expect(() => csv([row(null, null, 1.5)])).toThrow(/not an integer/)
    expect(() => csv([row(null, Number.NaN)])).toThrow(/not a finite number/)
  })

  it('should throw for a bad delimiter', () => {
    expect(() => formatDelimited(FIELDS, [], {delimiter: ';' as ',', bom: false})).toThrow(/delimiter must be/)
  })
})

describe('formatDelimited on the seeds', () => {
  const directory = fileURLToPath(new URL('../seeds/', import.meta.url))
  const records = readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => extract({path: `seeds/${name}`, bytes: readFileSync(`${directory}${name}`)}))

  for (const table of TABLE_NAMES) {
    it(`should read back the ${table} table cell for cell, as CSV and as TSV`, () => {
      const {fields} = TABLES[table]
      const rows = records.flatMap((record) => toRows(record, table))
      const expected = (tsv: boolean) =>
        rows.map((cells) =>
          fields.map((field) => {
            const value = cells[field.name] ?? null
            if (value === null) return ''
            if (typeof value !== 'string') return String(value)
            const escaped = escapeFormula(value)
            return tsv ? escaped.replace(/\r\n|[\t\n\r]/g, ' ') : escaped
          })
        )
      const csvText = formatDelimited(fields, rows, {delimiter: ',', bom: false})
      expect(parseDelimited(csvText, ',', '\r\n')).toEqual([fields.map((field) => field.name), ...expected(false)])
      const tsvText = formatDelimited(fields, rows, {delimiter: '\t', bom: false})
      expect(tsvText.split('\n')).toHaveLength(rows.length + 2)
      expect(parseDelimited(tsvText, '\t', '\n')).toEqual([fields.map((field) => field.name), ...expected(true)])
      expect(formatDelimited(fields, rows, {delimiter: ',', bom: false})).toBe(csvText)
    })
  }

  it('should leave no text cell a spreadsheet would run as a formula', () => {
    for (const table of TABLE_NAMES) {
      const {fields} = TABLES[table]
      const text = formatDelimited(fields, records.flatMap((record) => toRows(record, table)), {delimiter: ',', bom: false})
      for (const cells of parseDelimited(text, ',', '\r\n')) {
        fields.forEach((field, index) => {
          if (field.type === 'string' || field.type === 'date') expect(cells[index]).not.toMatch(/^[=+\-@\t\r]/)
        })
      }
    }
  })
})

describe('formatDelimited without a header', () => {
  it('should write only the rows, so that a file can be appended to', () => {
    const fields: Field[] = [{name: 'a', type: 'string', description: 'a'}]
    expect(formatDelimited(fields, [{a: 'x'}], {delimiter: ',', bom: false, header: false})).toBe('x\r\n')
    expect(formatDelimited(fields, [], {delimiter: ',', bom: false, header: false})).toBe('')
  })
})
