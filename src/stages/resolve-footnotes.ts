/**
 * Resolve footnotes: find footnote bodies, the markers that point at them, and the paragraphs that a
 * page break cut in two.
 *
 * Word and PDF exports put footnote bodies ("¹ Có 09 chỉ tiêu đạt…", "⁴⁸Thực hiện…") where the page
 * ended, often in the middle of a paragraph that resumes after them. This stage lists the bodies (so
 * later stages can take them out of the running text), links every marker to its body, and reports
 * where a paragraph continues across the break.
 *
 * Markers are superscript digits ("kế hoạch¹,", "so sánh ⁷⁴", "⁽⁴³⁾"). A superscript that is part of a
 * unit ("39.180,6 m²") is not a marker. The bracketed form "[1]" counts only where the file proves it:
 * a line "[1] …" exists and a "[1]" occurs in the text before it.
 *
 * Pure: no I/O. Problems are recorded on the file.
 */
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {Footnote} from '../schema.js'
import type {FootnoteMarker, SourceLine} from '../types.js'
import {
  BULLETS,
  CLOSING_MARKS,
  EXPONENT_UNITS,
  HEADING_MAX_WORDS,
  HEADING_WORDS,
  MARKER_START,
  SUPERSCRIPT_CLOSE,
  SUPERSCRIPT_DIGITS,
  SUPERSCRIPT_OPEN,
  TERMINAL_PUNCTUATION,
  FULL_STOPS,
  PAGE_NUMBER,
  STOPS_BEFORE_LOWER_CASE
} from '../vocabulary/footnote-layout.js'
import {knownAsciiSpaced, knownMarkerFree} from './normalise.js'
import {findPageFurniture} from './page-furniture.js'
import {isCapitalsTitle} from './parse-blocks.js'
import {statesFigureBesidesYears} from './plan-period.js'
import {continuesRange} from './read-marker.js'
import {collapseAsciiWhiteSpace, collapseWhiteSpace, isBlank, isWhiteSpaceCode, trimmedLengths} from './white-space.js'

/** The paragraph ending on line `from` continues on line `to`. */
export interface PageBreakJoin {
  readonly from: number
  readonly to: number
}

export interface FootnoteResolution {
  /** Footnotes in document order. */
  readonly footnotes: Footnote[]
  /** Source lines that hold footnote bodies (to be taken out of the running text). */
  readonly bodyLines: ReadonlySet<number>
  /** Every marker in running text and table cells, in document order. */
  readonly markers: FootnoteMarker[]
  readonly joins: PageBreakJoin[]
  /** Labels written "[n]" that the file proved to be footnotes (a matching body exists). */
  readonly bracketLabels: ReadonlySet<string>
  /** Page numbers, running headers and rule lines: not running text (see page-furniture.ts). */
  readonly furnitureLines: ReadonlySet<number>
  /** The trimmed length of each of the lines read (`trimmedLengths`), for the block parser to reuse. */
  readonly lineLengths: readonly number[]
}

export interface StripOptions {
  /** Labels written "[n]" that the file proved to be footnotes; those are removed too. */
  readonly bracketLabels?: ReadonlySet<string> | undefined
}

/** A marker found in a piece of text: `start`/`end` are 0-based offsets, `end` exclusive. */
interface MarkerHit {
  readonly label: string
  readonly start: number
  readonly end: number
  readonly bracket: boolean
}

/** The start of a footnote body on a line. */
interface BodyStart {
  readonly label: string
  /** Offset of the body text after the label. */
  readonly textStart: number
  /** False when the text follows the label with no space ("⁴⁸Thực hiện"). */
  readonly spaced: boolean
}

interface Body {
  readonly label: string
  readonly line: number
  /** Lines of the body: its first line and the lines it is soft-wrapped over. */
  readonly lines: readonly number[]
  readonly text: string
  readonly spaced: boolean
}

const BRACKET_BODY = /^[\s*_]*\[([1-9]\d{0,2})\][*_]*(?=\s|$)/
const BRACKET_MARKER = /\[([1-9]\d{0,2})\]/g
/** The same, anchored where the scan stands (sticky: no search ahead). */
const BRACKET_MARKER_HERE = /\[([1-9]\d{0,2})\]/y

