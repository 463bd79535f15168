// GraphiQL with the cookbook's questions as its tabs (the page holds them as JSON, see cookbook.html).
const cookbook = JSON.parse(document.getElementById('cookbook').textContent);
const url = `${location.protocol}//${location.host}${new URLSearchParams(location.search).get('path') || '/graphql'}`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
  fetcher: GraphiQL.createFetcher({ url }),
  defaultTabs: cookbook,
  defaultEditorToolsVisibility: false,
  // Headers may hold an API key; GraphiQL would keep them in localStorage, for good.
  shouldPersistHeaders: false,
}));
