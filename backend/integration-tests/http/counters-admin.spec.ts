import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"

jest.setTimeout(240_000)

const XUHUI = {
  code: "CTR-XH",
  name_zh: "徐汇区百县百品专柜",
  name_en: "Xuhui 100 Counties counter",
  kind: "counter",
  address: "漕溪北路 595 号",
  district_zh: "徐汇区",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const post = (url: string, body: unknown) => settle(api.post(url, body, admin))
    const channelCount = async () =>
      (await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels()).length

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
    })

    it("gives a new counter its own sales channel, stock location and publishable key", async () => {
      const res = await post("/admin/counters", XUHUI)
      expect(res.status).toBe(201)
      const counter = res.data.counter
      expect(counter).toMatchObject({ code: "CTR-XH", kind: "counter", district_en: "Xuhui" })
      expect(counter.sales_channel.name).toContain("徐汇区百县百品专柜")
      expect(counter.stock_location.address.city).toBe("上海")
      expect(counter.sales_channel.publishable_api_keys[0].token).toMatch(/^pk_/)

      const other = (await post("/admin/counters", { ...XUHUI, code: "OUT-JA", kind: "outlet", district_zh: "静安区" })).data.counter
      expect(other.sales_channel.id).not.toBe(counter.sales_channel.id)
      expect(other.stock_location.id).not.toBe(counter.stock_location.id)

      const listed = await api.get("/admin/counters?kind=outlet", admin)
      expect(listed.data.counters.map((c: { code: string }) => c.code)).toEqual(["OUT-JA"])
    })

    it.each([
      [{ ...XUHUI, kind: "kiosk" }, /kind/],
      [{ ...XUHUI, district_zh: "朝阳区" }, /district_zh: must be one of Shanghai's 16 districts/],
      [{ ...XUHUI, code: "ctr xh" }, /code: must be upper-case letters and digits/],
      [{ ...XUHUI, address: "" }, /address/],
    ])("rejects %j with a 400 and creates no channel", async (body, message) => {
      const before = await channelCount()
      const res = await post("/admin/counters", body)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(message)
      expect(await channelCount()).toBe(before)
    })

    it("rejects a duplicate code without leaving a channel, location or key behind", async () => {
      await post("/admin/counters", XUHUI)
      const before = await channelCount()
      const locations = (await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({})).length
      const res = await post("/admin/counters", XUHUI)
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("code: counter CTR-XH already exists")
      expect(await channelCount()).toBe(before)
      expect((await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({})).length).toBe(locations)
    })

    it("renames a counter's channel with it, refuses a code change and deletes it", async () => {
      const { data } = await post("/admin/counters", XUHUI)
      const id = data.counter.id
      const renamed = await post(`/admin/counters/${id}`, { name_zh: "徐汇区消费帮扶专柜" })
      expect(renamed.data.counter.name_zh).toBe("徐汇区消费帮扶专柜")
      expect(renamed.data.counter.sales_channel.name).toContain("徐汇区消费帮扶专柜")
      const recode = await post(`/admin/counters/${id}`, { code: "CTR-NEW" })
      expect(recode.status).toBe(400)
      expect(recode.data.message).toMatch(/code/)

      await api.delete(`/admin/counters/${id}`, admin)
      expect((await settle(api.get(`/admin/counters/${id}`, admin))).status).toBe(404)
      expect((await post("/admin/counters/ctr_missing", { name_zh: "x" })).status).toBe(404)
    })

    it("refuses the counter routes without an operator", async () => {
      expect((await settle(api.get("/admin/counters"))).status).toBe(401)
      expect((await settle(api.post("/admin/counters", XUHUI))).status).toBe(401)
    })
  },
})
