/**
 * Static checks of infra/docker-compose.yml (no Docker, no Medusa): pinned
 * image tags, the eight services, Dockerfiles that exist, depends_on targets
 * that exist, and no secret written into the file.
 */
import fs from "fs"
import path from "path"
import { parse } from "yaml"

const repoRoot = path.resolve(__dirname, "../../..")
const infraDir = path.join(repoRoot, "infra")
const composePath = path.join(infraDir, "docker-compose.yml")

type Service = {
  image?: string
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] }
  environment?: Record<string, string | number | boolean | null> | string[]
  depends_on?: string[] | Record<string, { condition?: string }>
  healthcheck?: { test?: unknown; disable?: boolean }
}

const REQUIRED_SERVICES = [
  "postgres",
  "redis",
  "meilisearch",
  "backend-server",
  "backend-worker",
  "reporting-worker",
  "storefront",
  "admin",
]

// `${VAR:-default}` / `${VAR-default}` → default; anything else stays as is.
const withDefaults = (s: string) => s.replace(/\$\{[A-Za-z0-9_]+:?-([^}]*)\}/g, "$1")

// Problem with an image reference, or null when it names a specific tag or digest.
export function imageProblem(ref: string): string | null {
  const image = withDefaults(ref)
  if (image.includes("${")) return `${ref}: tag depends on a variable without default`
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return null
  const lastSlash = image.lastIndexOf("/")
  const colon = image.indexOf(":", lastSlash + 1)
  if (colon === -1) return `${ref}: no tag`
  const tag = image.slice(colon + 1)
  if (!tag || tag === "latest") return `${ref}: tag "${tag || "(empty)"}" is not pinned`
  return null
}

const SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_KEY|MASTER_KEY|PRIVATE_KEY|CREDENTIALS)/i
const REQUIRED = "\u0001"
// `${VAR:-x}` / `${VAR-x}` → x; `${VAR}` / `${VAR:?msg}` → a marker for "comes from the environment".
const resolveRefs = (v: string) =>
  v.replace(/\$\{[A-Za-z0-9_]+(?::?([-?])([^}]*))?\}/g, (_m, op, rest) => (op === "-" ? rest : REQUIRED))
const onlyRequiredVars = (v: string) => /^\u0001+$/.test(resolveRefs(v).trim())

// Problem with one environment/build-arg entry, or null.
export function secretProblem(key: string, raw: unknown): string | null {
  const value = raw === null || raw === undefined ? "" : String(raw)
  if (SECRET_NAME.test(key) && !/PUBLISHABLE/i.test(key) && !onlyRequiredVars(value)) {
    return `${key}: secret must come from \${VAR:?} (no literal, no default)`
  }
  const userinfo = resolveRefs(value).match(/:\/\/([^/@\s]*)@/)?.[1]
  if (userinfo?.includes(":") && !onlyRequiredVars(userinfo.slice(userinfo.indexOf(":") + 1))) {
    return `${key}: password inside a URL must be \${VAR:?}`
  }
  return null
}

function entries(x: Record<string, unknown> | string[] | undefined): [string, unknown][] {
  if (!x) return []
  if (Array.isArray(x)) {
    return x.map((e) => {
      const i = e.indexOf("=")
      return i === -1 ? [e, undefined] : [e.slice(0, i), e.slice(i + 1)]
    })
  }
  return Object.entries(x)
}

// FROM lines of a Dockerfile with ARG defaults filled in; build stages skipped.
function baseImages(dockerfile: string): string[] {
  const args: Record<string, string> = {}
  const stages = new Set<string>()
  const images: string[] = []
  for (const line of fs.readFileSync(dockerfile, "utf8").split("\n")) {
    const arg = line.match(/^\s*ARG\s+([A-Za-z0-9_]+)=(\S+)/)
    if (arg) args[arg[1]] = arg[2]
    const from = line.match(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i)
    if (!from) continue
    const image = from[1].replace(/\$\{?([A-Za-z0-9_]+)\}?/g, (_, name) => args[name] ?? `\${${name}}`)
    if (!stages.has(image)) images.push(image)
    if (from[2]) stages.add(from[2])
  }
  return images
}

