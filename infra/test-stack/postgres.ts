// The PostgreSQL server the tests run against (DB_HOST/DB_USERNAME/DB_PASSWORD/DB_PORT, as CI sets
// them) and throwaway databases on it.
import pg from "pg"

export function adminDbUrl(): string {
  const host = process.env.DB_HOST || "127.0.0.1"
  const user = process.env.DB_USERNAME || "postgres"
  const pass = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  const port = process.env.DB_PORT || "5432"
  return `postgres://${user}${pass}@${host === "localhost" ? "127.0.0.1" : host}:${port}`
}

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${adminDbUrl()}/postgres`, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** Runs one statement on `database` (the server's `postgres` database by default). */
export async function sqlQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  database = "postgres"
): Promise<T[]> {
  const client = new pg.Client({ connectionString: `${adminDbUrl()}/${database}` })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}

export const createDatabase = (name: string) => sqlQuery(`create database "${name}"`)
export const dropDatabase = (name: string) => sqlQuery(`drop database if exists "${name}" with (force)`)
