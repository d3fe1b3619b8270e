declare module "autocannon" {
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number }
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string> }
  type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; non2xx: number; errors: number; timeouts: number }
  export default function autocannon(opts: Options): Promise<Result>
}
