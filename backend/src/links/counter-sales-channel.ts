import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import CounterModule from "../modules/counter"

export default defineLink(CounterModule.linkable.counter, SalesChannelModule.linkable.salesChannel)
