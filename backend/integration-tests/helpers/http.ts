export type Res = { status: number; data: any; headers: Record<string, string> }

/** Resolves an axios call to its response whatever the status, so tests can assert on 4xx. */
export const settle = (p: Promise<Res>) =>
  p.catch((e: { response?: Res }) => {
    if (!e.response) {
      throw e
    }
    return e.response
  })
