import { Module } from "@medusajs/framework/utils"
import OriginModuleService from "./service"

export const ORIGIN_MODULE = "origin"

export default Module(ORIGIN_MODULE, {
  service: OriginModuleService,
})
