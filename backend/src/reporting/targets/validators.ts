// Target requests shared by the operators' routes (api/admin/reporting/targets) and the officials'
// (api/officials/targets): one reading of a target list query and of an uploaded targets file.
import { z } from "@medusajs/framework/zod"
import type { Table } from "../../lib/tabular"
import { TARGET_LEVELS } from "../../modules/support/constants"

export const TargetListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  level: z.enum([...TARGET_LEVELS]).optional(),
})

/** The uploaded file, already read into a table by the tableUpload middleware. */
export const ImportTargets = z.object({
  table: z.custom<Table>((value) => typeof value === "object" && value !== null && Array.isArray((value as Table).rows), {
    message: "file: send the targets as a CSV or XLSX file",
  }),
})
export type ImportTargetsType = z.infer<typeof ImportTargets>
