import NextLink from "next/link"
import type { ComponentProps } from "react"
import { getLocale } from "next-intl/server"
import { localePath } from "./paths"

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: string }

/**
 * next/link to a shop path in the page's locale, resolved on the server. next-intl's `Link` is a
 * client component reading the locale from its client provider: on every page it brought
 * next-intl's client runtime (use-intl, intl-messageformat, ≈ 17 KB compressed) into the first load.
 */
export async function Link({ href, ...rest }: Props) {
  return <NextLink href={localePath(await getLocale(), href)} {...rest} />
}
