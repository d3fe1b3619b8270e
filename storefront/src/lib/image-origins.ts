// Where product pictures may come from, for next/image's optimiser (next.config.ts `images`).
// No imports: next.config.ts reads this file too.

type Env = Record<string, string | undefined>
type RemotePattern = { protocol: "http" | "https"; hostname: string; port: string; pathname: string }

/**
 * The backend (Medusa's local file provider serves /uploads/* there) and IMAGE_ORIGINS, the
 * comma-separated origins of any other file storage (the S3 provider's file URL, a CDN). Photos
 * operators upload in the Medusa admin land in one of these, like the seeded pictures.
 */
export function imageOrigins(env: Env = process.env): URL[] {
  const listed = [env.MEDUSA_BACKEND_URL || "http://localhost:9000", ...(env.IMAGE_ORIGINS ?? "").split(",")]
  return listed.map((s) => s.trim()).filter(Boolean).map((s) => new URL(s))
}

export function imageRemotePatterns(env: Env = process.env): RemotePattern[] {
  return imageOrigins(env).map((u) => ({ protocol: u.protocol === "https:" ? "https" : "http", hostname: u.hostname, port: u.port, pathname: "/**" }))
}

/**
 * The optimiser refuses addresses on the machine or the private network unless told otherwise:
 * allowed when a picture origin is one (a backend on localhost in development and the tests), or
 * with IMAGES_ALLOW_LOCAL_IP=true (a backend reached by an internal name behind a proxy).
 */
export function imagesFromLocalNetwork(env: Env = process.env): boolean {
  if (env.IMAGES_ALLOW_LOCAL_IP === "true") return true
  return imageOrigins(env).some(({ hostname: h }) => h === "localhost" || /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(h) || h === "[::1]")
}
