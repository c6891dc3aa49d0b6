import {describe, expect, it} from 'vitest'
import {ProgressBar} from '../src/cli/progress.js'

function fakeStream() {
  const chunks: string[] = []
  return {stream: {write: (chunk: string) => chunks.push(chunk)} as unknown as NodeJS.WriteStream, chunks}
}

describe('ProgressBar', () => {
  it('should redraw one line with the count and print log lines above it', () => {
    const {stream, chunks} = fakeStream()
    const bar = new ProgressBar(stream, 4)
    bar.tick()
    bar.log('seeds/a.txt: resolution')
    bar.tick()
    bar.stop()
    const output = chunks.join('')
    expect(output).toContain('1/4 25%')
    expect(output).toContain('\r\u001b[2Kseeds/a.txt: resolution\n')
    expect(output).toContain('2/4 50%')
    expect(output.endsWith('\r\u001b[2K')).toBe(true)
  })
})
