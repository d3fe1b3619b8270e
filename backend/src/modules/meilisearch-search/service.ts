import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService } from "@medusajs/framework/utils"
import type { Meilisearch as MeilisearchClient, Task } from "meilisearch" with { "resolution-mode": "import" }
import { primaryKeyIds, toMeiliFilter } from "./filters"
import { fromMeiliResponse, toMeiliSearch, type MeiliResponse } from "./query"
import { dateFields, encodeDocument, toMeiliSettings } from "./settings"

export type MeilisearchOptions = { host: string; apiKey?: string }

// meilisearch ships as an ES module only. Node (20.19+) loads it with its own require; jest's
// module registry cannot, so the package is loaded through Node's real require in both.
const nodeRequire = process.getBuiltinModule("node:module").createRequire(__filename)
const { Meilisearch } = nodeRequire("meilisearch") as typeof import("meilisearch", { with: { "resolution-mode": "import" } })

const STATUS: Record<string, SearchTypes.SearchTaskStatus> = {
  enqueued: "enqueued",
  processing: "processing",
  succeeded: "succeeded",
  failed: "failed",
  canceled: "failed",
}

/**
 * The Search Module's provider for Meilisearch. Writes are Meilisearch tasks: they are returned
 * enqueued and the module waits for them (waitForTask) before it switches to a new version.
 */
export default class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected client_: MeilisearchClient
  protected logger_: Logger

  static validateOptions(options: Partial<MeilisearchOptions>) {
    if (!options.host) {
      throw new Error("host: the Meilisearch provider needs MEILISEARCH_HOST")
    }
  }

  constructor({ logger }: { logger: Logger }, options: MeilisearchOptions) {
    super()
    this.logger_ = logger
    this.client_ = new Meilisearch({ host: options.host, apiKey: options.apiKey })
  }

  private task(index: string, enqueued: { taskUid: number }): SearchTypes.SearchTask {
    return { id: String(enqueued.taskUid), index, status: "enqueued" }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = toMeiliSettings(index)
    const uid = index.physical_name
    const existing = await this.client_.getRawIndex(uid).catch(() => null)
    if (!existing) {
      await this.client_.createIndex(uid, { primaryKey: index.primary_key }).waitTask()
    }
    // Settings as a task of their own: changing them re-indexes, which the module waits for.
    return this.task(uid, await this.client_.index(uid).updateSettings(settings))
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.client_.deleteIndexIfExists(index)
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await this.client_.getStats()
    return Object.entries(stats.indexes).map(([name, index]) => ({
      name,
      provider: MeilisearchSearchService.identifier,
      document_count: index.numberOfDocuments,
    }))
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const dates = dateFields(input.definition)
    const documents = input.documents.map((d) => encodeDocument(d, dates))
    return this.task(input.index, await this.client_.index(input.index).addDocuments(documents, { primaryKey: input.definition.primary_key }))
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const target = this.client_.index(index)
    const { primaryKey } = await target.getRawInfo()
    const ids = primaryKeyIds(filters, primaryKey ?? "id")
    if (ids) {
      return this.task(index, await target.deleteDocuments(ids))
    }
    const filter = toMeiliFilter(filters)
    if (!filter) {
      throw new Error("filters: refusing to delete every document by an empty filter; use clearIndex")
    }
    return this.task(index, await target.deleteDocuments({ filter }))
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.task(index, await this.client_.index(index).deleteAllDocuments())
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return (await this.searchMany([input]))[0]
  }

  /** One round-trip for the module's disjunctive facet queries. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const { results } = await this.client_.multiSearch({ queries: inputs.map(toMeiliSearch) })
    return results.map((result, i) => fromMeiliResponse(inputs[i], result as unknown as MeiliResponse))
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) {
      return task
    }
    const done: Task = await this.client_.tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? 60_000 })
    const status = STATUS[done.status] ?? "failed"
    if (status === "failed") {
      this.logger_.error(`Meilisearch task ${task.id} on ${task.index}: ${done.error?.message ?? done.status}`)
    }
    return {
      ...task,
      status,
      ...(done.error ? { error: { message: done.error.message, code: done.error.code } } : {}),
    }
  }
}
