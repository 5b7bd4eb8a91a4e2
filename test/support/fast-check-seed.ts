/**
 * Property runs are reproducible in CI (one fixed seed, so a red run is the code's doing and can be replayed)
 * and exploratory on a developer's machine (a fresh seed each run, printed by fast-check on failure).
 * FC_SEED=<n> replays any run.
 */
import fc from "fast-check";

const CI_SEED = 20261127;
const given = process.env.FC_SEED;
const seed = given !== undefined && given !== "" ? Number(given) : process.env.CI ? CI_SEED : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
