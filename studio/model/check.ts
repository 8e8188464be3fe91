import { acceptPack, type RecordMemo } from '@/content/validate'
import type { Problem } from '@/content/problem'
import { PACK_COLLECTIONS, recordsOf, whereOf, type PackCollection, type RawPack } from './collections'

/*
 * The app's own verdict on the draft: acceptPack, the decision content:check and every phone make. Its
 * problems are then sorted to the record and the field they name, so the form can show each beside its field.
 */

export interface DraftCheck {
  problems: Problem[]
  /** Problems about the pack as a whole (version, edition, an empty collection …). */
  packProblems: Problem[]
  /** Per collection, per record index: that record's problems. */
  byRecord: Record<PackCollection, Problem[][]>
}

/**
 * `memo` keeps each unchanged record's schema verdict between keystrokes (edits replace only the edited record);
 * the verdict is the same with or without it.
 */
export function checkDraft(pack: RawPack, memo?: RecordMemo): DraftCheck {
  const result = acceptPack(pack, memo)
  const problems = result.ok ? [] : result.problems
  const byRecord = {} as Record<PackCollection, Problem[][]>
  const index = new Map<string, Array<[PackCollection, number]>>()
  for (const collection of PACK_COLLECTIONS) {
    const records = recordsOf(pack, collection)
    byRecord[collection] = records.map(() => [])
    records.forEach((record, i) => {
      const where = whereOf(collection, record, i)
      index.set(where, [...(index.get(where) ?? []), [collection, i]])
    })
  }
  const packProblems: Problem[] = []
  for (const problem of problems) {
    const targets = index.get(problem.where)
    if (!targets) packProblems.push(problem)
    // Two records with one id share a name in the checker's words: both are shown the problem.
    else for (const [collection, i] of targets) byRecord[collection][i]!.push(problem)
  }
  return { problems, packProblems, byRecord }
}

/** The problems of one field: the field itself and everything inside it (`pay` holds `pay.max`). */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.field === path || p.field.startsWith(`${path}.`) || p.field.startsWith(`${path}[`))
}

/** Problems of exactly this path (shown beside it), as opposed to those of the parts inside it. */
export function problemsExactly(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.field === path || (path === '' && p.field === '(记录)'))
}

/**
 * While a new record is being filled in, the problems the editor has reached: those of the fields they have
 * typed into (and what is inside or around them, such as an end date checked against the start), not the twenty
 * empty fields still ahead. The record-level problems wait too. `touched` holds field paths (`contacts[0].phone`).
 */
export function problemsReached(problems: readonly Problem[], touched: ReadonlySet<string>): Problem[] {
  const within = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`)
  return problems.filter((p) => [...touched].some((t) => within(p.field, t) || within(t, p.field)))
}
