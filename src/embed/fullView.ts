/** The address of the whole tool showing the same view: this page's URL without `embed` and `scene`. */
export function fullViewHref(href: string = window.location.href): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.searchParams.delete('scene');
  return url.toString();
}
