/**
 * Architecture rules: imports flow server -> contract -> core and web -> contract -> core, never back,
 * never in a circle, and production code never reaches into test support.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Circular imports hide the order of initialisation and make modules impossible to test alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure-no-node',
      severity: 'error',
      comment: 'packages/core runs unchanged in the browser and the server: no Node built-ins.',
      from: { path: '^packages/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-imports-no-app-package',
      severity: 'error',
      comment: 'core is the bottom layer: it never imports the contract, the apps or their dependencies.',
      from: { path: '^packages/core/' },
      to: { path: '^(packages/(contract|server|web)/|node_modules/(?!zod/))' },
    },
    {
      name: 'contract-imports-only-core-and-zod',
      severity: 'error',
      comment: 'The contract sits between the apps and core: it imports core and zod, never an app or Node.',
      from: { path: '^packages/contract/' },
      to: { path: '^(packages/(server|web)/|node_modules/(?!zod/))' },
    },
    {
      name: 'contract-is-pure-no-node',
      severity: 'error',
      comment: 'The web app reads the contract too: no Node built-ins.',
      from: { path: '^packages/contract/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-takes-only-types-from-contract',
      severity: 'error',
      comment:
        'The web app infers its API types from the contract; a value import would put zod and every schema ' +
        'in the patient bundle. Limits shared at run time live in @minimus/contract/limits, which imports nothing.',
      from: { path: '^packages/web/' },
      to: { path: '^packages/contract/src/(?!limits\\.ts$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-and-web-stay-apart',
      severity: 'error',
      from: { path: '^packages/server/' },
      to: { path: '^packages/web/' },
    },
    {
      name: 'web-and-server-stay-apart',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'web-shared-serves-both-apps',
      severity: 'error',
      comment: 'shared/ is what the patient app and the clinic both use; it knows neither of them.',
      from: { path: '^packages/web/src/shared/' },
      to: { path: '^packages/web/src/(patient|clinic)/' },
    },
    {
      name: 'web-patient-and-clinic-stay-apart',
      severity: 'error',
      comment:
        'The clinic ships apart from the patient app (its own chunks under /clinic); what both need lives in shared/.',
      from: { path: '^packages/web/src/(patient|clinic)/' },
      to: { path: '^packages/web/src/(patient|clinic)/', pathNot: ['^packages/web/src/$1/'] },
    },
    {
      name: 'web-pages-hold-pages-only',
      severity: 'error',
      comment:
        'A pages/ folder holds pages (files named *-page.tsx); sections, forms and state live beside it.',
      from: { path: '^packages/web/src/' },
      to: { path: '^packages/web/src/[^/]+/pages/(?!.*-page\\.tsx$)' },
    },
    {
      name: 'production-imports-no-test-support',
      severity: 'error',
      comment:
        'Fixtures, fakes, fuzz generators and builders live in test/ folders or a `testing` entry point ' +
        '(@minimus/core/testing); only tests (*.test.ts, *.int.test.ts, test/) and the testing entry itself use them.',
      from: {
        path: '^packages/[^/]+/src/',
        pathNot: ['\\.test\\.tsx?$', '^packages/[^/]+/src/testing/'],
      },
      to: { path: ['^packages/[^/]+/test/', '^packages/[^/]+/src/testing/'] },
    },
    {
      name: 'packages-import-by-name',
      severity: 'error',
      comment: 'Packages import each other as @minimus/<name>, never by a relative path across packages.',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/([^/]+)/', pathNot: ['^packages/$1/'], dependencyTypes: ['local'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.deps.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
