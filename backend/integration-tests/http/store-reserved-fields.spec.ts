import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { storefront } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createCatalogue } from "../reporting/fixtures"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("refuses store requests that set the metadata the ledger and seed read, or a counter's channel", async () => {
      const container = getContainer()
      const catalogue = await createCatalogue(container)
      const shop = await storefront(container)
      const cart = (body: Record<string, unknown>, headers = shop.headers) =>
        settle(api.post("/store/carts", { region_id: catalogue.regionId, ...body }, headers))

      const backdated = await cart({ metadata: { kiosk: { sold_at: "2019-06-01T00:00:00Z" } } })
      expect(backdated.status).toBe(400)
      expect(backdated.data.message).toMatch(/^metadata\.kiosk: reserved/)
      expect((await cart({ metadata: { demo_sales: "2025", demo_seq: 1 } })).data.message).toMatch(/^metadata\.demo_sales: reserved/)

      const ok = await cart({ metadata: { gift_note: "新年快乐" } })
      expect(ok.status).toBe(200)
      const id = ok.data.cart.id
      const update = await settle(api.post(`/store/carts/${id}`, { metadata: { kiosk: { sold_at: "x" } } }, shop.headers))
      expect(update.status).toBe(400)
      expect(update.data.message).toMatch(/^metadata\.kiosk/)
      const address = await settle(
        api.post(`/store/carts/${id}`, { shipping_address: { first_name: "李", metadata: { demo_seq: 3 } } }, shop.headers)
      )
      expect(address.data.message).toMatch(/^shipping_address\.metadata\.demo_seq/)
      const line = await settle(
        api.post(`/store/carts/${id}/line-items`, { variant_id: catalogue.certifiedVariant, quantity: 1, metadata: { kiosk: {} } }, shop.headers)
      )
      expect(line.data.message).toMatch(/^metadata\.kiosk/)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["metadata", "items.id"], filters: { id } })
      expect(data[0].metadata).toEqual({ gift_note: "新年快乐" })
      expect(data[0].items).toEqual([])

      // a counter's channel, named or through the counter's own publishable key
      // (Medusa itself refuses a channel the storefront's key is not linked to)
      expect((await cart({ sales_channel_id: catalogue.counterChannelId })).status).toBe(400)
      const keys = container.resolve(Modules.API_KEY)
      const key = await keys.createApiKeys({ title: "counter key", type: "publishable", created_by: "test" })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.API_KEY]: { publishable_key_id: key.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: catalogue.counterChannelId },
      })
      const viaKey = await cart({}, { headers: { "x-publishable-api-key": key.token } })
      expect(viaKey.status).toBe(400)
      expect(viaKey.data.message).toMatch(/^x-publishable-api-key/)
      const counterKey = { headers: { "x-publishable-api-key": key.token } }
      const named = await settle(api.post("/store/carts", { region_id: catalogue.regionId, sales_channel_id: catalogue.counterChannelId }, counterKey))
      expect(named.status).toBe(400)
      expect(named.data.message).toMatch(/^sales_channel_id: .* counter/)
      expect((await settle(api.post(`/store/carts/${id}`, { sales_channel_id: catalogue.counterChannelId }, shop.headers))).status).toBe(400)
    })
  },
})
