/**
 * The scripts every webview must parse (src/boot): checked as ES5 by the build (webpack.config.js fails
 * on an error) and by test/boot. Trident (Internet Explorer 11) parses nothing newer, so one `const`,
 * arrow or trailing call comma there would bring back the blank pane these scripts exist to prevent.
 */
const { readFileSync } = require("fs");
const { join, resolve } = require("path");
const acorn = require("acorn");

const ROOT = join(__dirname, "..");
/** Copied as they are to the root of dist/; each page names boot-check.js in its first <script>. */
const ES5_SCRIPTS = ["src/boot/boot-check.js", "src/boot/dialog.js"];

/** null when `source` parses as an ES5 script, else the parser's message with its line and column. */
function es5Error(source) {
  try {
    acorn.parse(source, { ecmaVersion: 5, sourceType: "script" });
    return null;
  } catch (e) {
    return e instanceof SyntaxError ? e.message : String(e);
  }
}

/** Every ES5 script that fails to parse, as "file: message". */
function checkEs5Scripts(files = ES5_SCRIPTS) {
  return files.flatMap((file) => {
    const error = es5Error(readFileSync(resolve(ROOT, file), "utf8"));
    return error ? [`${file} is not ES5: ${error}`] : [];
  });
}

/** Fails the webpack build when one of `files` is no longer ES5. */
class Es5BootPlugin {
  constructor(files = ES5_SCRIPTS) {
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("Es5BootPlugin", (compilation) => {
      for (const message of checkEs5Scripts(this.files)) compilation.errors.push(new Error(message));
      for (const file of this.files) compilation.fileDependencies.add(resolve(ROOT, file));
    });
  }
}

module.exports = { ES5_SCRIPTS, es5Error, checkEs5Scripts, Es5BootPlugin };
