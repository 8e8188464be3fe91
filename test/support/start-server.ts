import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { h5Dist, repoRoot } from './paths'
import type { StaticServer } from './static-server'

/**
 * `npm start -- --no-build` on the H5 build under test, on a free port: the
 * server people and Lighthouse use, not the plain one the journeys use.
 */
export async function startProductionServer(dist = h5Dist()): Promise<StaticServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--no-build'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SY_DIST: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not report its URL:\n${output}`)), 15000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(output)
      if (found) {
        clearTimeout(timer)
        resolve(found[0])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm start exited with ${code}:\n${output}`))
    })
  })
  return {
    origin,
    served: [],
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
