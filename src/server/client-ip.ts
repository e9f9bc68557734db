// The client's address as stored, per ipMode: truncated (IPv4 /24, IPv6 /48), salted hash, or none.
import type { IpMode } from './types'

function expandIpv6(address: string): number[] | null {
  const [head, tail, extra] = address.split('::')
  if (extra !== undefined) return null
  const part = (text: string) => (text ? text.split(':') : [])
  let groups = [...part(head)]
  let rest = tail === undefined ? [] : part(tail)
  // An embedded IPv4 tail (::ffff:1.2.3.4) counts as two groups.
  const convert = (list: string[]) => {
    const last = list[list.length - 1]
    if (last && last.includes('.')) {
      const v4 = last.split('.').map(Number)
      list.splice(list.length - 1, 1, ((v4[0] << 8) | v4[1]).toString(16), ((v4[2] << 8) | v4[3]).toString(16))
    }
  }
  if (tail === undefined) convert(groups)
  else convert(rest)
  const missing = 8 - groups.length - rest.length
  if (tail === undefined ? missing !== 0 : missing < 1) return null
  groups = [...groups, ...Array(tail === undefined ? 0 : missing).fill('0'), ...rest]
  const numbers = groups.map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN))
  return numbers.some(Number.isNaN) ? null : numbers
}

/** IPv4 a.b.c.d -> a.b.c.0; IPv6 -> first 48 bits then ::; anything else -> null. */
export function truncateIp(address: string): string | null {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  const candidate = v4mapped ? v4mapped[1] : address
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(candidate)
  if (v4) return v4.slice(1, 5).every((n) => Number(n) <= 255) ? `${Number(v4[1])}.${Number(v4[2])}.${Number(v4[3])}.0` : null
  const groups = expandIpv6(address.replace(/%.*$/, ''))
  if (!groups) return null
  return `${groups.slice(0, 3).map((g) => g.toString(16)).join(':')}::`
}

export async function hashIp(address: string, salt: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${address}`))
  return 'sha256:' + Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')
}

export async function storedIp(address: string | undefined, mode: IpMode, salt: string): Promise<string | null> {
  if (!address || mode === 'drop') return null
  if (mode === 'hash') return hashIp(address, salt)
  return truncateIp(address)
}