describe("infra/docker-compose.yml", () => {
  const text = fs.readFileSync(composePath, "utf8")
  const doc = parse(text, { merge: true }) as { services: Record<string, Service> }
  const services = doc.services ?? {}
  const names = Object.keys(services)

  it("has the eight services", () => {
    expect(names).toEqual(expect.arrayContaining(REQUIRED_SERVICES))
  })

  it("runs the reporting worker beside Medusa's server and worker, restarted and health-checked on its metrics port", () => {
    const worker = services["reporting-worker"] as Service & { command?: string[]; restart?: string }
    expect(worker.command).toEqual(["npm", "run", "worker"])
    expect(worker.restart).toBe("unless-stopped")
    expect(worker.image).toBe(services["backend-server"].image)
    const env = worker.environment as Record<string, string>
    expect(env.REDIS_URL).toBe((services["backend-server"].environment as Record<string, string>).REDIS_URL)
    expect(JSON.stringify(worker.healthcheck?.test)).toContain(`127.0.0.1:${env.REPORTING_METRICS_PORT}/metrics`)
    expect(Object.keys(worker.depends_on ?? {})).toEqual(expect.arrayContaining(["postgres", "redis", "migrate"]))
    // the script the command runs exists in the backend package (the image is built from it)
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "backend", "package.json"), "utf8"))
    expect(pkg.scripts.worker).toMatch(/medusa exec \.\/src\/reporting\/worker-main/)
  })

  it("pins every image to a specific tag", () => {
    const problems = names.flatMap((name) => {
      const image = services[name].image
      if (!image) return services[name].build ? [] : [`${name}: neither image nor build`]
      const p = imageProblem(image)
      return p ? [`${name}: ${p}`] : []
    })
    expect(problems).toEqual([])
    // the third-party images the stack was written against
    expect(services.postgres.image).toBe("postgres:17.6-alpine")
    expect(services.redis.image).toBe("redis:7.4.5-alpine")
    expect(services.meilisearch.image).toBe("getmeili/meilisearch:v1.16.0")
  })

  it("builds from Dockerfiles that exist and pin their base images", () => {
    const built = names.filter((n) => services[n].build)
    expect(built).toEqual(expect.arrayContaining(["backend-server", "backend-worker", "storefront", "admin"]))
    const problems = built.flatMap((name) => {
      const build = services[name].build!
      const context = path.resolve(infraDir, typeof build === "string" ? build : build.context ?? ".")
      const dockerfile = path.join(context, (typeof build === "object" && build.dockerfile) || "Dockerfile")
      if (!fs.existsSync(dockerfile)) return [`${name}: ${path.relative(repoRoot, dockerfile)} does not exist`]
      return baseImages(dockerfile).flatMap((img) => {
        const p = imageProblem(img)
        return p ? [`${name}: ${path.relative(repoRoot, dockerfile)}: ${p}`] : []
      })
    })
    expect(problems).toEqual([])
  })

  it("serves the console from nginx with the backend's security headers and its origin in connect-src", () => {
    const conf = fs.readFileSync(path.join(infraDir, "admin.nginx.conf"), "utf8")
    const locations = [...conf.matchAll(/location (\/console\/[^ ]*) \{([^}]*)\}/g)].map(([, where, body]) => ({ where, body }))
    expect(locations.map((l) => l.where)).toEqual(["/console/assets/", "/console/"])
    for (const { where, body } of locations) {
      for (const header of ["X-Content-Type-Options \"nosniff\"", "X-Frame-Options \"DENY\"", "Referrer-Policy", "Strict-Transport-Security"]) {
        expect({ where, header, present: body.includes(`add_header ${header}`) }).toEqual({ where, header, present: true })
      }
    }
    expect(locations[1].body).toMatch(/Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self';[^"]*connect-src 'self' __BACKEND_URL__;[^"]*frame-ancestors 'none'/)
    expect(fs.readFileSync(path.join(infraDir, "admin.Dockerfile"), "utf8")).toContain('sed -i "s|__BACKEND_URL__|${VITE_BACKEND_URL}|" /etc/nginx/conf.d/default.conf')
  })

  it("depends only on services that exist, healthy ones with a healthcheck", () => {
    const problems = names.flatMap((name) => {
      const deps = services[name].depends_on
      if (!deps) return []
      const list: [string, { condition?: string }][] = Array.isArray(deps) ? deps.map((d) => [d, {}]) : Object.entries(deps)
      return list.flatMap(([target, opts]) => {
        const dep = services[target]
        if (!dep) return [`${name} → ${target}: no such service`]
        const condition = opts?.condition ?? "service_started"
        if (!["service_started", "service_healthy", "service_completed_successfully"].includes(condition)) {
          return [`${name} → ${target}: unknown condition ${condition}`]
        }
        if (condition === "service_healthy" && (!dep.healthcheck?.test || dep.healthcheck.disable)) {
          return [`${name} → ${target}: waits for healthy but ${target} has no healthcheck`]
        }
        return []
      })
    })
    expect(problems).toEqual([])
  })

  it("contains no literal secrets", () => {
    const problems = names.flatMap((name) => {
      const s = services[name]
      const build = typeof s.build === "object" ? s.build.args : undefined
      return [...entries(s.environment as Record<string, unknown>), ...entries(build as Record<string, unknown>)]
        .map(([k, v]) => secretProblem(k, v))
        .filter((p): p is string => !!p)
        .map((p) => `${name}: ${p}`)
    })
    expect(problems).toEqual([])
    expect(text).not.toMatch(/supersecret|change-me|changeme/i)
  })
})

