#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the `prepare` script).
import {main} from '../dist/cli/main.js'

main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error('resolution-extract: internal error, please report it with the input that caused it:')
    console.error(error)
    process.exitCode = 70
  }
)
