import { createHash } from "node:crypto"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../src/scripts/seed"
import { seedProductImages } from "../../src/scripts/seed/product-images"

jest.setTimeout(600_000)

// The local File Module provider writes here; medusa-config and the /uploads route read it.
const uploads = mkdtempSync(path.join(os.tmpdir(), "oc-uploads-"))
process.env.UPLOAD_DIR = uploads
afterAll(() => rmSync(uploads, { recursive: true, force: true }))

type Product = { id: string; handle: string; thumbnail: string | null; images: { url: string }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let products: Product[] = []
    const load = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "thumbnail", "images.url"] })
      return data as Product[]
    }

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] } as any)
      products = await load()
    })

    it("gives every seeded product its own picture as thumbnail and image, stored by the File Module", async () => {
      expect(products).toHaveLength(71)
      for (const p of products) {
        expect(p.thumbnail).toMatch(/\/uploads\/\d+-.+\.webp$/)
        expect(p.images.map((i) => i.url)).toEqual([p.thumbnail])
      }
      expect(new Set(products.map((p) => p.thumbnail)).size).toBe(71)
      expect(readdirSync(uploads)).toHaveLength(71)
    })

    it("serves each picture as WebP with a one-year immutable Cache-Control, and distinct pictures", async () => {
      const digests = new Set<string>()
      for (const p of products.slice(0, 12)) {
        const res = await api.get(new URL(p.thumbnail!).pathname, { responseType: "arraybuffer" })
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("image/webp")
        expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
        expect(res.headers["x-content-type-options"]).toBe("nosniff")
        const body = Buffer.from(res.data)
        expect(body.subarray(0, 4).toString()).toBe("RIFF")
        expect(body.subarray(8, 12).toString()).toBe("WEBP")
        digests.add(createHash("sha256").update(body).digest("hex"))
      }
      expect(digests.size).toBe(12)
    })

    it("answers 404 for a missing file and for paths outside the upload folder", async () => {
      for (const url of ["/uploads/1-missing.webp", "/uploads/..%2Fpackage.json", "/uploads/.env"]) {
        const res = await api.get(url, { validateStatus: () => true })
        expect([url, res.status]).toEqual([url, 404])
      }
    })

    it("uploads nothing again on a second run, nor for a product an operator gave a photo", async () => {
      const photo = { id: products[0].id, thumbnail: null, images: [{ url: "https://files.example.cn/photo.jpg" }] }
      await updateProductsWorkflow(getContainer()).run({ input: { products: [photo] } })
      const again = await seedProductImages(getContainer())
      expect(again).toEqual({ total: 71, created: 0 })
      const after = await load()
      expect(after.find((p) => p.id === photo.id)).toMatchObject({ thumbnail: null, images: photo.images })
      expect(after.filter((p) => p.id !== photo.id)).toEqual(expect.arrayContaining(products.slice(1)))
      expect(readdirSync(uploads)).toHaveLength(71)
    })
  },
})
