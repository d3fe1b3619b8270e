// Partners report sales with signed requests; each line is booked once into the same ledger as
// online and counter sales, attributed the same way, and rebuilt by the reconciliation.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createCatalogue, eventually, reconcileViaApi, type Catalogue } from "../reporting/fixtures"
import { giveBarcodes, lianhuaSale, registerLianhua, signed, UNKNOWN_BARCODE, WALNUT_BARCODE, type Line, type PartnerKey } from "./fixtures"

jest.setTimeout(240_000)

// No Redis: partner jobs are booked in-process, the development fallback (the worker path is the bench's).
delete process.env.REPORTING_REDIS_URL
delete process.env.REDIS_URL

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let admin: Headers
    let catalogue: Catalogue
    let partnerId: string
    let key: PartnerKey
    let products: { almondProduct: string; walnutProduct: string }

    const send = (lines: Line[], k: PartnerKey = key, at?: number) => {
      const body = JSON.stringify({ lines })
      return settle(api.post("/partners/sales", body, { headers: { "content-type": "application/json", ...signed(k, body, at) } }))
    }
    const ledger = async () =>
      (
        await db.raw(
          `select kind, order_id, entry_date::text, sale_date::text, channel_kind, channel_id, counter_id, partner_district,
             county_code, certified, counts_toward_target, quantity, amount_fen::int
           from sales_ledger_entry where channel_kind = 'partner' order by order_id, source_id`
        )
      ).rows
    const tallyNet = async () =>
      Number((await db.raw(`select coalesce(sum(sale_fen + reduction_fen), 0)::bigint as n from sales_tally where channel_kind = 'partner'`)).rows[0].n)

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      catalogue = await createCatalogue(container)
      products = await giveBarcodes(container, catalogue)
      admin = await adminHeaders(container)
      ;({ partnerId, key } = await registerLianhua(api, admin))
    })


    it("refuses unsigned, forged, stale and revoked requests, and books a signed one", async () => {
      const body = JSON.stringify({ lines: [lianhuaSale("R1", 1)] })
      const unsigned = await settle(api.post("/partners/sales", body, { headers: { "content-type": "application/json" } }))
      expect(unsigned.status).toBe(401)
      const forged = await send([lianhuaSale("R1", 1)], { ...key, secret: "psk_not-the-secret" })
      expect(forged.status).toBe(401)
      expect(forged.data.message).toMatch(/OneCounty-Signature: signature does not match/)
      const stale = await send([lianhuaSale("R1", 1)], key, Math.floor(Date.now() / 1000) - 301)
      expect(stale.status).toBe(401)
      expect(stale.data.message).toMatch(/300 s/)
      // the body changed after signing
      const tampered = await settle(
        api.post("/partners/sales", JSON.stringify({ lines: [lianhuaSale("R1", 1, { amount_fen: 1 })] }), {
          headers: { "content-type": "application/json", ...signed(key, body) },
        })
      )
      expect(tampered.status).toBe(401)
      expect(await ledger()).toEqual([])

      const ok = await send([lianhuaSale("R1", 1)])
      expect(ok.status).toBe(200)
      expect(ok.data).toMatchObject({ received: 1, new: 1, duplicates: 0, waiting_for_mapping: 0 })
      const [entry] = await eventually(async () => {
        const rows = await ledger()
        expect(rows).toHaveLength(1)
        return rows
      })
      const [outlet] = (await api.get(`/admin/partners/${partnerId}/outlets`, admin)).data.outlets
      expect(entry).toEqual({
        kind: "sale",
        order_id: `partner:${partnerId}:R1`,
        entry_date: "2026-03-08",
        sale_date: "2026-03-08",
        channel_kind: "partner",
        channel_id: partnerId,
        counter_id: outlet.id,
        partner_district: "宝山区",
        county_code: "653125",
        certified: true,
        counts_toward_target: true,
        quantity: 2,
        amount_fen: 3980,
      })

      const credentialId = (await api.get(`/admin/partners/${partnerId}/credentials`, admin)).data.credentials[0].id
      await api.post(`/admin/partners/${partnerId}/credentials/${credentialId}/revoke`, {}, admin)
      expect((await send([lianhuaSale("R2", 1)])).status).toBe(401)
    })

    it("changes nothing on an identical resend and answers 409 naming the line on a conflicting one", async () => {
      const lines = [lianhuaSale("R1", 1), lianhuaSale("R1", 2, { barcode: WALNUT_BARCODE, quantity: 1, amount_fen: 1500 })]
      expect((await send(lines)).data).toMatchObject({ new: 2, duplicates: 0 })
      await eventually(async () => expect(await ledger()).toHaveLength(2))
      const again = await send(lines)
      expect(again.data).toMatchObject({ new: 0, duplicates: 2 })
      const conflict = await send([lianhuaSale("R3", 1), lianhuaSale("R1", 2, { barcode: WALNUT_BARCODE, quantity: 1, amount_fen: 1600 })])
      expect(conflict.status).toBe(409)
      expect(conflict.data.errors).toEqual([
        expect.objectContaining({ line_index: 1, reference: "R1", line: 2, field: "reference/line" }),
      ])
      expect(conflict.data.message).toMatch(/lines\[1\]/)
      // nothing of the conflicting request was stored: R3 is not there
      const { rows } = await db.raw(`select reference, line from partner_sale_line order by 1, 2`)
      expect(rows).toEqual([{ reference: "R1", line: 1 }, { reference: "R1", line: 2 }])
      expect(await tallyNet()).toBe(3980 + 1500)
    })

    it("names every bad line and field and stores nothing", async () => {
      const res = await send([
        lianhuaSale("R1", 1),
        lianhuaSale("R1", 2, { barcode: "6901234567893" }),
        lianhuaSale("R1", 3, { outlet_code: "NOPE" }),
        lianhuaSale("R1", 4, { quantity: -1, amount_fen: 100 }),
        lianhuaSale("R9", 1, { quantity: -1, amount_fen: -100 }),
      ])
      expect(res.status).toBe(400)
      expect(res.data.errors.map((e: any) => [e.line_index, e.field])).toEqual([
        [1, "barcode"],
        [2, "outlet_code"],
        [3, "quantity"],
        [4, "reference"],
      ])
      expect((await db.raw(`select count(*)::int as n from partner_sale_line`)).rows[0].n).toBe(0)
    })

    it("books refund lines on their own day with the sale's attribution", async () => {
      await send([lianhuaSale("R1", 1)])
      await send([lianhuaSale("R1", 2, { sold_at: "2026-04-02T09:00:00+08:00", quantity: -1, amount_fen: -1990 })])
      await eventually(async () => expect(await ledger()).toHaveLength(2))
      const refund = (await ledger()).find((e: any) => e.kind === "return")
      expect(refund).toMatchObject({ entry_date: "2026-04-02", sale_date: "2026-03-08", amount_fen: -1990, quantity: -1, counts_toward_target: true })
      expect(await tallyNet()).toBe(3980 - 1990)
    })

    it("queues an unknown barcode, never drops it, and books it on its own sale day once mapped", async () => {
      const res = await send([lianhuaSale("R1", 1), lianhuaSale("R2", 1, { barcode: UNKNOWN_BARCODE, sold_at: "2026-01-15T20:00:00+08:00", amount_fen: 999 })])
      expect(res.data).toMatchObject({ new: 2, waiting_for_mapping: 1 })
      await eventually(async () => expect(await ledger()).toHaveLength(1))
      const queue = (await api.get(`/admin/partner-codes`, admin)).data
      expect(queue.codes).toEqual([
        expect.objectContaining({ kind: "barcode", code: UNKNOWN_BARCODE, status: "waiting", lines_waiting: 1, amount_fen_waiting: 999 }),
      ])
      expect(queue.codes[0].partner).toMatchObject({ id: partnerId, name_zh: "联华超市" })
      const mapped = await api.post(`/admin/partner-codes/${queue.codes[0].id}`, { status: "mapped", product_id: products.almondProduct }, admin)
      expect(mapped.data).toMatchObject({ code: { status: "mapped", product_id: products.almondProduct }, queued_lines: 1 })
      const entries = await eventually(async () => {
        const rows = await ledger()
        expect(rows).toHaveLength(2)
        return rows
      })
      expect(entries.find((e: any) => e.order_id.endsWith(":R2"))).toMatchObject({ entry_date: "2026-01-15", amount_fen: 999 })
      expect((await api.get(`/admin/partner-codes`, admin)).data.codes).toEqual([])
    })

    it("maps a partner SKU once; lines marked not-assistance book nothing", async () => {
      await send([lianhuaSale("R1", 1, { barcode: undefined, sku: "LH-ALM-500" }), lianhuaSale("R2", 1, { barcode: undefined, sku: "LH-BAG" })])
      const codes = (await api.get(`/admin/partners/${partnerId}/codes?status=waiting`, admin)).data.codes
      expect(codes.map((c: any) => c.code).sort()).toEqual(["LH-ALM-500", "LH-BAG"])
      await api.post(`/admin/partners/${partnerId}/codes`, { kind: "sku", code: "LH-ALM-500", product_id: products.almondProduct }, admin)
      const bag = codes.find((c: any) => c.code === "LH-BAG")
      expect((await api.post(`/admin/partner-codes/${bag.id}`, { status: "not_assistance" }, admin)).data.queued_lines).toBe(0)
      await eventually(async () => expect(await ledger()).toHaveLength(1))
      // a later line of a mapped SKU books at once
      await send([lianhuaSale("R3", 1, { barcode: undefined, sku: "LH-ALM-500" })])
      await eventually(async () => expect(await ledger()).toHaveLength(2))
    })

    it("reconciliation rebuilds a deleted partner entry from the stored lines", async () => {
      await send([lianhuaSale("R1", 1), lianhuaSale("R2", 1, { barcode: WALNUT_BARCODE, amount_fen: 700 })])
      await eventually(async () => expect(await ledger()).toHaveLength(2))
      const before = await ledger()
      await db.raw(`delete from sales_ledger_entry where order_id = ?`, [`partner:${partnerId}:R1`])
      const run = await reconcileViaApi(api, admin, { from_date: "2026-03-08", to_date: "2026-03-08", repair: true })
      expect(run).toMatchObject({ differences_found: 1, repaired: 1 })
      expect(await ledger()).toEqual(before)
      expect(await tallyNet()).toBe(3980 + 700)
      const clean = await reconcileViaApi(api, admin, { from_date: "2026-03-08", to_date: "2026-03-08", repair: true })
      expect(clean).toMatchObject({ differences_found: 0 })
    })
  },
})
