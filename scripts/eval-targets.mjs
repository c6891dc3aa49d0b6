#!/usr/bin/env node
// Scores parseTargets against the targets of the gold indicators, the way ../shared/tools/score.mjs
// scores targets (comparator, direction, value or min/max, unit normalised), and prints every miss.
//
//   npx tsc -p tsconfig.build.json && node scripts/eval-targets.mjs [--gold DIR] [--module FILE] [--quiet]
//
// --module points at a compiled parse-targets.js when dist/ cannot be built (other files in progress):
//   npx tsc --outDir /tmp/tgt --rootDir src --module nodenext --moduleResolution nodenext --target es2022 \
//     --strict --skipLibCheck src/stages/parse-targets.ts
//   node scripts/eval-targets.mjs --module /tmp/tgt/stages/parse-targets.js
import {readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index === -1 ? fallback : args[index + 1]
}
const goldDir = option('--gold', new URL('../../shared/gold', import.meta.url).pathname)
const modulePath = option('--module', new URL('../dist/stages/parse-targets.js', import.meta.url).pathname)
const quiet = args.includes('--quiet')
const {parseTargets} = await import(pathToFileURL(resolve(modulePath)).href)

// ---- the comparison of score.mjs
const norm = (s) =>
  String(s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]+/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s;.,:]+$/, '')
    .trim()
const normUnit = (u) => norm(u).replace(/\s*\/\s*/g, '/').replace(/\bđ\b/g, 'đồng')
const num = (x) => (x === null || x === undefined || x === '' ? null : Number(x))
const sameNum = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)))
function targetKey(t) {
  return {
    comparator: String(t?.comparator ?? ''),
    direction: t?.direction ?? null,
    value: num(t?.value),
    min: num(t?.min),
    max: num(t?.max),
    unit: normUnit(t?.unit)
  }
}
function sameTarget(g, p) {
  const a = targetKey(g)
  const b = targetKey(p)
  if (a.comparator !== b.comparator || a.direction !== b.direction || a.unit !== b.unit) return false
  if (a.comparator === 'range') return sameNum(a.min, b.min) && sameNum(a.max, b.max)
  return sameNum(a.value, b.value)
}
const show = (t) => {
  const k = targetKey(t)
  const figure = k.comparator === 'range' ? `${k.min}..${k.max}` : `${k.value}`
  return `${k.comparator}${k.direction ? ' ' + k.direction : ''} ${figure} «${k.unit}»`
}

let tp = 0
let fp = 0
let fn = 0
const misses = []
for (const file of readdirSync(goldDir).filter((name) => name.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'))
  for (const indicator of gold.indicators ?? []) {
    const want = indicator.targets ?? []
    const got = parseTargets(indicator.text)
    const used = new Set()
    const missed = []
    for (const target of want) {
      const index = got.findIndex((candidate, i) => !used.has(i) && sameTarget(target, candidate))
      if (index >= 0) used.add(index)
      else missed.push(target)
    }
    const extra = got.filter((_, i) => !used.has(i))
    tp += want.length - missed.length
    fn += missed.length
    fp += extra.length
    if (missed.length || extra.length) {
      misses.push(
        `${file} ${indicator.label ?? ''} (line ${indicator.line}): ${indicator.text.slice(0, 90)}\n` +
          missed.map((t) => `    missed: ${show(t)}\n`).join('') +
          extra.map((t) => `    extra:  ${show(t)}   [${t.raw}]\n`).join('')
      )
    }
  }
}
const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
const pct = (x) => (100 * x).toFixed(1)
console.log(`targets: precision ${pct(precision)}%  recall ${pct(recall)}%  F1 ${pct(f1)}%  (tp ${tp}, fp ${fp}, fn ${fn})`)
if (!quiet) for (const miss of misses) process.stdout.write(miss)
