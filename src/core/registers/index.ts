export { findRepeatComplaints, unitKey } from "./repeats";
export { isFollowedUp } from "./follow-up";
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
