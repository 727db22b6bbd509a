// Preloaded into the action (node --import) by tests that point it at non-loopback addresses.
// 1. TEST_DNS (JSON {name: address}) stands in for DNS, so "a public name that resolves to 10.0.0.5" can be
//    tested without any real lookup.
// 2. A safety net: any connection to an address outside loopback (and 0.0.0.0, which is the machine
//    itself) fails here, so that a test of a broken guard never sends a packet off the machine.
import dns from 'node:dns'
import net from 'node:net'
import { syncBuiltinESMExports } from 'node:module'

const names = JSON.parse(process.env.TEST_DNS || '{}')
const fake = host => names[String(host).toLowerCase()]

const lookup = dns.lookup
dns.lookup = function (host, options, callback) {
  const address = fake(host)
  if (address === undefined) return lookup.apply(this, arguments)
  const cb = typeof options === 'function' ? options : callback
  const family = net.isIP(address)
  const all = typeof options === 'object' && options !== null && options.all
  process.nextTick(() => (all ? cb(null, [{ address, family }]) : cb(null, address, family)))
}
const promisesLookup = dns.promises.lookup
dns.promises.lookup = async function (host, options) {
  const address = fake(host)
  if (address === undefined) return promisesLookup.call(this, host, options)
  const entry = { address, family: net.isIP(address) }
  return options && options.all ? [entry] : entry
}

const local = address => /^(127\.|0\.0\.0\.0$|::1$|::$|::ffff:127\.)/.test(address)
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  this.once('lookup', (error, address) => {
    if (!error && address && !local(address)) this.destroy(new Error(`offline.mjs: refused a real connection to ${address}`))
  })
  const options = typeof args[0] === 'object' && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : undefined
  const host = options && options.host
  if (host && net.isIP(host) && !local(host)) {
    process.nextTick(() => this.destroy(new Error(`offline.mjs: refused a real connection to ${host}`)))
    return this
  }
  return connect.apply(this, args)
}
syncBuiltinESMExports()
