// npm run nginx-config -- [--site _site] [--root /srv/www] [--listen 80] [--server-name example.org]
// Prints an nginx `server { }` block that serves the built site with the same headers and
// redirects as its _headers and _redirects files. --root is the folder nginx serves: the
// built site itself, or, for a build with PATH_PREFIX=/certs/, the folder holding certs/.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { nginxServerBlock } from "../src/lib/hosting/nginx.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "_site" },
    root: { type: "string" },
    listen: { type: "string", default: "80" },
    "server-name": { type: "string" },
  },
});

const site = path.resolve(values.site!);
const read = (name: string) => readFile(path.join(site, name), "utf8").catch(() => {
  console.error(`${path.join(site, name)} not found: run npm run build first.`);
  process.exit(1);
});

process.stdout.write(
  nginxServerBlock({
    root: values.root ?? site,
    listen: values.listen!,
    serverName: values["server-name"],
    headers: await read("_headers"),
    redirects: await read("_redirects"),
  }),
);
