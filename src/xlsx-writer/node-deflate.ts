/**
 * Node's zlib as the writer's DeflateRaw: about twice as fast as the built-in fflate on a large register.
 * Node only — import it from the CLI, never from code bundled for the task pane (src/xlsx-writer/index.ts
 * does not re-export it).
 */
import { constants, deflateRawSync } from "zlib";
import type { DeflateRaw } from "./zip-sink";

export const nodeDeflateRaw: DeflateRaw = (piece, final) =>
  deflateRawSync(piece, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
