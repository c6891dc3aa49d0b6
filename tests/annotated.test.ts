/**
 * Holdout corpus: fixtures/annotated/<name>.txt, hand-annotated in fixtures/annotated/<name>.gold.json
 * (format: ../shared/gold/FORMAT.md). The documents use layouts the seeds do not have; the gold was written
 * from reading the texts, before the tool was run on them. Each document is scored like
 * ../shared/tools/score.mjs (dice >= 0.75 on indicator text, exact targets, label + title similarity for
 * tasks) and held to floors a little below what the tool reached when the corpus was made.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {extract} from '../src/extract.js'

const directory = fileURLToPath(new URL('../fixtures/annotated/', import.meta.url))
const names = readdirSync(directory)
  .filter((name) => name.endsWith('.gold.json'))
  .map((name) => name.replace(/\.gold\.json$/, ''))
  .sort()

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v))

// ---------- text helpers (as in score.mjs) ----------
const norm = (s: unknown): string =>
  str(s)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s;.,:]+$/, '')
    .trim()
const tokens = (s: unknown): string[] => norm(s).split(/[^\p{L}\p{N}%‰]+/u).filter(Boolean)
function dice(a: unknown, b: unknown): number {
  const ta = tokens(a)
  const tb = tokens(b)
  if (ta.length === 0 && tb.length === 0) return 1
  const bag = new Map<string, number>()
  for (const t of ta) bag.set(t, (bag.get(t) ?? 0) + 1)
  let common = 0
  for (const t of tb) {
    const n = bag.get(t) ?? 0
    if (n > 0) {
      common++
      bag.set(t, n - 1)
    }
  }
  return (2 * common) / (ta.length + tb.length)
}
const normUnit = (u: unknown): string => norm(u).replace(/\s*\/\s*/g, '/').replace(/\bđ\b/g, 'đồng')
const num = (x: unknown): number | null => (x === null || x === undefined || x === '' ? null : Number(x))
const sameNum = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

function match(goldItems: Obj[], predItems: Obj[], sim: (g: Obj, p: Obj) => number, threshold: number) {
  const used = new Set<number>()
  const pairs: Array<[Obj, Obj | null]> = []
  for (const g of goldItems) {
    let best = -1
    let bestScore = threshold
    predItems.forEach((p, i) => {
      if (used.has(i)) return
      const s = sim(g, p)
      if (s >= bestScore) {
        bestScore = s
        best = i
      }
    })
    if (best >= 0) {
      used.add(best)
      pairs.push([g, predItems[best] ?? null])
    } else pairs.push([g, null])
  }
  return {pairs, extra: predItems.filter((_, i) => !used.has(i))}
}

function targetKey(t: unknown) {
  const o = obj(t)
  return {
    comparator: str(o.comparator),
    direction: o.direction ?? null,
    value: num(o.value),
    min: num(o.min),
    max: num(o.max),
    unit: normUnit(o.unit)
  }
}
function sameTarget(g: unknown, p: unknown): boolean {
  const a = targetKey(g)
  const b = targetKey(p)
  if (a.comparator !== b.comparator || a.direction !== b.direction || a.unit !== b.unit) return false
  if (a.comparator === 'range') return sameNum(a.min, b.min) && sameNum(a.max, b.max)
  return sameNum(a.value, b.value)
}
function taskSim(a: Obj, b: Obj): number {
  const lab =
    a.label == null || b.label == null ? (a.label == null && b.label == null ? 1 : 0.5) : norm(a.label) === norm(b.label) ? 1 : 0
  const at = norm(a.title)
  const bt = norm(b.title ?? b.text)
  const head = Math.min(at.length, bt.length, 60)
  const prefix = head > 0 && at.slice(0, head) === bt.slice(0, head) ? 1 : dice(at.slice(0, 120), bt.slice(0, 120))
  return lab * 0.4 + prefix * 0.6
}

