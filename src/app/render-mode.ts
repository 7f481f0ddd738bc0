/**
 * Whether the first render produces the whole dashboard at once. The page normally builds up in
 * background renders (the header first, then one panel per frame); a prerendered page (rendered
 * at build time, see prerender.tsx) must instead be rendered whole, both on the server and when
 * the browser hydrates that page, so the two renders match.
 */
let whole = false;

export function renderWholePage() {
  whole = true;
}

export function rendersWholePage(): boolean {
  return whole;
}
