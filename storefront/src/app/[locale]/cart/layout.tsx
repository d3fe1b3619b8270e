import { clientMessagesLayout } from "@/i18n/ClientMessages"

export default clientMessagesLayout(["cart", "errors"])