// ---------- scoring one document ----------
interface Count {
  tp: number
  fp: number
  fn: number
}
const f1 = ({tp, fp, fn}: Count): number => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp)
  const r = tp + fn === 0 ? 1 : tp / (tp + fn)
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}
interface Score {
  indicators: Count
  targets: Count
  tasks: Count
  footnotes: Count
  appendix: Count
  document: {ok: number; n: number}
  differences: string[]
}

function score(gold: Obj, record: Obj): Score {
  const s: Score = {
    indicators: {tp: 0, fp: 0, fn: 0},
    targets: {tp: 0, fp: 0, fn: 0},
    tasks: {tp: 0, fp: 0, fn: 0},
    footnotes: {tp: 0, fp: 0, fn: 0},
    appendix: {tp: 0, fp: 0, fn: 0},
    document: {ok: 0, n: 0},
    differences: []
  }
  const diff = (what: string) => s.differences.push(what)

  for (const [k, v] of Object.entries(obj(gold.document))) {
    const got = obj(record.document)[k]
    const ok = typeof v === 'string' ? norm(v) === norm(got) : JSON.stringify(v ?? null) === JSON.stringify(got ?? null)
    s.document.n++
    if (ok) s.document.ok++
    else diff(`document.${k}: want ${JSON.stringify(v)} got ${JSON.stringify(got)}`)
  }

  const gi = arr(gold.indicators).map(obj)
  const pi = arr(record.indicators).map(obj)
  const ind = match(gi, pi, (a, b) => dice(a.text, b.text), 0.75)
  for (const [g, p] of ind.pairs) {
    const gt = arr(g.targets)
    if (!p) {
      s.indicators.fn++
      s.targets.fn += gt.length
      diff(`indicator missed: ${str(g.label)} (line ${str(g.line)}) ${str(g.text).slice(0, 70)}`)
      continue
    }
    s.indicators.tp++
    if (norm(g.text) !== norm(p.text)) diff(`indicator text (line ${str(g.line)}): want «${str(g.text)}» got «${str(p.text)}»`)
    if (norm(g.label) !== norm(p.label)) diff(`indicator label (line ${str(g.line)}): want ${JSON.stringify(g.label)} got ${JSON.stringify(p.label)}`)
    if (norm(g.group) !== norm(p.group)) diff(`indicator group (line ${str(g.line)}): want ${JSON.stringify(g.group)} got ${JSON.stringify(p.group)}`)
    if (g.line !== p.line) diff(`indicator line: want ${str(g.line)} got ${str(p.line)} (${str(g.text).slice(0, 40)})`)
    const gf = JSON.stringify(arr(g.footnotes).map(String).sort())
    const pf = JSON.stringify(arr(p.footnotes).map(String).sort())
    if (gf !== pf) diff(`indicator footnotes (line ${str(g.line)}): want ${gf} got ${pf}`)
    const pt = arr(p.targets)
    const used = new Set<number>()
    let ttp = 0
    for (const t of gt) {
      const k = pt.findIndex((x, i) => !used.has(i) && sameTarget(t, x))
      if (k >= 0) {
        used.add(k)
        ttp++
      } else diff(`target missed (line ${str(g.line)}) ${str(g.text).slice(0, 40)}…: want ${JSON.stringify(targetKey(t))}`)
    }
    pt.forEach((x, i) => {
      if (!used.has(i)) diff(`target extra (line ${str(g.line)}): ${JSON.stringify(targetKey(x))}`)
    })
    s.targets.tp += ttp
    s.targets.fp += pt.length - ttp
    s.targets.fn += gt.length - ttp
  }
  s.indicators.fp += ind.extra.length
  for (const e of ind.extra) {
    s.targets.fp += arr(e.targets).length
    diff(`indicator extra: ${str(e.label)} (line ${str(e.line)}) ${str(e.text).slice(0, 70)}`)
  }

  const tasks = match(arr(gold.tasks).map(obj), arr(record.tasks).map(obj), taskSim, 0.75)
  for (const [g, p] of tasks.pairs) {
    if (!p) {
      s.tasks.fn++
      diff(`task missed: ${str(g.label)} (line ${str(g.line)}) ${str(g.title).slice(0, 70)}`)
    } else {
      s.tasks.tp++
      if (g.line !== p.line) diff(`task line: want ${str(g.line)} got ${str(p.line)} (${str(g.title).slice(0, 40)})`)
    }
  }
  s.tasks.fp += tasks.extra.length
  for (const e of tasks.extra) diff(`task extra: ${str(e.label)} (line ${str(e.line)}) ${str(e.title ?? e.text).slice(0, 70)}`)

  const notes = match(arr(gold.footnotes).map(obj), arr(record.footnotes).map(obj), (a, b) => (str(a.label) === str(b.label) ? 1 : 0), 1)
  for (const [g, p] of notes.pairs) {
    if (!p) {
      s.footnotes.fn++
      diff(`footnote missed: ${str(g.label)}`)
      continue
    }
    s.footnotes.tp++
    if (norm(g.text) !== norm(p.text)) diff(`footnote ${str(g.label)} text: want «${str(g.text)}» got «${str(p.text)}»`)
    const want = arr(g.refLines).map(Number).sort()
    const got = arr(p.refs ?? p.refLines)
      .map((r) => Number(typeof r === 'object' ? obj(r).line : r))
      .sort()
    if (JSON.stringify(want) !== JSON.stringify(got)) diff(`footnote ${str(g.label)} refs: want ${want.join(',')} got ${got.join(',')}`)
  }
  s.footnotes.fp += notes.extra.length
  for (const e of notes.extra) diff(`footnote extra: ${str(e.label)}`)

  const rows = match(
    arr(gold.appendix).map(obj),
    arr(record.appendix).map(obj),
    (a, b) => (norm(a.label) === norm(b.label) ? 0.5 : 0) + 0.5 * dice(a.name, b.name),
    0.8
  )
  for (const [g, p] of rows.pairs) {
    if (!p) {
      s.appendix.fn++
      diff(`appendix row missed: ${str(g.label)} ${str(g.name)}`)
      continue
    }
    s.appendix.tp++
    for (const k of ['unit', 'plan', 'actual', 'assessment'])
      if (k in g && norm(g[k]) !== norm(p[k])) diff(`appendix row ${str(g.label)} ${k}: want ${JSON.stringify(g[k])} got ${JSON.stringify(p[k])}`)
  }
  s.appendix.fp += rows.extra.length
  for (const e of rows.extra) diff(`appendix row extra: ${str(e.label)} ${str(e.name)}`)
  return s
}

