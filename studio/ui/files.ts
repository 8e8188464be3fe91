import type { OutputFile } from '../model/publish'

/** Saves a text as a download. */
export function downloadFile({ name, text }: OutputFile): void {
  const url = URL.createObjectURL(
    new Blob([text], { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }),
  )
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

interface DirectoryHandle {
  getFileHandle(
    name: string,
    options: { create: boolean },
  ): Promise<{
    createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>
  }>
}

/** Where the browser lets a page write into a folder the editor picks (Chrome, Edge). */
export function canPickFolder(): boolean {
  return typeof (window as unknown as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function'
}

/** Writes the files into a folder the editor picks, in the order given (the pack before its version file). */
export async function saveIntoFolder(files: readonly OutputFile[]): Promise<void> {
  const picker = (window as unknown as { showDirectoryPicker: () => Promise<DirectoryHandle> }).showDirectoryPicker
  const dir = await picker()
  for (const file of files) {
    const handle = await dir.getFileHandle(file.name, { create: true })
    const writable = await handle.createWritable()
    await writable.write(file.text)
    await writable.close()
  }
}

/** The text of a file the editor picked or dropped. */
export function readFileText(file: File): Promise<string> {
  return file.text()
}
