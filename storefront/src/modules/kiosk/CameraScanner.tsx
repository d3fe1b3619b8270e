"use client"

import { useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"

/** Reads barcodes from the device camera with @zxing/browser, loaded only when the camera is opened. */
export function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const t = useTranslations("kiosk.sell")
  const video = useRef<HTMLVideoElement>(null)
  const [error, setError] = useState<string | null>(null)
  const onCodeRef = useRef(onCode)
  onCodeRef.current = onCode

  useEffect(() => {
    let stop: (() => void) | null = null
    let cancelled = false
    let last = ""
    void (async () => {
      try {
        const { BrowserMultiFormatReader } = await import("@zxing/browser")
        const reader = new BrowserMultiFormatReader()
        const controls = await reader.decodeFromVideoDevice(undefined, video.current!, (result) => {
          const text = result?.getText()
          // The same code stays in view for many frames: one scan per code until another is seen.
          if (text && text !== last) {
            last = text
            onCodeRef.current(text)
          }
        })
        if (cancelled) controls.stop()
        else stop = () => controls.stop()
      } catch {
        if (!cancelled) setError(t("cameraError"))
      }
    })()
    return () => {
      cancelled = true
      stop?.()
    }
  }, [t])

  return (
    <div className="space-y-2 rounded-xl bg-stone-900 p-2" data-testid="camera-scanner">
      <video ref={video} className="mx-auto max-h-64 w-full rounded-lg object-contain" muted playsInline />
      {error && (
        <p role="alert" className="text-center text-white">
          {error}
        </p>
      )}
      <button type="button" onClick={onClose} className="min-h-12 w-full rounded-lg bg-white font-semibold">
        {t("stopScan")}
      </button>
    </div>
  )
}
