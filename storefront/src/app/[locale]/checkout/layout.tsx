import { clientMessagesLayout } from "@/i18n/ClientMessages"

export default clientMessagesLayout(["checkout", "address", "errors", "common"])
