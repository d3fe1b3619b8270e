import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { AdminCountiesResponse } from "@onecounty/contracts/admin-origins"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import { PairingTimeline } from "./pairing-timeline"
import { RegionTree } from "./region-tree"

// Every paired county fits in one page: there are a few hundred, not thousands.
const ALL = 1000

/** The origin catalogue: provinces → prefectures → counties with their products and pairings. */
const OriginsPage = () => {
  const [search, setSearch] = useState("")
  const [selected, setSelected] = useState<string>()
  const counties = useQuery({
    queryKey: ["origin-counties"],
    queryFn: () =>
      sdk.client.fetch<AdminCountiesResponse>("/admin/origins/counties", {
        query: { fields: "+products.id,+products.title", limit: ALL },
      }),
  })
  const all = counties.data?.counties ?? []
  const term = search.trim().toLowerCase()
  const shown = term
    ? all.filter((c) => [c.code, c.name_zh, c.name_en.toLowerCase(), c.prefecture.name_zh, c.prefecture.province.name_zh].some((s) => s.includes(term)))
    : all
  const county = all.find((c) => c.id === selected)
  return (
    <Container className="grid grid-cols-1 gap-6 p-6 md:grid-cols-[minmax(16rem,1fr)_2fr]">
      <div className="flex flex-col gap-y-3">
        <Heading level="h1">产地 Origins</Heading>
        <Input type="search" placeholder="搜索县、市、省 Search county, prefecture, province" value={search} onChange={(e) => setSearch(e.target.value)} />
        <RegionTree counties={shown} selected={selected} onSelect={setSelected} />
      </div>
      {county ? (
        <div className="flex flex-col gap-y-6">
          <div className="flex flex-col gap-y-1">
            <Heading level="h2">
              {county.name_zh} {county.name_en} <span className="font-mono text-sm">{county.code}</span>
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {county.prefecture.province.name_zh} · {county.prefecture.name_zh} {county.specialty_zh ? `· ${county.specialty_zh}` : ""}
            </Text>
            {!county.verified && <Badge color="orange" size="2xsmall" className="self-start">待核实 Unverified</Badge>}
          </div>
          <section className="flex flex-col gap-y-2">
            <Heading level="h2">商品 Products ({county.products?.length ?? 0})</Heading>
            <ul className="list-disc pl-5">
              {(county.products ?? []).map((p) => (
                <li key={p.id}>
                  <a className="text-ui-fg-interactive" href={`/app/products/${p.id}`}>{p.title}</a>
                </li>
              ))}
            </ul>
          </section>
          <PairingTimeline countyId={county.id} pairings={county.pairings} />
        </div>
      ) : (
        <Text className="text-ui-fg-subtle">选择一个县查看商品与结对 Choose a county to see its products and pairings</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "产地 Origins", icon: MapPin, rank: 1 })

export default OriginsPage