export function resolveFootnotes(lines: readonly SourceLine[], file: VFile): FootnoteResolution {
  // normaliseLines already scanned the text: lines it found no marker start in hold no body start and
  // no marker, and need no further look.
  const markerFree = knownMarkerFree(lines)
  // The lines that may hold one (most hold none), found once for the three looks below.
  const mayHold: number[] = []
  for (let index = 0; index < lines.length; index++) if (!markerFree(lines[index] as SourceLine, index)) mayHold.push(index)
  // Superscript bodies first: they need no further evidence.
  const superscriptBodies = collectBodies(lines, readSuperscriptBodyStart, new Set(), markerFree, mayHold)
  const bodyLines = new Set<number>()
  for (const body of superscriptBodies) for (const line of body.lines) bodyLines.add(line)

  // Bracketed bodies count only where a matching "[n]" marker precedes them.
  const bracketBodies = acceptBracketBodies(lines, bodyLines, superscriptBodies, markerFree, mayHold)
  for (const body of bracketBodies) for (const line of body.lines) bodyLines.add(line)
  const bracketLabels = new Set(bracketBodies.map((body) => body.label))

  const bodies = [...superscriptBodies, ...bracketBodies].sort((a, b) => a.line - b.line)

  const markers: FootnoteMarker[] = []
  for (const index of mayHold) {
    const line = lines[index] as SourceLine // in range
    if (bodyLines.has(line.line)) continue
    for (const hit of findMarkers(line.text, bracketLabels)) {
      markers.push({label: hit.label, line: line.line, column: hit.start + 1})
    }
  }

  const footnotes = linkFootnotes(bodies, markers, file)
  // Trimmed lengths, read once for both: which lines are blank, and which short.
  const lengths = trimmedLengths(lines)
  const furnitureLines = findPageFurniture(lines, bodyLines, lengths)
  const joins = findJoins(lines, bodyLines, furnitureLines, lengths)
  return {footnotes, bodyLines, markers, joins, bracketLabels, furnitureLines, lineLengths: lengths}
}

/** Remove footnote markers from a span of text, with the same detection rules as `resolveFootnotes`. */
export function stripFootnoteMarkers(text: string, options: Readonly<StripOptions> = {}): {text: string; labels: string[]} {
  // Most paragraphs hold no character a marker starts with.
  if (!mayHoldMarker(text)) return {text, labels: []}
  const hits = findMarkers(text, options.bracketLabels)
  if (hits.length === 0) return {text, labels: []}
  const labels: string[] = []
  let result = ''
  let cursor = 0
  for (const hit of hits) {
    if (!labels.includes(hit.label)) labels.push(hit.label)
    let start = hit.start
    let end = hit.end
    if (hit.bracket) [start, end] = widenOverEmphasis(text, start, end)
    const before = text[start - 1]
    const after = text[end]
    if (before === ' ' && (after === undefined || /[\s,.;:!?)\]]/.test(after))) start--
    result += text.slice(cursor, Math.max(cursor, start))
    // A marker glued between two words leaves a space, not a run-together word.
    if (before !== undefined && after !== undefined && isWordChar(before) && isWordChar(after)) result += ' '
    cursor = end
  }
  result += text.slice(cursor)
  return {text: result, labels}
}

// ---------- markers ----------

/** `SUPERSCRIPT_DIGITS` by UTF-16 code unit (all are in the BMP): the digit's value, or -1. */
const SUPERSCRIPT_VALUE = new Int8Array(0x10000).fill(-1)
for (const [char, value] of Object.entries(SUPERSCRIPT_DIGITS)) SUPERSCRIPT_VALUE[char.charCodeAt(0)] = Number(value)

function isSuperscriptDigit(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && (SUPERSCRIPT_VALUE[char.charCodeAt(0)] as number) >= 0
}

function readSuperscriptDigits(text: string, from: number): {digits: string; end: number} {
  let digits = ''
  let end = from
  while (end < text.length) {
    const value = SUPERSCRIPT_VALUE[text.charCodeAt(end)] as number // in range: a code unit
    if (value < 0) break
    digits += String(value)
    end++
  }
  return {digits, end}
}

