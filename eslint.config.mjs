// One ESLint configuration for every workspace (`npm run lint` runs it with each workspace's
// typecheck, through turbo). Formatting is Prettier's (.prettierrc.json), so the stylistic rules
// are off (eslint-config-prettier).
import js from "@eslint/js"
import nextPlugin from "@next/eslint-plugin-next"
import prettier from "eslint-config-prettier"
import reactHooks from "eslint-plugin-react-hooks"
import { defineConfig, globalIgnores } from "eslint/config"
import globals from "globals"
import tseslint from "typescript-eslint"

const react = ["admin/**/*.{ts,tsx}", "storefront/**/*.{ts,tsx}", "backend/src/admin/**/*.{ts,tsx}"]

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    "**/dist/",
    "**/.medusa/",
    "**/.next/",
    // the e2e tests' and benchmarks' own builds (as .gitignore lists them)
    "**/.next-*/",
    "**/dist-*/",
    "backend/public/",
    "backend/static/",
    "backend/uploads*/",
    "**/.turbo/",
    "**/test-results/",
    "**/coverage/",
    ".data/",
    "storefront/public/",
    "**/next-env.d.ts",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      // `_name` marks a deliberately unused binding (destructuring a field away, a required parameter)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // an empty catch is how cleanup code says "already gone" (a closed browser, a removed file)
      "no-empty": ["error", { allowEmptyCatch: true }],
      // ANSI colour codes and other control characters are matched on purpose (logs, docker output)
      "no-control-regex": "off",
      // Query.graph results and some workflow data are untyped in Medusa; the `any` casts sit at those
      // boundaries. Shown, not failing, until the reads move behind typed module methods (issue 13 §1).
      "@typescript-eslint/no-explicit-any": "warn",
    },
  },
  {
    // tests and benchmarks read untyped JSON answers and poke at internals on purpose
    files: ["**/integration-tests/**", "**/tests/**", "**/__tests__/**", "**/bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // CommonJS files (jest's config and setup, Medusa's loaders) use require
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: react,
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs["recommended-latest"].rules,
      // A missing dependency is a stale-value bug: an error, not a warning.
      "react-hooks/exhaustive-deps": "error",
      // React Compiler readiness rules. The apps are not compiled with React Compiler, and these flag
      // code that is correct without it: a ref read while rendering (the latest callback kept for an
      // effect), state reset from an effect when its input changes, Date.now() in a render that is
      // not memoised. Follow-up when the compiler is adopted.
      "react-hooks/refs": "off",
      "react-hooks/set-state-in-effect": "off",
      "react-hooks/purity": "off",
      "react-hooks/preserve-manual-memoization": "off",
      "react-hooks/incompatible-library": "off",
    },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["storefront/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // for the pages/ router; the storefront has only app/ (and the rule cannot find pages/ from storefront/)
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  prettier
)
