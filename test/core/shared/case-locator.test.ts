import fc from "fast-check";
import { caseLocator } from "../../../src/core/shared/case-locator";
import { makeCase } from "../classify/make-case";

describe("caseLocator", () => {
  const cases = ["a", "b", "c", "d"].map((id) => makeCase({ id }));

  it("finds ids in log order, out of order, repeated, and says -1 for strangers", () => {
    const locate = caseLocator(cases);
    expect(["a", "a", "b", "c", "a", "d", "d", "b", "zz", "c"].map(locate)).toEqual([0, 0, 1, 2, 0, 3, 3, 1, -1, 2]);
  });

  it("finds cases far ahead, as when a caller skips the entries of most cases", () => {
    const many = Array.from({ length: 500 }, (_, i) => makeCase({ id: `K${i}` }));
    const locate = caseLocator(many);
    const wanted = [0, 1, 200, 200, 201, 499];
    expect(wanted.map((i) => locate(`K${i}`))).toEqual(wanted);
  });

  it("agrees with a plain search on any stream of ids", () => {
    const many = Array.from({ length: 60 }, (_, i) => makeCase({ id: `K${i}` }));
    const ids = many.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 59 }).map((i) => ids[i]), fc.constantFrom("x", "K60", "")), {
          maxLength: 200,
        }),
        (stream) => {
          const locate = caseLocator(many);
          expect(stream.map(locate)).toEqual(stream.map((id) => ids.indexOf(id)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
