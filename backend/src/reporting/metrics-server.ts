import type { MedusaContainer } from "@medusajs/framework/types"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { renderMetrics } from "./collect-metrics"

/** Prometheus endpoint of the worker process, which has no Medusa HTTP server. */
export async function serveMetrics(container: MedusaContainer, port: number) {
  const server = createServer((req, res) => {
    if (req.url !== "/metrics") {
      res.writeHead(404).end()
      return
    }
    renderMetrics(container).then(
      ({ contentType, body }) => res.writeHead(200, { "content-type": contentType }).end(body),
      (e: Error) => res.writeHead(500).end(e.message)
    )
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