/** The characters a marker starts with (see `findMarkers`): a superscript digit, "⁽", "[". */
const MARKER_FIRST_CHARACTERS: readonly string[] = [...Object.keys(SUPERSCRIPT_DIGITS), SUPERSCRIPT_OPEN, '[']

/**
 * A search for one character looks for the higher of its two bytes, and stops wherever that byte
 * occurs: for "⁴" (U+2074) at every "t" (0x74). Characters whose low byte is an ASCII letter are
 * looked for together by a regex, the others one by one.
 */
function hasLetterLowByte(char: string): boolean {
  const low = char.charCodeAt(0) & 0xff
  return (low >= 0x41 && low <= 0x5a) || (low >= 0x61 && low <= 0x7a)
}
const SEARCHED_ALONE = MARKER_FIRST_CHARACTERS.filter((char) => !hasLetterLowByte(char))
const SEARCHED_TOGETHER = new RegExp(
  `[${MARKER_FIRST_CHARACTERS.filter(hasLetterLowByte)
    .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`
)

/** Does `text` hold a character a marker starts with? (Else `findMarkers` finds none.) */
export function mayHoldMarker(text: string): boolean {
  for (const char of SEARCHED_ALONE) if (text.includes(char)) return true
  return SEARCHED_TOGETHER.test(text)
}

/** `MARKER_START`, to find each in turn (one regex scan, not a loop per character). */
const NEXT_MARKER_START = new RegExp(MARKER_START.source, 'g')

/** All markers in `text`, in order. Bracketed "[n]" only for labels in `bracketLabels`. */
function findMarkers(text: string, bracketLabels: ReadonlySet<string> | undefined): MarkerHit[] {
  const hits: MarkerHit[] = []
  let index = 0
  while (index < text.length) {
    // `test`, not `exec`: no match array; the class matches the one code unit before `lastIndex`.
    NEXT_MARKER_START.lastIndex = index
    if (!NEXT_MARKER_START.test(text)) break
    index = NEXT_MARKER_START.lastIndex - 1
    const char = text[index]
    if (char === SUPERSCRIPT_OPEN) {
      const {digits, end} = readSuperscriptDigits(text, index + 1)
      if (digits !== '' && text[end] === SUPERSCRIPT_CLOSE && isLabel(digits)) {
        hits.push({label: digits, start: index, end: end + 1, bracket: false})
        index = end + 1
      } else index++
      continue
    }
    if (isSuperscriptDigit(char)) {
      const {digits, end} = readSuperscriptDigits(text, index)
      let start = index
      let labelDigits = digits
      // "m²", "km²", "m³": the first superscript is the unit's exponent.
      if ((char === '\u00b2' || char === '\u00b3') && isExponentUnitBefore(text, index)) {
        start++
        labelDigits = digits.slice(1)
      }
      if (labelDigits !== '' && isLabel(labelDigits) && !isPowerOfTen(text, start)) {
        hits.push({label: labelDigits, start, end, bracket: false})
      }
      index = end
      continue
    }
    if (char === '[' && bracketLabels !== undefined && bracketLabels.size > 0) {
      BRACKET_MARKER_HERE.lastIndex = index
      const match = BRACKET_MARKER_HERE.exec(text)
      if (match && match[1] !== undefined && bracketLabels.has(match[1])) {
        hits.push({label: match[1], start: index, end: index + match[0].length, bracket: true})
        index += match[0].length
        continue
      }
    }
    index++
  }
  return hits
}

/** A footnote label never starts with zero ("25⁰C" writes a degree sign with ⁰). */
function isLabel(digits: string): boolean {
  return digits.length > 0 && digits.length <= 3 && !digits.startsWith('0')
}

/** The word right before `index` is a unit that takes an exponent (m, km, cm, …). */
function isExponentUnitBefore(text: string, index: number): boolean {
  let start = index
  while (start > 0 && start > index - 4 && isLetter(text[start - 1] ?? '')) start--
  if (start > 0 && isLetter(text[start - 1] ?? '')) return false
  return EXPONENT_UNITS.has(text.slice(start, index))
}

