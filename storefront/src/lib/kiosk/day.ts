/** YYYY-MM-DD of the Shanghai calendar day that `at` falls on (the backend buckets sales the same way). */
export function shanghaiDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(at)
}
