import { createColumnHelper } from "@tanstack/react-table"
import type { RankingRow } from "@onecounty/contracts/officials"
import { Link } from "react-router"
import { DataTable } from "../components/DataTable"
import { formatMoney, formatPercent } from "../lib/format"
import { useI18n } from "../lib/i18n"
import type { OfficialPartner } from "./types"

type Row = RankingRow & { name: string }
const col = createColumnHelper<Row>()

/** Partners ranked by counted sales (`scope_code` is the partner id), each with its orders a click away. */
export function PartnerRanking({ rows, partners }: { rows: RankingRow[]; partners: OfficialPartner[] }) {
  const { name, t } = useI18n()
  const data = rows.map((r) => ({ ...r, name: name(partners.find((x) => x.id === r.scope_code), r.scope_code ?? "—") }))
  const columns = [
    col.accessor("rank", { header: t("rank") }),
    col.accessor("name", { header: t("partner") }),
    col.accessor("actual_fen", { header: t("actual"), cell: (c) => formatMoney(c.getValue()) }),
    col.accessor("net_fen", { header: t("net"), cell: (c) => formatMoney(c.getValue()) }),
    col.accessor("certified_share", { header: t("certifiedShare"), cell: (c) => formatPercent(c.getValue()) }),
    col.display({
      id: "orders",
      header: "",
      cell: (c) => (
        <Link className="text-sky-700 hover:underline" to={`/orders?channel_kind=partner&partner_id=${encodeURIComponent(c.row.original.scope_code ?? "")}`}>
          {t("viewLines")}
        </Link>
      ),
    }),
  ]
  return <DataTable data={data} columns={columns} testId="partner-ranking" />
}
