/**
 * Lints source texts as if they sat at the given paths, with the project's eslint.config.mjs, through
 * ESLint's Node API. Runs as its own Node process: the config is an ES module, which jest's CommonJS
 * runtime cannot import. Reads [{ filePath, code }] as JSON on stdin, writes [{ filePath, errors }].
 */
const { ESLint } = require("eslint");

let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const { filePath, code } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push({
      filePath,
      errors: result.messages
        .filter((m) => m.severity === 2)
        .map((m) => ({ ruleId: m.ruleId, message: m.message, line: m.line })),
    });
  }
  process.stdout.write(JSON.stringify(out));
});
