import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CounterModule from "../modules/counter"

export default defineLink(CounterModule.linkable.counter, StockLocationModule.linkable.stockLocation)
