import { Module } from "@medusajs/framework/utils"
import KioskModuleService from "./service"

export const KIOSK_MODULE = "kiosk"

export default Module(KIOSK_MODULE, {
  service: KioskModuleService,
})