/** "×10⁶", "x10³": scientific notation, not a marker. */
function isPowerOfTen(text: string, index: number): boolean {
  if (text.slice(index - 2, index) !== '10') return false
  const before = text[index - 3]
  return before === '×' || before === 'x' || before === 'X' || before === '*' || before === '^'
}

/** Widen a "[n]" marker over the emphasis wrapped around it: "*[1]*", "* [2]*", "***[3]**" (keeps "*"). */
function widenOverEmphasis(text: string, start: number, end: number): [number, number] {
  let left = 0
  let cursor = start
  while (cursor > 0 && (text[cursor - 1] === '*' || text[cursor - 1] === ' ')) {
    if (text[cursor - 1] === '*') left++
    cursor--
  }
  let right = 0
  while (text[end + right] === '*') right++
  const pairs = Math.min(left, right)
  if (pairs === 0) return [start, end]
  let removed = 0
  let newStart = start
  while (removed < pairs) {
    newStart--
    if (text[newStart] === '*') removed++
  }
  return [newStart, end + pairs]
}

export function isLetter(char: string): boolean {
  if (char.length !== 1) return char !== '' && char.toLowerCase() !== char.toUpperCase()
  return letterCase(char.charCodeAt(0)) !== NOT_LETTER
}

/** What a code unit is, by case (see `letterCase`). */
const NOT_LETTER = 1
const LOWER_LETTER = 2
const OTHER_LETTER = 3
/** `letterCase` of each code unit met so far (0: not yet seen). Case mapping is fixed per code unit. */
const LETTER_CASE = new Uint8Array(0x10000)

/**
 * The one-character string of `code`: a letter (its lower and upper case differ) that is lower case
 * (equal to its lower case), another letter, or no letter. ASCII is read directly.
 */
function letterCase(code: number): number {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? LOWER_LETTER : code >= 0x41 && code <= 0x5a ? OTHER_LETTER : NOT_LETTER
  let known = LETTER_CASE[code] as number // in range: a code unit
  if (known === 0) {
    const char = String.fromCharCode(code)
    const lower = char.toLowerCase()
    known = lower === char.toUpperCase() ? NOT_LETTER : lower === char ? LOWER_LETTER : OTHER_LETTER
    LETTER_CASE[code] = known
  }
  return known
}

function isWordChar(char: string): boolean {
  return isLetter(char) || (char >= '0' && char <= '9')
}

// ---------- bodies ----------

const SUPERSCRIPT_OPEN_CODE = SUPERSCRIPT_OPEN.charCodeAt(0)

function readSuperscriptBodyStart(text: string): BodyStart | null {
  let index = 0
  while (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09) index++
  // Most lines start with neither a superscript digit nor "⁽".
  const first = text.charCodeAt(index)
  if (first !== SUPERSCRIPT_OPEN_CODE && !((SUPERSCRIPT_VALUE[first] ?? -1) >= 0)) return null
  const bracketed = first === SUPERSCRIPT_OPEN_CODE
  const {digits, end: digitsEnd} = readSuperscriptDigits(text, bracketed ? index + 1 : index)
  if (bracketed && text[digitsEnd] !== SUPERSCRIPT_CLOSE) return null
  const end = bracketed ? digitsEnd + 1 : digitsEnd
  if (!isLabel(digits)) return null
  const next = text[end]
  if (next === undefined) return {label: digits, textStart: end, spaced: true}
  if (next === ' ' || next === '\t') return {label: digits, textStart: end, spaced: true}
  // "⁴⁸Thực hiện": text glued to the label. Punctuation after it means a marker ("¹⁰. Đẩy …").
  if (isWordChar(next) || '(“"\'‘[*_'.includes(next)) return {label: digits, textStart: end, spaced: false}
  return null
}

function readBracketBodyStart(text: string): BodyStart | null {
  if (!text.includes('[')) return null
  const match = BRACKET_BODY.exec(text)
  if (!match || match[1] === undefined) return null
  return {label: match[1], textStart: match[0].length, spaced: true}
}

function isTableLine(text: string): boolean {
  return text.includes('\t') || text.trimStart().startsWith('|')
}

