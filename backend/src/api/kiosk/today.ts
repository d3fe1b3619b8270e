import { businessDate } from "../../reporting/shanghai-date"

export const shanghaiToday = () => businessDate(new Date()).date
