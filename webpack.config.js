/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the task pane and the ribbon's function file. Production output goes to dist/; the dev server
 * serves https://localhost:3000 with Office's dev certificates. The xlsx reader, the pipeline, the report
 * writer and Chart.js are split into chunks loaded on demand; the build prints the gzipped size of each
 * page's initial JavaScript and fails when the pane's exceeds its budget.
 */
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const fs = require("fs");
const { spawnSync } = require("child_process");
// Fails the build when a script every webview must parse (src/boot) is no longer ES5.
const { ES5_SCRIPTS, Es5BootPlugin } = require("./scripts/es5-check");
const { manifestFor, normaliseAddinUrl } = require("./scripts/addin-url");

/** Issue 7: initial pane JavaScript ≤ 350 KB gzipped. */
const INITIAL_BUDGET_GZIP = 350 * 1024;
const FIXED_NAMES = new Set(["office-loader", "preview-boot", "analysis-worker"]);
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Prints, per page, the gzipped size of the JavaScript it loads before first paint, and the lazy chunks. */
class SizeReportPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("SizeReportPlugin", (compilation) => {
      const gz = (file) => {
        // Sources are released after emit; measure what was written.
        const written = path.join(compilation.outputOptions.path, file);
        return fs.existsSync(written) ? zlib.gzipSync(fs.readFileSync(written), { level: 9 }).length : 0;
      };
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      const initialFiles = new Set();
      const lines = ["", "Bundle sizes (gzipped):"];
      for (const [name, entry] of compilation.entrypoints) {
        const files = entry.getFiles().filter((f) => f.endsWith(".js"));
        files.forEach((f) => initialFiles.add(f));
        const total = files.reduce((sum, f) => sum + gz(f), 0);
        lines.push(`  initial ${name.padEnd(14)} ${kb(total).padStart(10)}  (${files.join(", ")})`);
        if (name === "taskpane" && total > INITIAL_BUDGET_GZIP) {
          compilation.errors.push(new Error(`taskpane initial JS is ${kb(total)} gzipped, over the ${kb(INITIAL_BUDGET_GZIP)} budget`));
        }
      }
      for (const chunk of compilation.chunks) {
        for (const f of chunk.files) {
          if (!f.endsWith(".js") || initialFiles.has(f)) continue;
          lines.push(`  lazy    ${(chunk.name || String(chunk.id)).padEnd(14)} ${kb(gz(f)).padStart(10)}  (${f})`);
        }
      }
      const officeJs = path.join(__dirname, "node_modules/@microsoft/office-js/dist/office.js");
      lines.push(`  office.js (preview copy; Excel loads it from Microsoft's CDN) ${kb(zlib.gzipSync(fs.readFileSync(officeJs)).length)}`);
      console.log(lines.join("\n"));
    });
  }
}

/** With ADDIN_URL, validates dist/manifest.xml against Microsoft's schemas; an invalid manifest fails the build. */
class ManifestCheckPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ManifestCheckPlugin", (compilation) => {
      const written = path.join(compilation.outputOptions.path, "manifest.xml");
      const run = spawnSync(process.execPath, [path.join(__dirname, "scripts/validate-manifest.mjs"), written], { encoding: "utf8" });
      if (run.status !== 0) compilation.errors.push(new Error(`dist/manifest.xml: ${run.stdout}${run.stderr}`));
      else console.log(run.stdout.trim());
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const addinUrl = process.env.ADDIN_URL ? normaliseAddinUrl(process.env.ADDIN_URL) : null;
  if (addinUrl instanceof Error) throw addinUrl;
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      "office-loader": "./src/taskpane/office-loader.ts",
      // Preview only: starts the sample's analysis in a worker while the pane's bundle loads.
      "preview-boot": "./src/taskpane/preview-boot.ts",
      "analysis-worker": "./src/host/worker/analysis-worker.ts",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // These are named by hand (in the HTML, or by preview-boot), so their names carry no hash.
      filename: (data) => (FIXED_NAMES.has(data.chunk.name) ? "[name].js" : dev ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type-checking is `npm run typecheck`; ES modules here so webpack can split and tree-shake.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
      ],
    },
    // Node built-ins the file adapters mention for the CLI path are never reached in the browser.
    externalsPresets: { web: true },
    performance: { hints: false },
    plugins: [
      // No bundle of its own: boot-check.js and dialog.js, both ES5 (see Es5BootPlugin).
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/commands/dialog.html", chunks: [], inject: false }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer", inject: "head" }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"], scriptLoading: "defer", inject: "head" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // The scripts every webview must parse, as written (no minifier touches them).
          ...ES5_SCRIPTS.map((file) => ({ from: file, to: path.basename(file) })),
          addinUrl
            ? { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString(), addinUrl) }
            : { from: "manifest.xml", to: "manifest.xml" },
          // office.js for the preview and the tests, so nothing is fetched from Microsoft outside Office.
          { from: "node_modules/@microsoft/office-js/dist/office.js", to: "office-js/office.js" },
          // office.js asks for its host map even when no host answers.
          { from: "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js", to: "office-js/o15apptofilemappingtable.js" },
          { from: "node_modules/@microsoft/office-js/dist/en-us", to: "office-js/en-us" },
          { from: "node_modules/@microsoft/office-js/dist/zh-cn", to: "office-js/zh-cn" },
        ],
      }),
      new SizeReportPlugin(),
      new Es5BootPlugin(),
      ...(addinUrl ? [new ManifestCheckPlugin()] : []),
    ],
  };
  if (serving) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port,
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? {} : await devCerts.getHttpsServerOptions() },
      static: { directory: path.join(__dirname, "dist") },
    };
  }
  return config;
};