/**
 * Bodies that start with a label read by `readStart`, each with the non-blank lines it is soft-wrapped
 * over. Lines in `skip` are never a body, nor are lines `markerFree` vouches for (no label in them):
 * `mayHold` lists the indexes of the others, in order.
 */
function collectBodies(
  lines: readonly SourceLine[],
  readStart: (text: string) => BodyStart | null,
  skip: ReadonlySet<number>,
  markerFree: (line: SourceLine, index: number) => boolean,
  mayHold: readonly number[]
): Body[] {
  const bodies: Body[] = []
  // Lines known to hold ASCII white space only are collapsed without the search for the other kinds.
  const asciiSpaced = knownAsciiSpaced(lines)
  // Where the next body may start: lines before it went into a body already.
  let index = 0
  for (const startIndex of mayHold) {
    if (startIndex < index) continue
    const first = lines[startIndex] as SourceLine // in range
    const start = skip.has(first.line) ? null : readStart(first.text)
    if (!start) continue
    const parts = [first.text.slice(start.textStart)]
    const bodyLineNumbers = [first.line]
    let ascii = asciiSpaced(first, startIndex)
    index = startIndex + 1
    while (index < lines.length) {
      const next = lines[index]
      if (!next || isBlank(next.text) || skip.has(next.line) || isTableLine(next.text)) break
      if (!markerFree(next, index) && (readSuperscriptBodyStart(next.text) || readBracketBodyStart(next.text))) break
      // The running text resumes right under a body: a new item, or a capital after a finished sentence.
      // (Not the next item of an inline sequence that the body runs: "Gồm: (1) …; (2) …;" / "(3) …".)
      const resumes = startsBlock(next.text) && !continuesInlineSequence(parts, next.text) && !continuesRange(parts.at(-1) ?? '', next.text)
      // So does the page: a page number under a finished body ("… nông thôn mới." / "          2").
      if (resumes || (endsSentence(parts.at(-1) ?? '', FULL_STOPS) && (/^\s*\p{Lu}/u.test(next.text) || PAGE_NUMBER.test(next.text)))) break
      parts.push(next.text)
      bodyLineNumbers.push(next.line)
      ascii &&= asciiSpaced(next, index)
      index++
    }
    const text = parts.length === 1 ? (parts[0] as string) : parts.join(' ')
    bodies.push({
      label: start.label,
      line: first.line,
      lines: bodyLineNumbers,
      text: ascii ? collapseAsciiWhiteSpace(text) : collapseWhiteSpace(text),
      spaced: start.spaced
    })
  }
  return bodies
}

function acceptBracketBodies(
  lines: readonly SourceLine[],
  bodyLines: ReadonlySet<number>,
  superscriptBodies: readonly Body[],
  markerFree: (line: SourceLine, index: number) => boolean,
  mayHold: readonly number[]
): Body[] {
  const candidates = collectBodies(lines, readBracketBodyStart, bodyLines, markerFree, mayHold)
  if (candidates.length === 0) return []
  const candidateLines = new Set<number>()
  for (const body of candidates) for (const line of body.lines) candidateLines.add(line)
  const superscriptLabels = new Set(superscriptBodies.map((body) => body.label))
  // First line on which each "[n]" occurs in the text (outside bodies).
  const firstMarkerLine = new Map<string, number>()
  for (const line of lines) {
    if (bodyLines.has(line.line) || candidateLines.has(line.line) || !line.text.includes('[')) continue
    for (const match of line.text.matchAll(BRACKET_MARKER)) {
      const label = match[1]
      if (label !== undefined && !firstMarkerLine.has(label)) firstMarkerLine.set(label, line.line)
    }
  }
  return candidates.filter((body) => {
    const markerLine = firstMarkerLine.get(body.label)
    return markerLine !== undefined && markerLine < body.line && !superscriptLabels.has(body.label)
  })
}

// ---------- linking ----------

