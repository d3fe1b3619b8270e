import IORedis from "ioredis"

// BullMQ's blocking commands need maxRetriesPerRequest null.
export const redisConnection = (url: string) => new IORedis(url, { maxRetriesPerRequest: null })
