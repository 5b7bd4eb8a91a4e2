/** The Office layer's two-language messages split into the user's half, whatever the spacing around the slash. */
import { messageHalves } from "../../src/host/bilingual";
import { inLanguage } from "../../src/commands/command-run";

describe("two-language messages", () => {
  it("split at the slash before the English, with or without a space before it", () => {
    expect(messageHalves("报表将以文件下载方式提供。/ The report will be offered as a download.")).toEqual({
      zh: "报表将以文件下载方式提供。",
      en: "The report will be offered as a download.",
    });
    expect(messageHalves("工作表“设置”已存在 / The sheet “设置” already exists")).toEqual({
      zh: "工作表“设置”已存在",
      en: "The sheet “设置” already exists",
    });
    expect(inLanguage("未能新建。/ Not created.", "en-US")).toBe("Not created.");
    expect(inLanguage("未能新建。/ Not created.", "zh-CN")).toBe("未能新建。");
  });

  it("a slash inside the Chinese text, or a message in one language, stays whole", () => {
    expect(messageHalves("项目写 类别/问题类型")).toEqual({ zh: "项目写 类别/问题类型", en: "项目写 类别/问题类型" });
    expect(messageHalves("Only English here")).toEqual({ zh: "Only English here", en: "Only English here" });
  });
});
