import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The data layer is asynchronous: a call whose promise is dropped or tested for truth (`if (expireIfDue(…))`)
    // would run outside its transaction or always be true. Type-aware, so only on TypeScript sources.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // One way in: pages, actions and components reach the database only through the data layer's
    // session-level functions, which authenticate and authorize (lib/dal/*.ts, not the *-store modules).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db/*", "**/db/*"], allowTypeImports: true, message: "app/ et components/ passent par lib/dal (pas d'accès direct à la base)." },
            { group: ["@/lib/dal/*-store", "**/lib/dal/*-store"], allowTypeImports: true, message: "app/ et components/ appellent les fonctions de session de lib/dal, pas les stores." },
          ],
        },
      ],
    },
  },
];

export default config;
