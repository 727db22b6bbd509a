// The graph of a manifest, the plain parts: refusals (unknown ids, self, cycles of every length), the
// upstreams a selection brings, connected sets, deterministic leg packing, and chain lengths.
import { chainLengths, connectedSets, graphProblems, packLegs, withUpstreams, type GraphNode } from '../../src/step/graph.js'

const chain = (n: number, prefix = 'v'): GraphNode[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, from: i > 0 ? `${prefix}${i - 1}` : undefined }))

describe('graphProblems', () => {
  it('accepts chains, diamonds and upstreams listed after their dependents', () => {
    expect(graphProblems([{ id: 'b', from: 'a' }, { id: 'a' }, { id: 'c', from: 'a' }, { id: 'd', from: 'b' }])).toEqual([])
    expect(graphProblems(chain(1000))).toEqual([])
  })
  it('names an unknown id and an entry that names itself', () => {
    expect(
      graphProblems([
        { id: 'a', from: 'nope' },
        { id: 'b', from: 'b' }
      ])
    ).toEqual([
      "Manifest entry 'a': video-from is 'nope', which is not an id of this manifest.",
      "Manifest entry 'b': video-from names the entry itself; an entry is made from another entry's video."
    ])
  })
  it('names each cycle once with the ids that form it: length 2 and a long one, with a tail hanging off', () => {
    const problems = graphProblems([
      { id: 'a', from: 'b' },
      { id: 'b', from: 'a' },
      { id: 'tail', from: 'c1' },
      { id: 'c1', from: 'c2' },
      { id: 'c2', from: 'c3' },
      { id: 'c3', from: 'c1' },
      { id: 'free' }
    ])
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain("'b', 'a' form a cycle through video-from (b → a → b)")
    expect(problems[1]).toMatch(/'c\d', 'c\d', 'c\d' form a cycle/)
    for (const id of ['c1', 'c2', 'c3']) expect(problems[1]).toContain(`'${id}'`)
    expect(problems.join()).not.toContain('tail')
  })
  it('a cycle through the whole of a long chain', () => {
    const nodes = chain(500)
    nodes[0] = { id: 'v0', from: 'v499' }
    const problems = graphProblems(nodes)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain("'v499'")
  })
})

describe('withUpstreams', () => {
  it('brings every upstream of the selection, in manifest order, and nothing below it', () => {
    const nodes = [{ id: 'up4k', from: 'up' }, { id: 'x' }, { id: 'up', from: 'root' }, { id: 'root' }, { id: 'other', from: 'root' }]
    expect([...withUpstreams(nodes, new Set(['up4k']))]).toEqual(['up4k', 'up', 'root'])
    expect([...withUpstreams(nodes, new Set(['x', 'root']))]).toEqual(['x', 'root'])
  })
})

describe('connectedSets and packLegs', () => {
  it('keeps a diamond in one set, independent entries apart', () => {
    const nodes = [{ id: 'a' }, { id: 'b', from: 'a' }, { id: 'free' }, { id: 'c', from: 'a' }, { id: 'd', from: 'c' }]
    expect(connectedSets(nodes)).toEqual([['a', 'b', 'c', 'd'], ['free']])
  })
  it('one set a leg while they fit; beyond, as even as whole sets allow, each id once, the same every time', () => {
    const sets = Array.from({ length: 300 }, (_, i) => [`e${i}`])
    expect(packLegs(sets.slice(0, 256), 256)).toHaveLength(256)
    const legs = packLegs(sets, 256)
    expect(legs).toHaveLength(256)
    const sizes = legs.map(leg => leg.length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    expect(legs.flat().sort()).toEqual(sets.flat().sort())
    expect(packLegs(sets, 256)).toEqual(legs)
  })
  it('a large set is never split; the small ones fill the other legs', () => {
    const sets = [['big1', 'big2', 'big3', 'big4'], ['s1'], ['s2'], ['s3'], ['s4'], ['s5']]
    expect(packLegs(sets, 2)).toEqual([
      ['big1', 'big2', 'big3', 'big4', 's5'],
      ['s1', 's2', 's3', 's4']
    ])
    expect(packLegs(sets, 3)).toEqual([
      ['big1', 'big2', 'big3', 'big4'],
      ['s1', 's3', 's5'],
      ['s2', 's4']
    ])
  })
})

describe('chainLengths', () => {
  it('counts the longest chain below each entry, a diamond once per branch, 1,000 deep without recursion', () => {
    const lengths = chainLengths([{ id: 'a' }, { id: 'b', from: 'a' }, { id: 'c', from: 'a' }, { id: 'd', from: 'c' }, { id: 'e' }])
    expect(Object.fromEntries(lengths)).toEqual({ a: 3, b: 1, c: 2, d: 1, e: 1 })
    expect(chainLengths(chain(1000)).get('v0')).toBe(1000)
  })
})
