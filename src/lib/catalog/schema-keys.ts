// Which field names a schema accepts at a given path, so an unknown-field error can say
// what is allowed instead of only what is not.
import type { z } from "zod";

type AnySchema = z.core.$ZodType;

function objectsAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return objectsAt(def.innerType as AnySchema, path);
    case "pipe":
      return objectsAt(def.in as AnySchema, path);
    case "union":
      return (def.options as AnySchema[]).flatMap((o) => objectsAt(o, path));
  }
  if (path.length === 0) return def.type === "object" ? [schema] : [];
  const [head, ...rest] = path;
  if (def.type === "array" && typeof head === "number") return objectsAt(def.element as AnySchema, rest);
  if (def.type === "object") {
    const child = (def.shape as Record<string, AnySchema>)[String(head)];
    return child ? objectsAt(child, rest) : [];
  }
  return [];
}

export function allowedKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] | undefined {
  const objects = objectsAt(schema, path);
  if (objects.length === 0) return undefined;
  const keys = new Set<string>();
  for (const o of objects) for (const k of Object.keys((o._zod.def as unknown as { shape: object }).shape)) keys.add(k);
  return [...keys];
}
