/**
 * Atomic file writes: a temporary file in the same directory, then a rename over the target, so a
 * reader never sees half a file.
 *
 * `writeFileAtomicSync` is what the CLI uses: the temporary file exists only inside one synchronous
 * call, and Node runs signal handlers between calls, so an interrupted run cannot leave one behind
 * (SIGKILL aside). The asynchronous `writeFileAtomic` tracks its temporary files for
 * `removeTemporaryFiles`, but a signal can arrive while the file system is creating one: prefer the
 * synchronous form where interruption matters.
 */
import {randomBytes} from 'node:crypto'
import {renameSync, rmSync, writeFileSync} from 'node:fs'
import {rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

const pending = new Set<string>()

export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temporary = temporaryPath(path)
  try {
    writeFileSync(temporary, data)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPath(path)
  pending.add(temporary)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  } finally {
    pending.delete(temporary)
  }
}

/** Remove the temporary files of asynchronous writes still in progress, synchronously: for signal handlers. */
export function removeTemporaryFiles(): void {
  for (const temporary of pending) rmSync(temporary, {force: true})
  pending.clear()
}

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}
