#!/usr/bin/env node
// A workspace's `npm test` (storefront, admin): one vitest run in the current directory, with
// Jest-compatible JSON results in test-results/results.json (numPassedTests, numFailedTests,
// numRuntimeErrorTestSuites, …) for CI. Extra arguments go to vitest (e.g. --project unit).
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"

const root = process.cwd()
const out = path.join(root, "test-results", "results.json")
mkdirSync(path.dirname(out), { recursive: true })
rmSync(out, { force: true })

// the workspace's own vitest, else the one hoisted to the repository root
const bin = [root, path.dirname(root)].map((d) => path.join(d, "node_modules", ".bin", "vitest")).find(existsSync) ?? "vitest"
const args = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...process.argv.slice(2)]
const child = spawn(bin, args, { cwd: root, stdio: "inherit", env: process.env })
child.on("exit", (code, signal) => {
  let results
  try {
    results = JSON.parse(readFileSync(out, "utf8"))
  } catch {
    // vitest died before reporting: one runtime error, so that CI counts a failure.
    results = { numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, testResults: [], success: false }
    results.numRuntimeErrorTestSuites = 1
  }
  if (results.numRuntimeErrorTestSuites === undefined) {
    // A file that failed to load or whose hooks threw: failed, with no assertion of its own failing.
    results.numRuntimeErrorTestSuites = (results.testResults ?? []).filter(
      (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed")
    ).length
  }
  const status = code ?? (signal ? 1 : 0)
  // vitest failed with nothing failed in its report (a global setup that threw): one runtime error
  if (status !== 0 && !results.numFailedTests && !results.numRuntimeErrorTestSuites) results.numRuntimeErrorTestSuites = 1
  writeFileSync(out, JSON.stringify(results, null, 2))
  const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
  const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0)
  console.log(`${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`)
  process.exit(status !== 0 ? status : failed > 0 ? 1 : 0)
})
