/** Marks the host and the banner of a server render (renderBannerHTML), which mountUI takes over. */
export const SSR_MARKER = 'data-assent-ssr'
