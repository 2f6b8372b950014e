// The worker thread of ./markdown-batch.ts: renders the texts it is sent with the data renderer
// and posts the HTML back, in the same order.
import { parentPort } from "node:worker_threads";
import { renderDataMarkdown } from "./markdown.ts";

parentPort!.once("message", (texts: string[]) => parentPort!.postMessage(texts.map(renderDataMarkdown)));
