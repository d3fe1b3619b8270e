// The Shanghai day (YYYY-MM-DD) the backend buckets sales by, from the shared contracts.
export { shanghaiToday as shanghaiDay } from "@onecounty/contracts/shanghai-day"
