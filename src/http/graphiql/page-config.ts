/** What the /graphiql page hands its browser bundle (a JSON script element, read by client/main.ts). */
export interface ExplorerPageConfig {
  /** The GraphQL endpoint, relative to the page. */
  endpoint: string;
  /** Where the bundle's workers are served. */
  assetsPath: string;
  /** Prefilled operation editor. */
  query: string;
  /** Prefilled variables editor (JSON text). */
  variables: string;
  /** Prefilled request headers editor (JSON text). */
  headers: string;
}
