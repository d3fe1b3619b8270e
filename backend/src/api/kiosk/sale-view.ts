import type { InferTypeOf } from "@medusajs/framework/types"
import type { Sale as SaleAnswer, SalePayment } from "@onecounty/contracts/kiosk"
import type { KioskSale } from "../../modules/kiosk/models/kiosk-sale"
import type { SaleFlag, SaleLine } from "../../workflows/kiosk/steps/price-sale"

type Sale = InferTypeOf<typeof KioskSale>

/** A sale as the device shows it: the receipt's data. */
export function saleView(sale: Sale): SaleAnswer<Date> {
  const lines = ((sale.lines as { list?: SaleLine[] } | null)?.list ?? []).map((l) => ({
    variant_id: l.variant_id,
    title: l.title,
    county_name: l.county_name,
    quantity: l.quantity,
    unit_price: l.unit_price,
    total: l.total,
  }))
  return {
    id: sale.id,
    order_id: sale.order_id as string,
    display_id: sale.display_id as number,
    idempotency_key: sale.idempotency_key,
    sold_at: sale.sold_at,
    counter_id: sale.counter_id,
    clerk_id: sale.clerk_id,
    items: lines,
    total: Number(sale.total),
    payment: sale.payment as SalePayment,
    flagged: sale.flagged,
    flags: (sale.flags as { list?: SaleFlag[] } | null)?.list ?? [],
  }
}
