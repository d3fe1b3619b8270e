import { Button, Input, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../../lib/sdk"

type Product = { id: string; title: string; variants?: { id: string; sku: string | null; barcode: string | null }[] | null }

/** Search the catalogue by title, SKU or barcode and pick the product a partner's code stands for. */
export function ProductPicker({ onPick, picking }: { onPick: (product: Product) => void; picking: boolean }) {
  const [search, setSearch] = useState("")
  const products = useQuery({
    queryKey: ["partner-code-products", search],
    queryFn: () =>
      sdk.client.fetch<{ products: Product[] }>("/admin/products", {
        query: { q: search || undefined, limit: 20, fields: "id,title,variants.id,variants.sku,variants.barcode" },
      }),
    placeholderData: keepPreviousData,
  })
  const list = products.data?.products ?? []
  return (
    <div className="flex flex-col gap-y-3">
      <Input
        type="search"
        placeholder="搜索商品名称、SKU 或条码 Search title, SKU or barcode"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-label="搜索商品 Search products"
      />
      {products.error && <Text className="text-ui-fg-error">{products.error.message}</Text>}
      {!products.isLoading && list.length === 0 && <Text size="small" className="text-ui-fg-subtle">没有匹配的商品 No product matches</Text>}
      <Table>
        <Table.Body>
          {list.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <div className="flex flex-col">
                  <span>{p.title}</span>
                  <span className="font-mono text-xs text-ui-fg-subtle">
                    {(p.variants ?? []).map((v) => [v.sku, v.barcode].filter(Boolean).join(" · ")).filter(Boolean).join(", ") || "—"}
                  </span>
                </div>
              </Table.Cell>
              <Table.Cell className="text-right">
                <Button size="small" variant="secondary" disabled={picking} onClick={() => onPick(p)}>选择 Choose</Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