function linkFootnotes(bodies: readonly Body[], markers: readonly FootnoteMarker[], file: VFile): Footnote[] {
  const bodiesByLabel = new Map<string, Body[]>()
  let previous = 0
  for (const body of bodies) {
    if (!body.spaced && body.text !== '') {
      report(file, 'footnote-no-space', `Footnote body ${body.label} has no space after its label`, {line: body.line, severity: 'info'})
    }
    const same = bodiesByLabel.get(body.label)
    const value = Number(body.label)
    if (same) {
      report(file, 'footnote-duplicate', `Footnote ${body.label} has more than one body (first on line ${same[0]?.line})`, {line: body.line})
      same.push(body)
    } else {
      bodiesByLabel.set(body.label, [body])
      if (value !== previous + 1) {
        report(file, 'footnote-out-of-sequence', `Footnote ${body.label} follows footnote ${previous || 'none'}; expected ${previous + 1}`, {line: body.line})
      }
    }
    previous = value
  }

  const refs = new Map<Body, Array<{line: number; column: number}>>()
  const missing = new Set<string>()
  let highest = 0
  const seen = new Set<string>()
  for (const marker of markers) {
    const candidates = bodiesByLabel.get(marker.label)
    if (!seen.has(marker.label)) {
      seen.add(marker.label)
      const value = Number(marker.label)
      if (candidates && value < highest) {
        report(file, 'footnote-out-of-sequence', `Marker ${marker.label} comes after marker ${highest}`, {line: marker.line, column: marker.column})
      }
      if (candidates) highest = Math.max(highest, value)
    }
    if (!candidates) {
      if (!missing.has(marker.label)) {
        missing.add(marker.label)
        report(file, 'footnote-no-body', `Footnote marker ${marker.label} has no footnote body`, {line: marker.line, column: marker.column})
      }
      continue
    }
    // With a repeated label (numbering restarted), a marker belongs to the next body of that label.
    const body = candidates.find((candidate) => candidate.line > marker.line) ?? candidates.at(-1)
    if (!body) continue
    const list = refs.get(body) ?? []
    if (!list.some((ref) => ref.line === marker.line)) list.push({line: marker.line, column: marker.column})
    refs.set(body, list)
  }

  return bodies.map((body) => {
    const bodyRefs = refs.get(body) ?? []
    if (bodyRefs.length === 0) {
      report(file, 'footnote-no-marker', `Footnote ${body.label} is never referenced by a marker`, {line: body.line})
    }
    return {label: body.label, line: body.line, text: body.text, refs: bodyRefs}
  })
}

// ---------- page-break joins ----------

/** `lengths`: the lines' trimmed lengths (`trimmedLengths`). */
function findJoins(lines: readonly SourceLine[], bodyLines: ReadonlySet<number>, furniture: ReadonlySet<number>, lengths: readonly number[]): PageBreakJoin[] {
  const joins: PageBreakJoin[] = []
  const isText: boolean[] = []
  // (Most documents have neither footnote bodies nor page furniture.)
  const skip = bodyLines.size > 0 || furniture.size > 0
  for (let index = 0; index < lines.length; index++) {
    const blank = lengths[index] === 0
    isText.push(skip ? !blank && !bodyLines.has((lines[index] as SourceLine).line) && !furniture.has((lines[index] as SourceLine).line) : !blank)
  }
  const isTextAt = (index: number): boolean => index < isText.length && isText[index] === true
  for (let index = 0; index < lines.length; index++) {
    const a = lines[index]
    if (!a || !isTextAt(index) || isTextAt(index + 1)) continue
    let next = index + 1
    let sawBody = false
    while (next < lines.length && !isTextAt(next)) {
      // A page number between the halves proves the page break as a footnote body does.
      if (bodyLines.has(lines[next]?.line ?? 0) || furniture.has(lines[next]?.line ?? 0)) sawBody = true
      next++
    }
    const b = lines[next]
    if (!b || !isTextAt(next) || next === index + 1) continue
    if (shouldJoin(a.text, b.text, sawBody)) joins.push({from: a.line, to: b.line})
  }
  return joins
}

