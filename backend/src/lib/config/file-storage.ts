import path from "node:path"
import { Modules } from "@medusajs/framework/utils"

/** Where uploaded public files are kept by the local provider (and served from by /uploads/:key). */
export function uploadDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.UPLOAD_DIR || "uploads")
}

/** The backend's public address, as browsers and the storefront's image optimiser reach it. */
function publicBackendUrl(env: NodeJS.ProcessEnv): string {
  return (env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`).replace(/\/$/, "")
}

/**
 * Medusa's File Module with one provider. S3_BUCKET set: the S3 provider (AWS or any S3-compatible
 * store, e.g. MinIO, Aliyun OSS, Tencent COS through S3_ENDPOINT), whose objects carry a one-year
 * Cache-Control since every key is unique. Otherwise the local provider, writing public files to
 * UPLOAD_DIR (served by the /uploads/:key route) and private ones (import files) beside it, never served.
 */
export function fileModuleFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const provider = env.S3_BUCKET
    ? {
        resolve: "@medusajs/medusa/file-s3",
        id: "s3",
        options: {
          file_url: env.S3_FILE_URL,
          access_key_id: env.S3_ACCESS_KEY_ID,
          secret_access_key: env.S3_SECRET_ACCESS_KEY,
          region: env.S3_REGION,
          bucket: env.S3_BUCKET,
          endpoint: env.S3_ENDPOINT || undefined,
          prefix: env.S3_PREFIX || undefined,
          cache_control: "public, max-age=31536000, immutable",
          // MinIO and most self-hosted stores address buckets by path, not by subdomain.
          additional_client_config: env.S3_FORCE_PATH_STYLE === "true" ? { forcePathStyle: true } : {},
        },
      }
    : {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: uploadDir(env),
          private_upload_dir: `${uploadDir(env)}-private`,
          backend_url: `${publicBackendUrl(env)}/uploads`,
        },
      }
  if (env.S3_BUCKET) {
    const missing = ["S3_FILE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_REGION"].filter((k) => !env[k])
    if (missing.length) throw new Error(`S3_BUCKET is set but ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not`)
  }
  return { key: Modules.FILE, resolve: "@medusajs/medusa/file", options: { providers: [provider] } }
}
