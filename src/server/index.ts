// PLACEHOLDER until issue 5 lands.
export const placeholder = true