// ---------- floors ----------
// The corpus was written (text and gold) before the tool was run on it; its first run found 7 tool
// errors (document number under a rule line, wrapped clauses after ";", page numbers in page breaks,
// table units, groups carrying their body, "dân số" read as a continuation, footnote bodies running
// on). With those fixed every document scores 1.0; the floors keep a small margin for judgement calls.
interface Floor {
  readonly indicators: number
  readonly targets: number
  readonly tasks: number
  readonly document: number
}

const ALL: Floor = {indicators: 0.95, targets: 0.95, tasks: 0.95, document: 0.95}
const FLOORS: Record<string, Floor> = {
  'huyen-cukuin-nq-2022-pdf-ngat-dong': ALL,
  'huyen-nghiahung-nq-2023-crlf-dau-cu': ALL,
  'phuong-haichau-nq-2026-noi-dong': ALL,
  'thixa-phumy-nq-2025-bang-chi-tieu': ALL,
  'tinh-quangnam-nq-2024-hai-cot': ALL,
  'tinh-thaibinh-nq-2025-nhom-abc': ALL,
  'tp-baoloc-bc-2024-phan-thu-hai': ALL,
  'xa-phuochung-nq-2023-cong-duthao': ALL,
  // Second batch (r2-*), written and annotated before the tool was run on it. Floors are what a good
  // extractor should reach on these layouts, not what this one reached.
  'r2-huyen-lucngan-nq-2021-pdf-dau-trang-lap': {indicators: 0.9, targets: 0.85, tasks: 0.9, document: 0.9},
  'r2-huyen-tamnong-bc-2023-so-sanh-hon-hop': {indicators: 0.9, targets: 0.85, tasks: 0.9, document: 0.9},
  'r2-huyen-thachthanh-bc-2025-phan-ii-muc-tieu-nhiem-vu': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  'r2-phuong-phuhoa-nq-2023-nfd-khoang-trang-cung': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  'r2-thixa-ninhhoa-nq-2024-markdown-thoat-ky-tu': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  'r2-tinh-ninhbinh-nq-2023-nhiem-vu-ba-cap': {indicators: 0.9, targets: 0.9, tasks: 0.85, document: 0.9},
  'r2-tp-caolanh-nq-2022-nhom-chi-tieu-in-hoa': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  'r2-xa-myloc-nq-2024-bang-tab-hai-nam': {indicators: 0.9, targets: 0.85, tasks: 0.9, document: 0.9},
  // Third batch (r3-*), written and annotated before the tool was run on it; floors are what a good
  // extractor should reach on these layouts, not what this one reached.
  'r3-huyen-haihau-nq-2024-mot-la-hai-la': {indicators: 0.9, targets: 0.85, tasks: 0.9, document: 0.9},
  'r3-huyen-yenthanh-nq-2022-chi-tieu-mot-doan': {indicators: 0.85, targets: 0.8, tasks: 0.9, document: 0.9},
  'r3-quan-ngoquyen-nq-2021-chu-thich-cuoi-van-ban': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  'r3-thixa-sapa-nq-2024-phu-luc-cot-khoang-trang': {indicators: 0.9, targets: 0.85, tasks: 0.9, document: 0.9},
  'r3-tinh-binhdinh-bc-2025-phan-chu-hoa-cong-tru': {indicators: 0.85, targets: 0.85, tasks: 0.9, document: 0.9},
  'r3-tp-tuyhoa-nq-2023-ngoac-don-la-ma': {indicators: 0.9, targets: 0.85, tasks: 0.85, document: 0.9},
  'r3-xa-tamduong-bc-2026-nhom-in-dam-gach-ngang': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  'r3-xa-tanphutrung-nq-2022-dau-tach-roi-tab': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  // Fourth batch (r4-*), written and annotated before the tool was run on it; floors are what a good
  // extractor should reach on these layouts, not what this one reached.
  'r4-huyen-kimson-nq-2024-chi-tieu-bon-dong': {indicators: 0.85, targets: 0.85, tasks: 0.9, document: 0.9},
  'r4-huyen-tuyphuoc-nq-2023-sao-chep-web': {indicators: 0.85, targets: 0.85, tasks: 0.9, document: 0.9},
  'r4-phuong-dongvinh-nq-2024-danh-so-tron-lan': {indicators: 0.85, targets: 0.85, tasks: 0.8, document: 0.9},
  // Open convention: the gold writes "phần trăm" and "ô/oo" as "%" and "‰"; the tool keeps units as written.
  'r4-thixa-buonho-nq-2025-tieu-de-in-hoa-phan-tram-chu': {indicators: 0.85, targets: 0.65, tasks: 0.85, document: 0.9},
  'r4-tinh-hatinh-nq-2025-ngat-trang-giua-muc': {indicators: 0.9, targets: 0.85, tasks: 0.9, document: 0.9},
  // Known gap: under a two-row merged header ("Kế hoạch 2024" over "Giao | Phấn đấu") only the first plan
  // column is read, so the aspirational "Phấn đấu" figures are missed.
  'r4-tinh-soctrang-nq-2024-phu-luc-tieu-de-hai-tang': {indicators: 0.85, targets: 0.65, tasks: 0.9, document: 0.9},
  'r4-tp-vinhyen-bc-2025-hai-danh-sach-chi-tieu': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  'r4-xa-tanlap-nq-2024-dieu-1-dieu-2': {indicators: 0.9, targets: 0.9, tasks: 0.9, document: 0.9},
  // Fifth and sixth batches (r5-*, r6-*, nine each), written and annotated by helpers before the tool was
  // run on them (first runs: indicators F1 85.7 and 89.1, targets 90.8 and 86.3, tasks 90.8 and 93.1).
  // The errors they showed were fixed as general rules; the floors keep a margin for judgement calls.
  'r5-huyen-ductho-nq-2020-ma-1258-dau-cong': ALL,
  // Open convention: "85 hộ nghèo": the gold's unit is "hộ", the tool's "hộ nghèo" (a unit of its tables).
  'r5-huyen-lacthuy-nq-2025-chi-tieu-danh-so-lai-trong-dieu-1': ALL,
  'r5-phuong-vanxuan-bc-2026-crlf-phu-luc-ke-hoach-hai-nam': ALL,
  'r5-thixa-badon-bc-2026-hai-nam-mot-dong-dau-cong': ALL,
  'r5-tinh-gialai-nq-2026-pdf-chu-thich-cat-doan': ALL,
  'r5-tinh-tuyenquang-kh-2025-nhom-abc-danh-so-lien-tuc': ALL,
  'r5-tp-longkhanh-nq-2024-markdown-nhan-dam-bang-chi-tieu': ALL,
  'r5-xa-hoatien-nq-2025-chi-tieu-ngoac-don-ba-doan-phu-luc-tab': ALL,
  'r5-xa-hoptien-nq-2026-word-tieu-de-tab-nhom-abc': ALL,
  'r6-huyen-duchoa-bc-2025-bang-tab-nhiem-vu-in-dam': ALL,
  // Open convention: "3. Tổng thu … trong đó:" over "- Thu nội địa …" bullets: the gold makes the bullets
  // part of item 3, the tool (as FORMAT.md's "each bullet is one indicator" and the r3-tinh-binhdinh gold
  // have it) separate indicators.
  'r6-huyen-hamthuanbac-nq-2025-pdf-tieu-de-hai-cot-so-trang-chu-thich-chan-trang': {indicators: 0.85, targets: 0.85, tasks: 0.95, document: 0.95},
  'r6-phuong-banco-bc-2026-utf16-crlf-bang-ong-ty-le': ALL,
  // Open convention: a group heading carrying two ";" clauses ("- Về quốc phòng - an ninh: hoàn thành …;
  // tỷ lệ xã … trên 85%") is one indicator for the tool (as the huyen-nghiahung gold has it), two here.
  'r6-thixa-kyanh-nq-2026-nhom-chi-tieu-mot-doan-cham-phay': {indicators: 0.9, targets: 0.9, tasks: 0.95, document: 0.95},
  'r6-tinh-langson-nq-2025-dieu-chinh-chi-tieu-tu-len-xuong': ALL,
  'r6-tinh-phutho-nq-2025-word-nam-nhom-chi-tieu-chu-thich-sau-ngoac': ALL,
  'r6-tinh-quangtri-bc-2026-phan-thu-muc-abc-chu-thich-ngat-trang': ALL,
  'r6-tp-cantho-nq-2025-dieu-hai-cham-nhom-in-nghieng-phan-nghin': ALL,
  // The annotator labelled the tasks "a)"…"e)" as "a"…"e"; the gold now writes them as the document does,
  // as FORMAT.md ("the document's own label") and the other golds have it.
  'r6-xa-tienhai-nq-2026-web-thuc-the-html-dau-cu-ngat-so': ALL,
  // Seventh batch (r7-*), written and annotated the same way (first run: indicators F1 89.5, targets 91.7,
  // tasks 99.3, document fields 89/90: an adoption sentence without a date).
  'r7-huyen-lucyen-bc-2025-du-thao-so-de-trong-gach-dau-dong-nhieu-chi-so': ALL,
  // Known gap: an OCR slip, a stray "|" before "(11)", makes that line a table row and loses the item.
  'r7-huyen-quyhop-nq-2024-ocr-ban-quet-tieu-de-hai-cot-doc-lan-luot': {indicators: 0.9, targets: 0.9, tasks: 0.95, document: 0.95},
  'r7-huyen-vanban-bc-2025-phan-la-ma-nhom-in-dam-khong-hai-cham-giai-phap-tieu-de-dam-bang-ong': ALL,
  'r7-phuong-tandinh-bc-2026-dau-chan-trang-lap-ngat-trang-sau-tieu-de-phu-luc-ong': ALL,
  'r7-tinh-kontum-nq-2025-doan-mot-dong-ngat-trang-so-trang-chu-thich-chan-trang': ALL,
  'r7-tinh-vinhlong-nq-2026-chi-tieu-hai-dong-nhiem-vu-danh-so-lai': ALL,
  'r7-tp-vungtau-nq-2025-tieu-de-viet-tat-ky-hop-bang-chu-so-sanh-ky-hieu': ALL,
  'r7-xa-phuloc-nq-2026-mot-dieu-chi-tieu-abc-nhiem-vu-gach-dau-dong-chu-thich-sau-chu-ky': ALL,
  'r7-xa-tanuyen-nq-2026-so-co-nam-ngay-thang-ngat-dong-phu-luc-tab': ALL
}
const DEFAULT_FLOOR: Floor = {indicators: 0.8, targets: 0.8, tasks: 0.8, document: 0.8}

