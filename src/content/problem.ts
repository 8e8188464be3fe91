/** One problem, printed as `<where>: <field>: <message>`. */
export interface Problem {
  where: string
  field: string
  message: string
}

export function formatProblem(p: Problem): string {
  return `${p.where}: ${p.field}: ${p.message}`
}