function shouldJoin(a: string, b: string, sawBody: boolean): boolean {
  // The cheapest tests first: most paragraphs end a sentence (the next one's first letter read only
  // after a ";"). A line in lower case goes on after a ";" that ends a clause, not the paragraph (a list
  // of clauses, or a title typed as two paragraphs: "… năm 2024;" / "" / "mục tiêu, nhiệm vụ … năm 2025").
  if (endsSentence(a, STOPS_BEFORE_LOWER_CASE)) return false
  const lower = startsLowerCase(b)
  if (!lower && endsSentence(a)) return false
  // With no footnote body or page furniture between them, only a lower-case start joins (most lines
  // after a title start in upper case): the tests below all must pass too, and need not run otherwise.
  if (!sawBody && !lower) return false
  if (isTableLine(a) || isTableLine(b)) return false
  if (startsBlock(b)) return false
  // (not after a title in capitals: "NGHỊ QUYẾT" / "" / "về nhiệm vụ …" is the kind of document, then its subject)
  if (lower) return !isCapitalsTitle(a.trim())
  return sawBody && !isHeadingLike(a)
}

/**
 * The text ends with one of `stops` (. ; : ! ? … by default) once closing quotes, emphasis and footnote
 * markers are skipped.
 */
function endsSentence(text: string, stops: ReadonlySet<string> = TERMINAL_PUNCTUATION): boolean {
  let index = text.length - 1
  while (index >= 0) {
    const char = text[index] ?? ''
    if (CLOSING_MARKS.has(char) || isSuperscriptDigit(char) || char === SUPERSCRIPT_OPEN || char === SUPERSCRIPT_CLOSE) {
      index--
      continue
    }
    break
  }
  return stops.has(text[index] ?? '')
}

/** Leading emphasis that opens a span ("*2.2.", "**Trả nợ"), not a bullet ("* Công nghiệp"). */
function skipOpeningEmphasis(text: string): string {
  const trimmed = text.trimStart()
  let index = 0
  while (trimmed[index] === '*' || trimmed[index] === '_') index++
  if (index === 0) return trimmed
  const next = trimmed[index]
  return next === undefined || next === ' ' ? trimmed : trimmed.slice(index)
}

/** "3.", "3.1.", "3.1 …", "1)", and "1- Về …", "1 - …", "1/ …" before a capital (as read-marker reads them). */
const NUMBERED = /^\d{1,2}(?:\.\d{1,2}){0,3}[.)](?:\s|$)|^\d{1,2}(?:\.\d{1,2}){1,3}\s|^\d{1,2}\s?[-–/]\s+[*_]*\p{Lu}/u
const PARENTHESISED = /^\((?:\d{1,3}|[a-zđ]|[IVXLC]{1,6})\)/u
const LETTERED = /^[a-zđA-ZĐ][.)](?:\s|$)/u
const ROMAN = /^[IVXLC]{1,6}\s*[.)\-–/]/

/** "(23)" at the start of a line (after white space): its number is read. */
const INLINE_LABEL_START = /^\s*\((\d{1,3})\)/

/**
 * Does `text` open with the label "(n)" whose predecessor "(n-1)" stands in `parts` (a body so far)?
 * Then a hard wrap put the next item of the body's own inline sequence at the start of a line.
 */
function continuesInlineSequence(parts: readonly string[], text: string): boolean {
  const match = INLINE_LABEL_START.exec(text)
  const number = match ? Number(match[1]) : 0
  if (number < 2) return false
  const previous = `(${number - 1})`
  return parts.some((part) => part.includes(previous))
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 48 && code <= 57
}

/** The text opens a heading or a list item: "1.", "1.1.", "(1)", "I.", "a)", "-", "+", "*", "Điều …", ALL CAPS. */
function startsBlock(text: string): boolean {
  const trimmed = text.trimStart()
  const first = trimmed[0] ?? ''
  // (a bullet, not a sign: "-1 của Bộ …" goes on "… pháo phòng không 37 mm")
  if (BULLETS.has(first) && first !== '*' && !isDigitAt(trimmed, 1)) return true
  if (first === '*' && /^\*{1,3}\s/.test(trimmed)) return true
  const head = skipOpeningEmphasis(trimmed)
  if (startsWithNumbering(head) || startsWithHeadingWord(head)) return true
  return isAllCaps(head)
}

