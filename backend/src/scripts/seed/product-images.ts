import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, uploadFilesStep } from "@medusajs/medusa/core-flows"
import { CATALOGUE } from "./catalogue"
import { PAIRED_COUNTIES } from "./county-data"
import { renderIllustration } from "./illustration"
import { productHandle } from "./products"

// A few pictures per run of the workflow keeps each transaction's stored input small.
const BATCH = 10

type PictureInput = { pictures: { product_id: string; filename: string; content: string }[] }

/** Uploads the pictures through the File Module and makes each its product's thumbnail and image;
 * a failed product update deletes the files uploaded for the batch (uploadFilesStep's compensation). */
const attachProductPicturesWorkflow = createWorkflow("seed-attach-product-pictures", (input: PictureInput) => {
  const files = uploadFilesStep(
    transform({ input }, ({ input }) => ({
      files: input.pictures.map((p) => ({ filename: p.filename, mimeType: "image/webp", content: p.content, access: "public" as const })),
    }))
  )
  const products = transform({ input, files }, ({ input, files }) => ({
    products: input.pictures.map((p, i) => ({ id: p.product_id, thumbnail: files[i].url, images: [{ url: files[i].url }] })),
  }))
  updateProductsWorkflow.runAsStep({ input: products })
  return new WorkflowResponse(files)
})

/**
 * Step 13: a drawn picture for every catalogue product that has none — its category's colours and
 * emblem, its county's name and its own (illustration.ts) — uploaded through the File Module. A
 * product that already has a thumbnail or images (a seeded one, or a photo an operator uploaded)
 * is left alone, so running the seed again uploads nothing.
 */
export async function seedProductImages(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = CATALOGUE.map(productHandle)
  const { data: rows } = await query.graph({ entity: "product", fields: ["id", "handle", "thumbnail", "images.id"], filters: { handle: handles } })
  const bare = rows.filter((p) => !p.thumbnail && !p.images?.length)
  const itemByHandle = new Map(CATALOGUE.map((item) => [productHandle(item), item]))

  for (let i = 0; i < bare.length; i += BATCH) {
    const pictures = await Promise.all(
      bare.slice(i, i + BATCH).map(async (product) => {
        const item = itemByHandle.get(product.handle)!
        const county = PAIRED_COUNTIES.find((c) => c.code === item.county_code)!
        const webp = await renderIllustration(item, county)
        return { product_id: product.id, filename: `${product.handle}.webp`, content: webp.toString("base64") }
      })
    )
    await attachProductPicturesWorkflow(container).run({ input: { pictures } })
  }
  return { total: rows.length, created: bare.length }
}
