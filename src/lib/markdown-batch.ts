// Many data texts rendered at once, on a worker thread when there are enough of them to pay for
// one. At 10,000 records the descriptions are 23 MB of Markdown and 1.8 s of markdown-it; the
// catalog starts the worker before it loads the records (the thread takes about 0.3 s to load
// tsx and markdown-it), sends the texts once loaded, and validates the records meanwhile
// (src/lib/catalog/index.ts).
import { Worker } from "node:worker_threads";
import { renderDataMarkdown } from "./markdown.ts";

/** Fewer texts than this render on the calling thread (the real catalogue has about 110). */
export const WORKER_MIN_TEXTS = 1000;

export interface MarkdownBatch {
  /** Whether the texts go to a worker thread. */
  readonly onWorker: boolean;
  /** Each text's HTML, in order, as renderDataMarkdown gives it. Call it once. */
  render(texts: string[]): Promise<string[]>;
  /** Stops the worker thread, if there is one and it is still running. */
  close(): void;
}

/** A renderer of many texts for about `expected` of them: from WORKER_MIN_TEXTS up, its worker thread starts now. */
export function startDataMarkdownBatch(expected: number, { workerMinTexts = WORKER_MIN_TEXTS } = {}): MarkdownBatch {
  if (expected < workerMinTexts) return { onWorker: false, render: async (texts) => texts.map(renderDataMarkdown), close: () => {} };
  const worker = startWorker();
  return {
    onWorker: true,
    render: async (texts) => {
      try {
        return await worker.render(texts);
      } catch {
        // A thread that cannot start or fails costs time, not correctness: the same renderer, here.
        return texts.map(renderDataMarkdown);
      }
    },
    close: worker.close,
  };
}

// The worker is TypeScript: it registers tsx itself, as a worker does not inherit the loader
// hooks that `node --import tsx` gives the main thread.
const WORKER_SOURCE = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL("./markdown-worker.ts", import.meta.url).href)}); });`;

/** A worker thread that renders one list of texts with renderDataMarkdown, then ends. */
export function startWorker(): MarkdownBatch {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  const answer = new Promise<string[]>((resolve, reject) => {
    worker.once("message", (html: string[]) => {
      resolve(html);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the Markdown worker stopped (exit ${code}) before it answered`)));
  });
  answer.catch(() => {}); // a failure is reported to render(), if it is ever called
  return {
    onWorker: true,
    render: (texts) => {
      worker.postMessage(texts);
      return answer;
    },
    close: () => void worker.terminate(),
  };
}
