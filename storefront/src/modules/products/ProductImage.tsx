import Image from "next/image"

const PALETTE = ["#7c2d12", "#14532d", "#1e3a8a", "#713f12", "#581c87", "#134e4a", "#7f1d1d", "#3f6212"]

export function placeholderColor(seed: string): string {
  let h = 0
  for (const ch of seed) h = (h * 31 + ch.codePointAt(0)!) >>> 0
  return PALETTE[h % PALETTE.length]!
}

/** `sizes` for the common places: a product grid card, the product page's main picture, a thumbnail. */
export const IMAGE_SIZES = {
  card: "(min-width: 1280px) 280px, (min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw",
  page: "(min-width: 1280px) 600px, (min-width: 768px) 50vw, 100vw",
  gallery: "(min-width: 768px) 12vw, 25vw",
  line: "80px",
} as const

/**
 * The product picture through next/image (resized WebP from the backend's file storage, lazy
 * unless `priority`), or a drawn placeholder (the specialty's first character on a colour taken
 * from its county) when the product has none. Any picture an operator uploads works the same.
 */
export function ProductImage({
  src,
  alt,
  seed,
  sizes = IMAGE_SIZES.card,
  priority = false,
  className = "",
}: {
  src?: string | null
  alt: string
  seed: string
  sizes?: string
  priority?: boolean
  className?: string
}) {
  if (src && /^(https?:)?\/\//.test(src)) {
    return (
      <div className={`relative aspect-square w-full overflow-hidden rounded-lg bg-stone-100 ${className}`}>
        <Image
          src={src}
          alt={alt}
          fill
          sizes={sizes}
          preload={priority}
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : undefined}
          className="object-cover"
          data-testid="product-image"
        />
      </div>
    )
  }
  const glyph = [...(alt || "品")][0]
  return (
    <div
      role="img"
      aria-label={alt}
      data-testid="product-image-placeholder"
      className={`flex aspect-square w-full items-center justify-center rounded-lg text-5xl font-bold text-white/90 ${className}`}
      style={{ backgroundColor: placeholderColor(seed) }}
    >
      <span aria-hidden="true">{glyph}</span>
    </div>
  )
}