describe("the compose checks themselves", () => {
  it("reject unpinned images and accept pinned ones", () => {
    expect(imageProblem("redis")).toMatch(/no tag/)
    expect(imageProblem("redis:latest")).toMatch(/not pinned/)
    expect(imageProblem("localhost:5000/app")).toMatch(/no tag/)
    expect(imageProblem("app:${TAG}")).toMatch(/variable/)
    expect(imageProblem("localhost:5000/app:1.2.3")).toBeNull()
    expect(imageProblem("onecounty/backend:${V:-dev}")).toBeNull()
    expect(imageProblem(`postgres@sha256:${"a".repeat(64)}`)).toBeNull()
  })

  it("reject literal and defaulted secrets", () => {
    expect(secretProblem("JWT_SECRET", "supersecret")).not.toBeNull()
    expect(secretProblem("JWT_SECRET", "${JWT_SECRET:-supersecret}")).not.toBeNull()
    expect(secretProblem("POSTGRES_PASSWORD", "")).not.toBeNull()
    expect(secretProblem("DATABASE_URL", "postgres://u:hunter2@db/x")).not.toBeNull()
    expect(secretProblem("JWT_SECRET", "${JWT_SECRET:?set it}")).toBeNull()
    expect(secretProblem("DATABASE_URL", "postgres://u:${PW:?}@db/x")).toBeNull()
    expect(secretProblem("DATABASE_URL", "postgres://${U:-me}:hunter2@db/x")).not.toBeNull()
    expect(secretProblem("DATABASE_URL", "postgres://${U:-me}:${PW:-pw}@db/x")).not.toBeNull()
    expect(secretProblem("DATABASE_URL", "postgres://${U:-me}:${PW:?set PW}@db:5432/${DB:-x}")).toBeNull()
    expect(secretProblem("REDIS_URL", "redis://redis:6379")).toBeNull()
    expect(secretProblem("MEDUSA_PUBLISHABLE_KEY", "${MEDUSA_PUBLISHABLE_KEY:-}")).toBeNull()
  })
})
