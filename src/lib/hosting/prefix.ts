/** A path prefix in one form: "certs", "/certs" and "/certs/" all become "/certs/"; "" becomes "/". */
export function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
