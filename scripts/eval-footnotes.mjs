#!/usr/bin/env node
// Scores the footnote and annex stages on the seeds against the hand-made gold, the way
// ../shared/tools/score.mjs scores footnotes (F1, text exact, links F1) and appendix rows (rows F1,
// cells exact).
//
//   node scripts/eval-footnotes.mjs [--gold DIR] [--seeds DIR] [--only NAME] [--verbose]
//
// The two stages are compiled alone with tsc into a temporary directory first (no build needed).
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {VFile} from 'vfile'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const index = args.indexOf(name)
  return index === -1 ? fallback : args[index + 1]
}
const goldDir = opt('--gold', resolve(root, '../shared/gold'))
const seedDir = opt('--seeds', join(root, 'seeds'))
const only = opt('--only', undefined)
const verbose = args.includes('--verbose')

// ---------- compile the stages alone ----------
const outDir = mkdtempSync(join(tmpdir(), 'eval-footnotes-'))
const tsc = join(root, 'node_modules/.bin/tsc')
execFileSync(
  tsc,
  [
    '--outDir', outDir, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
    '--strict', '--skipLibCheck', '--rootDir', join(root, 'src'),
    join(root, 'src/stages/resolve-footnotes.ts'), join(root, 'src/stages/extract-appendix.ts')
  ],
  {stdio: 'inherit', cwd: root}
)
const {resolveFootnotes} = await import(pathToFileURL(join(outDir, 'stages/resolve-footnotes.js')).href)
const {extractAppendix} = await import(pathToFileURL(join(outDir, 'stages/extract-appendix.js')).href)
rmSync(outDir, {recursive: true, force: true})

const toLines = (text) =>
  text.split(/\r?\n/).map((value, index) => ({line: index + 1, text: value.normalize('NFC').replace(/\u00a0/g, ' ')}))

// ---------- the scorer's helpers (same as score.mjs) ----------
const norm = (s) =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s;.,:]+$/, '')
    .trim()
const tokens = (s) => norm(s).split(/[^\p{L}\p{N}%‰]+/u).filter(Boolean)
function dice(a, b) {
  const ta = tokens(a)
  const tb = tokens(b)
  if (ta.length === 0 && tb.length === 0) return 1
  const bag = new Map()
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
function match(goldItems, predItems, sim, threshold) {
  const used = new Set()
  const pairs = []
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
      pairs.push([g, predItems[best]])
    } else pairs.push([g, null])
  }
  return {pairs, extra: predItems.filter((_, i) => !used.has(i))}
}

const sets = {}
const bump = (key, tp, fp, fn) => {
  const t = (sets[key] ??= {tp: 0, fp: 0, fn: 0})
  t.tp += tp
  t.fp += fp
  t.fn += fn
}
const rates = {}
const tally = (key, ok) => {
  const r = (rates[key] ??= {ok: 0, n: 0})
  r.n++
  if (ok) r.ok++
}
const misses = []

// ---------- score ----------
const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json') && (!only || f.includes(only)))
for (const goldFile of goldFiles) {
  const gold = JSON.parse(readFileSync(join(goldDir, goldFile), 'utf8'))
  const seedPath = join(seedDir, gold.file ?? goldFile.replace(/\.json$/, '.txt'))
  if (!existsSync(seedPath)) continue
  const name = goldFile.replace(/\.json$/, '')
  const lines = toLines(readFileSync(seedPath, 'utf8'))
  const file = new VFile({path: seedPath})
  const resolution = resolveFootnotes(lines, file)
  const appendix = extractAppendix(lines, resolution, file)

  if (gold.footnotes) {
    const {pairs, extra} = match(gold.footnotes, resolution.footnotes, (a, b) => (String(a.label) === String(b.label) ? 1 : 0), 1)
    let tp = 0
    let ltp = 0
    let lfp = 0
    let lfn = 0
    for (const [gf, pf] of pairs) {
      const want = new Set((gf.refLines ?? []).map(Number))
      if (!pf) {
        misses.push(`${name}: footnote missed: ${gf.label}`)
        lfn += want.size
        continue
      }
      tp++
      const textOk = norm(gf.text) === norm(pf.text)
      tally('footnote text exact', textOk)
      if (!textOk) misses.push(`${name}: footnote ${gf.label} text differs: want «${gf.text}» got «${pf.text}»`)
      tally('footnote line', gf.line === pf.line)
      const got = new Set(pf.refs.map((r) => r.line))
      for (const l of got) want.has(l) ? ltp++ : lfp++
      for (const l of want) if (!got.has(l)) lfn++
      if ([...want].some((l) => !got.has(l)) || [...got].some((l) => !want.has(l)))
        misses.push(`${name}: footnote ${gf.label} refs: want ${[...want]} got ${[...got]}`)
    }
    for (const e of extra) {
      misses.push(`${name}: footnote extra: ${e.label} (line ${e.line})`)
      lfp += e.refs.length
    }
    bump('footnotes', tp, extra.length, gold.footnotes.length - tp)
    bump('footnote links', ltp, lfp, lfn)
  }

  if (gold.appendix) {
    const {pairs, extra} = match(gold.appendix, appendix, (a, b) => (norm(a.label) === norm(b.label) ? 0.5 : 0) + 0.5 * dice(a.name, b.name), 0.8)
    let tp = 0
    for (const [ga, pa] of pairs) {
      if (!pa) {
        misses.push(`${name}: appendix row missed: ${ga.label} ${ga.name}`)
        continue
      }
      tp++
      for (const k of ['unit', 'plan', 'actual', 'assessment']) {
        if (!(k in ga)) continue
        const ok = norm(ga[k]) === norm(pa[k])
        tally('appendix cells exact', ok)
        if (!ok) misses.push(`${name}: appendix row ${ga.label} ${k}: want «${ga[k]}» got «${pa[k]}»`)
      }
      const footnotesOk = JSON.stringify([...(ga.footnotes ?? [])].sort()) === JSON.stringify([...pa.footnotes].sort())
      tally('appendix row footnotes', footnotesOk)
      if (!footnotesOk) misses.push(`${name}: appendix row ${ga.label} footnotes: want ${ga.footnotes} got ${pa.footnotes}`)
    }
    for (const e of extra) misses.push(`${name}: appendix row extra: ${e.label} ${e.name} (line ${e.line})`)
    bump('appendix rows', tp, extra.length, gold.appendix.length - tp)
  }

  if (verbose) {
    for (const message of file.messages) misses.push(`${name}: diagnostic ${message.ruleId} line ${message.line}: ${message.reason}`)
    for (const join of resolution.joins) misses.push(`${name}: join ${join.from} -> ${join.to}`)
  }
}

const prf = ({tp, fp, fn}) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp)
  const r = tp + fn === 0 ? 1 : tp / (tp + fn)
  return {p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r), tp, fp, fn}
}
const pct = (x) => (100 * x).toFixed(1).padStart(6)
console.log('set                    precision  recall     F1      tp    fp    fn')
for (const [k, v] of Object.entries(sets)) {
  const s = prf(v)
  console.log(`${k.padEnd(22)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f)}  ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`)
}
console.log('check                               rate      ok/n')
for (const [k, v] of Object.entries(rates).sort()) console.log(`${k.padEnd(34)} ${pct(v.n ? v.ok / v.n : 1)}   ${v.ok}/${v.n}`)
if (misses.length) {
  console.log(`\n${misses.length} differences:`)
  for (const m of misses) console.log('  ' + m)
}
