/**
 * The JSON is written piece by piece, and a slow reader holds the writer back: the stream's buffer never
 * holds more than its limit and one piece, not the document.
 */
import { Writable } from "node:stream";
import { writePieces } from "../../src/cli/write-pieces";

describe("writing a long result to a slow reader", () => {
  it("waits for the reader: the buffer stays under its limit plus one piece, and every piece arrives in order", async () => {
    const received: string[] = [];
    let mostBuffered = 0;
    const out = new Writable({
      highWaterMark: 1024,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        received.push(chunk);
        setImmediate(done);
      },
    });
    const pieces = Array.from({ length: 400 }, (_, i) => `${String(i).padStart(4, "0")}${"数".repeat(96)}\n`);
    function* watched(): Generator<string> {
      for (const p of pieces) {
        mostBuffered = Math.max(mostBuffered, out.writableLength);
        yield p;
      }
    }
    await writePieces(out, watched());
    await new Promise<void>((resolve) => out.end(resolve));
    expect(received.join("")).toBe(pieces.join(""));
    expect(mostBuffered).toBeLessThanOrEqual(1024 + pieces[0].length);
  });
});
