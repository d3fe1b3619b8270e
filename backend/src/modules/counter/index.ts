import { Module } from "@medusajs/framework/utils"
import CounterModuleService from "./service"

export const COUNTER_MODULE = "counter"

export default Module(COUNTER_MODULE, {
  service: CounterModuleService,
})
