import type { ChannelInfo, ProductOrigin } from "./types"

class TtlMap<V> {
  private entries = new Map<string, { value: V; until: number }>()

  constructor(private readonly ttlMs: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry || entry.until < Date.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry.value
  }

  set(key: string, value: V) {
    this.entries.set(key, { value, until: Date.now() + this.ttlMs })
  }
}

/**
 * The worker's short memory of products' origins and the counters: the same few hundred
 * products recur in every batch. An origin edited meanwhile is picked up within the TTL, and
 * the nightly reconciliation (which reads without cache) repairs entries booked in between.
 */
export class AttributionCache {
  readonly products: TtlMap<ProductOrigin>
  readonly channels: TtlMap<Map<string, ChannelInfo>>
  /** partner lines' barcodes: the product of the variant with that barcode, "" for none */
  readonly barcodes: TtlMap<string>

  constructor(ttlMs: number) {
    this.products = new TtlMap(ttlMs)
    this.channels = new TtlMap(ttlMs)
    this.barcodes = new TtlMap(ttlMs)
  }
}
