// Office add-in conventions (office-addin-lint: eslint-plugin-office-addins' recommended set with Prettier),
// applied to the project's TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "out/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    settings: { react: { version: "19" } },
    rules: {
      // TypeScript checks names itself (typescript-eslint's advice); these rules only misfire on types.
      "no-undef": "off",
      "no-unused-vars": "off",
      // React 17+ JSX transform: React need not be in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
    },
  },
];
