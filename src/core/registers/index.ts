export { findRepeatComplaints } from "./repeats";
export {
  NONE_KEY,
  REGISTER_NAMES,
  buildRegisters,
  registerRow,
  registerRows,
  type RegisterOptions,
  type RegisterRow,
  type Registers,
} from "./registers";
