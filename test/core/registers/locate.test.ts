import { caseLocator } from "../../../src/core/registers/locate";
import { makeCase } from "../classify/make-case";

describe("caseLocator", () => {
  const cases = ["a", "b", "c", "d"].map((id) => makeCase({ id }));

  it("finds ids in log order, out of order, repeated, and says -1 for strangers", () => {
    const locate = caseLocator(cases);
    expect(["a", "a", "b", "c", "a", "d", "d", "b", "zz", "c"].map(locate)).toEqual([0, 0, 1, 2, 0, 3, 3, 1, -1, 2]);
  });
});
