// The videos of a step as a graph: an entry with `video-from` is made from the finished video of another.
// Plain functions over ids and edges (each entry has at most one upstream): the checks that refuse a graph
// before anything is sent, the upstreams a selection brings along, the connected sets a matrix leg keeps
// together, and the length of the chain that still hangs below each entry (the scheduler's priority).

/** One node: its id and the id its video comes from, if any. */
export interface GraphNode {
  id: string
  from?: string
}

/** Every edge problem, in manifest order: unknown ids, an entry naming itself, cycles (each named once). */
export function graphProblems(nodes: readonly GraphNode[]): string[] {
  const byId = new Map(nodes.map(node => [node.id, node]))
  const problems: string[] = []
  for (const { id, from } of nodes) {
    if (from === undefined) continue
    if (from === id) problems.push(`Manifest entry '${id}': video-from names the entry itself; an entry is made from another entry's video.`)
    else if (!byId.has(from)) problems.push(`Manifest entry '${id}': video-from is '${from}', which is not an id of this manifest.`)
  }
  // With one upstream per entry, a cycle is found by walking up from each entry; each node is walked once.
  const state = new Map<string, 'walking' | 'done'>()
  for (const start of nodes) {
    const path: string[] = []
    let id: string | undefined = start.id
    while (id !== undefined && !state.has(id)) {
      state.set(id, 'walking')
      path.push(id)
      const from: string | undefined = byId.get(id)?.from
      id = from !== undefined && from !== id && byId.has(from) ? from : undefined
    }
    if (id !== undefined && state.get(id) === 'walking') {
      const cycle = path.slice(path.indexOf(id))
      const names = [...cycle].reverse()
      problems.push(
        `Manifest entries ${names.map(name => `'${name}'`).join(', ')} form a cycle through video-from (${[...names, names[0]].join(' → ')}): each would wait for the other.`
      )
    }
    for (const walked of path) state.set(walked, 'done')
  }
  return problems
}

/** The selected ids and every upstream they need, in manifest order. */
export function withUpstreams(nodes: readonly GraphNode[], selected: ReadonlySet<string>): Set<string> {
  const from = new Map(nodes.map(node => [node.id, node.from]))
  const wanted = new Set<string>()
  for (const id of selected) {
    for (let at: string | undefined = id; at !== undefined && !wanted.has(at); at = from.get(at)) wanted.add(at)
  }
  return new Set(nodes.map(node => node.id).filter(id => wanted.has(id)))
}

/** The connected sets of the graph (edges taken both ways), each in manifest order, ordered by their first entry. */
export function connectedSets(nodes: readonly GraphNode[]): string[][] {
  const root = new Map(nodes.map(node => [node.id, node.id]))
  const find = (id: string): string => {
    let at = id
    while (root.get(at) !== at) at = root.get(at) ?? at
    // Path compression keeps a 1,000-entry chain linear.
    for (let step = id; root.get(step) !== at;) {
      const next = root.get(step) ?? at
      root.set(step, at)
      step = next
    }
    return at
  }
  for (const { id, from } of nodes) {
    if (from !== undefined && root.has(from)) {
      const [a, b] = [find(id), find(from)]
      if (a !== b) root.set(a, b)
    }
  }
  const sets = new Map<string, string[]>()
  for (const { id } of nodes) {
    const key = find(id)
    const set = sets.get(key)
    if (set) set.push(id)
    else sets.set(key, [id])
  }
  return [...sets.values()]
}

/**
 * Connected sets packed into at most `maxLegs` legs: one set per leg while they fit, else the largest sets
 * first, each into the leg with the fewest entries so far (the earlier leg on a tie): deterministic, and as
 * even as whole sets allow. Legs keep manifest order inside and are ordered by their first entry.
 */
export function packLegs(sets: readonly string[][], maxLegs: number): string[][] {
  if (sets.length <= maxLegs) return sets.map(set => [...set])
  const order = new Map(sets.flat().map((id, n) => [id, n]))
  const legs: string[][] = Array.from({ length: maxLegs }, () => [])
  const bySize = sets.map((set, n) => ({ set, n })).sort((a, b) => b.set.length - a.set.length || a.n - b.n)
  for (const { set } of bySize) {
    let smallest = 0
    for (let leg = 1; leg < legs.length; leg++) if ((legs[leg] as string[]).length < (legs[smallest] as string[]).length) smallest = leg
    ;(legs[smallest] as string[]).push(...set)
  }
  const rank = (id: string) => order.get(id) ?? 0
  for (const leg of legs) leg.sort((a, b) => rank(a) - rank(b))
  return legs.filter(leg => leg.length > 0).sort((a, b) => rank(a[0] as string) - rank(b[0] as string))
}

/** For each id, how many videos the longest chain starting at it holds (itself included): 1 for a leaf. */
export function chainLengths(nodes: readonly GraphNode[]): Map<string, number> {
  const below = new Map<string, string[]>()
  for (const { id, from } of nodes) if (from !== undefined) below.set(from, [...(below.get(from) ?? []), id])
  const length = new Map<string, number>()
  // Iterative post-order: a 1,000-entry chain must not exhaust the stack.
  for (const { id: start } of nodes) {
    const stack: { id: string; expanded: boolean }[] = [{ id: start, expanded: false }]
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; expanded: boolean }
      if (length.has(top.id)) {
        stack.pop()
        continue
      }
      const children = below.get(top.id) ?? []
      if (!top.expanded) {
        top.expanded = true
        for (const child of children) if (!length.has(child)) stack.push({ id: child, expanded: false })
        continue
      }
      stack.pop()
      length.set(top.id, 1 + Math.max(0, ...children.map(child => length.get(child) ?? 0)))
    }
  }
  return length
}
