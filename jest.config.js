/** Unit, property, fixture and component tests. Browser (Playwright) tests live in test/browser and run in the same jest run. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(ts|tsx)$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  // Packages published as ES modules only, compiled for jest.
  transformIgnorePatterns: ["/node_modules/(?!(chinese-days)/)"],
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/test/support/style-stub.js",
    // office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the package's entry pulls
    // in ES-module-only dependencies (uuid, strip-bom) that jest's CommonJS runtime cannot load.
    "^office-addin-manifest$": "office-addin-manifest/lib/officeApp",
  },
  setupFiles: ["<rootDir>/test/support/fast-check-seed.ts"],
  testTimeout: 60000,
};
