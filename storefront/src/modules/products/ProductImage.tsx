const PALETTE = ["#7c2d12", "#14532d", "#1e3a8a", "#713f12", "#581c87", "#134e4a", "#7f1d1d", "#3f6212"]

export function placeholderColor(seed: string): string {
  let h = 0
  for (const ch of seed) h = (h * 31 + ch.codePointAt(0)!) >>> 0
  return PALETTE[h % PALETTE.length]!
}

/**
 * The product picture, or a drawn placeholder (the specialty's first character on a colour taken
 * from its county) when the product has none. Plain <img>: pictures come from the backend.
 */
export function ProductImage({
  src,
  alt,
  seed,
  priority = false,
  className = "",
}: {
  src?: string | null
  alt: string
  seed: string
  priority?: boolean
  className?: string
}) {
  if (src && /^(https?:)?\/\//.test(src)) {
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={src}
        alt={alt}
        width={600}
        height={600}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : "auto"}
        decoding="async"
        className={`aspect-square w-full rounded-lg bg-stone-100 object-cover ${className}`}
      />
    )
  }
  const glyph = [...(alt || "品")][0]
  return (
    <div
      role="img"
      aria-label={alt}
      className={`flex aspect-square w-full items-center justify-center rounded-lg text-5xl font-bold text-white/90 ${className}`}
      style={{ backgroundColor: placeholderColor(seed) }}
    >
      <span aria-hidden="true">{glyph}</span>
    </div>
  )
}
