import { clientMessagesLayout } from "@/i18n/ClientMessages"

export default clientMessagesLayout(["account", "address", "errors", "common"])