/**
 * `NUMBERED`, `PARENTHESISED`, `LETTERED` or `ROMAN` matches: each is tried only where the text starts
 * as it must (a digit, "(", a letter then "." or ")", a Roman digit), most lines start otherwise.
 */
export function startsWithNumbering(head: string): boolean {
  const first = head.charCodeAt(0)
  if (first >= 48 && first <= 57) return NUMBERED.test(head)
  if (first === 40 /* ( */) return PARENTHESISED.test(head)
  const second = head.charCodeAt(1)
  if ((second === 46 /* . */ || second === 41 /* ) */) && LETTERED.test(head)) return true
  return ROMAN_DIGIT_CODES.has(first) && ROMAN.test(head)
}

/** The letters `ROMAN` starts with. */
const ROMAN_DIGIT_CODES: ReadonlySet<number> = new Set([...'IVXLC'].map((letter) => letter.charCodeAt(0)))

/** `HEADING_WORDS`, each with the space that must follow it. */
const HEADING_WORDS_SPACED = HEADING_WORDS.map((word) => word + ' ')
/** The first letters of `HEADING_WORDS`, in both cases: most lines start with none of them. */
const HEADING_WORD_INITIALS = new Set(HEADING_WORDS.flatMap((word) => [word.charAt(0), word.charAt(0).toUpperCase()]))

function startsWithHeadingWord(text: string): boolean {
  if (!HEADING_WORD_INITIALS.has(text.charAt(0))) return false
  const lower = text.slice(0, 40).toLowerCase()
  for (const word of HEADING_WORDS_SPACED) {
    if (!lower.startsWith(word)) continue
    const rest = lower.slice(word.length).trimStart()
    // A number, a Roman numeral, or an ordinal must follow: "Điều 2", "Phần thứ hai", "Chương IV".
    if (/^(?:\d|[ivxlc]+(?:[\s.:]|$)|thứ\s|số\s)/.test(rest)) return true
  }
  return false
}

function isAllCaps(text: string): boolean {
  let upper = 0
  for (const char of text) {
    // ASCII without the case functions: a-z lower case, A-Z upper case, the rest uncased.
    const code = char.charCodeAt(0)
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) return false
      if (code >= 0x41 && code <= 0x5a) upper++
      continue
    }
    if (char.toLowerCase() === char.toUpperCase()) continue
    if (char !== char.toUpperCase()) return false
    upper++
  }
  return upper >= 4
}

/**
 * `text.split(/\s+/).length > limit`, counted without the split: the pieces between white-space runs
 * (a text that starts or ends with white space has an empty piece there, as with the split).
 */
export function hasMoreWords(text: string, limit: number): boolean {
  let pieces = 1
  let inRun = false
  for (let index = 0; index < text.length; index++) {
    if (isWhiteSpaceCode(text.charCodeAt(index))) {
      if (!inRun && ++pieces > limit) return true
      inRun = true
    } else inRun = false
  }
  return pieces > limit
}

export function startsLowerCase(text: string): boolean {
  const head = skipOpeningEmphasis(text)
  // (`head[0]` is one code unit, or none)
  return head.length > 0 && letterCase(head.charCodeAt(0)) === LOWER_LETTER
}

/** A short numbered, bulleted, emphasised or ALL-CAPS line: a title, complete without a full stop. */
function isHeadingLike(text: string): boolean {
  const trimmed = text.trim()
  if (isAllCaps(trimmed)) return true
  if (hasMoreWords(trimmed, HEADING_MAX_WORDS)) return false
  // A title states no figure but years: "(6) Tỷ lệ … đạt 72%, … giải quyết việc làm mới cho" and "8. Tổng
  // thu ngân sách … đạt 4.350 tỷ đồng, trong đó … (bao gồm" are items.
  if (statesFigureBesidesYears(trimmed.replace(LEADING_NUMBERING, ''))) return false
  return startsBlock(trimmed) || trimmed.startsWith('*') || trimmed.startsWith('_')
}

/** The numbering that opens a line ("8.", "2.1.", "(6)", "a)"), with the marks and spaces around it. */
const LEADING_NUMBERING = /^[\s*_]*(?:\(\d{1,3}\)|\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|[a-zđ][.)])[\s*_]*/u
