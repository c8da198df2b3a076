import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const eslintConfig = [
  {
    ignores: [
      ".next/**",
      ".next-bench/**",
      "node_modules/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
      "tests/fixtures/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // lib/ folders import one another in one direction: content and diagram at the bottom, then
    // quiz, then slides and progress, and course (the entry point that compiles lessons and
    // decks) on top. A lower folder importing a higher one is an error, and so is any cycle
    // between files. The lower folders list what they may import, so a new folder of lib/
    // starts above them; give it its own place here.
    files: ["lib/**/*.ts"],
    rules: {
      "import/no-cycle": ["error", { maxDepth: Infinity }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components"],
              message: "lib/ is plain TypeScript.",
            },
            { target: "./lib/content", from: "./lib", except: ["./content"] },
            { target: "./lib/diagram", from: "./lib", except: ["./diagram", "./content"] },
            { target: "./lib/quiz", from: "./lib", except: ["./quiz", "./content"] },
            {
              target: "./lib/slides",
              from: "./lib",
              except: ["./slides", "./content", "./diagram", "./quiz"],
            },
            { target: "./lib/progress", from: ["./lib/slides", "./lib/course", "./lib/review"] },
          ],
        },
      ],
    },
  },
];

export default eslintConfig;
