// Browser entry of the offline explorer: bundled by ../assets.ts with esbuild into local static
// files (no CDN at run time). Runs in the browser, so it is type-checked by tsconfig.browser.json.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { ExplorerPageConfig } from '../page-config.js';

interface MonacoWorkerEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

const configElement = document.getElementById('graphiql-config');
const mount = document.getElementById('graphiql');
if (configElement === null || mount === null) throw new Error('the GraphiQL page lacks its config or mount element');
const config = JSON.parse(configElement.textContent ?? '{}') as ExplorerPageConfig;

// Monaco runs its language services in web workers; they are bundled beside this file.
(globalThis as typeof globalThis & { MonacoEnvironment: MonacoWorkerEnvironment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'json' || label === 'graphql' ? label : 'editor';
    return new Worker(`${config.assetsPath}/${name}.worker.js`, { name: `${name} worker` });
  },
};

const fetcher = createGraphiQLFetcher({ url: new URL(config.endpoint, window.location.href).toString() });

createRoot(mount).render(
  createElement(GraphiQL, {
    fetcher,
    initialQuery: config.query,
    initialVariables: config.variables,
    initialHeaders: config.headers,
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: false,
  }),
);