function run(name: string): Score {
  const gold = obj(JSON.parse(readFileSync(join(directory, `${name}.gold.json`), 'utf8')))
  const record = extract({path: `fixtures/annotated/${name}.txt`, bytes: readFileSync(join(directory, `${name}.txt`))})
  return score(gold, obj(JSON.parse(JSON.stringify(record))))
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6)
const results = new Map<string, Score>()

describe('annotated holdout corpus', () => {
  it('should have annotated documents', () => {
    expect(names.length).toBeGreaterThanOrEqual(8)
  })

  for (const name of names) {
    it(`should reach the floors on ${name}`, () => {
      const s = run(name)
      results.set(name, s)
      const documentRate = s.document.n ? s.document.ok / s.document.n : 1
      console.log(
        `${name}: indicators F1 ${pct(f1(s.indicators))}  targets F1 ${pct(f1(s.targets))}  tasks F1 ${pct(f1(s.tasks))}  ` +
          `document ${s.document.ok}/${s.document.n}\n` +
          s.differences.map((d) => `    ${d}`).join('\n')
      )
      const floor = FLOORS[name] ?? DEFAULT_FLOOR
      expect.soft(f1(s.indicators), 'indicators F1').toBeGreaterThanOrEqual(Math.max(0.8, floor.indicators))
      expect.soft(f1(s.tasks), 'tasks F1').toBeGreaterThanOrEqual(Math.max(0.8, floor.tasks))
      expect.soft(f1(s.targets), 'targets F1').toBeGreaterThanOrEqual(floor.targets)
      expect.soft(documentRate, 'document fields').toBeGreaterThanOrEqual(floor.document)
    })
  }

  afterAll(() => {
    const sum = (k: 'indicators' | 'targets' | 'tasks' | 'footnotes' | 'appendix'): Count =>
      [...results.values()].reduce((a, s) => ({tp: a.tp + s[k].tp, fp: a.fp + s[k].fp, fn: a.fn + s[k].fn}), {tp: 0, fp: 0, fn: 0})
    const doc = [...results.values()].reduce((a, s) => ({ok: a.ok + s.document.ok, n: a.n + s.document.n}), {ok: 0, n: 0})
    const lines = ['', 'annotated corpus                          indicators  targets    tasks  document']
    for (const [name, s] of [...results].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(
        `${name.padEnd(40)} ${pct(f1(s.indicators))}   ${pct(f1(s.targets))}  ${pct(f1(s.tasks))}   ${s.document.ok}/${s.document.n}`
      )
    lines.push(
      `${'TOTAL (F1 over pooled counts)'.padEnd(40)} ${pct(f1(sum('indicators')))}   ${pct(f1(sum('targets')))}  ${pct(f1(sum('tasks')))}   ${doc.ok}/${doc.n}`,
      `footnotes F1 ${pct(f1(sum('footnotes')))}   appendix rows F1 ${pct(f1(sum('appendix')))}`
    )
    console.log(lines.join('\n'))
  })
})
