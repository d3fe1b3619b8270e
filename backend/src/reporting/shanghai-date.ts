import { DateTime } from "luxon"
import { SHANGHAI_ZONE } from "@onecounty/contracts/shanghai-day"

// The Shanghai day lives in @onecounty/contracts (shared with the storefront and the console);
// what stays here is only the backend's: the scheduler's cron expression.
export {
  SHANGHAI_ZONE as REPORTING_ZONE,
  shanghaiDay as businessDate,
  shanghaiRange,
  shanghaiYesterday,
  type ShanghaiDay as BusinessDate,
} from "@onecounty/contracts/shanghai-day"

/**
 * A daily cron expression, in this process's time zone (Medusa's scheduler has no other), that
 * fires at hour:minute in Shanghai. Shanghai keeps no daylight saving, so only a server zone that
 * does could drift, by an hour, until the next restart.
 */
export function dailyCronAtShanghai(hour: number, minute = 0, zone?: string): string {
  const local = DateTime.now()
    .setZone(SHANGHAI_ZONE)
    .set({ hour, minute, second: 0, millisecond: 0 })
    .setZone(zone ?? "system")
  return `${local.minute} ${local.hour} * * *`
}
