/**
 * Writing a long result piece by piece without holding it: a pipe is written asynchronously, so a writer
 * that does not wait fills the stream's buffer with the whole document (a 100k-case log's JSON is some
 * 280 MB) while the reader catches up.
 */
import type { Writable } from "node:stream";

/** Writes the pieces in turn, waiting for the stream to drain whenever its buffer is full. */
export async function writePieces(out: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once("drain", resolve));
  }
}
