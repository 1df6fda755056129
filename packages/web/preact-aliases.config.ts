/** preact/compat behind the React API: the app imports `react`, the bundle carries Preact (about 4 KB). */
export const preactAliases = {
  'react-dom/client': 'preact/compat/client',
  'react-dom': 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
  react: 'preact/compat',
};
