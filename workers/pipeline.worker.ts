// Thin module worker: the pipeline API over browser-loaded resources, exposed with comlink.
import * as Comlink from 'comlink';
import { loadBrowserResources, loadPdfjsBrowser, prefetchBrowserResources } from '../src/client/browser-resources';
import { createPipelineApi } from '../src/client/pipeline-api';

Comlink.expose(createPipelineApi(loadBrowserResources, { loadPdfjs: loadPdfjsBrowser }, prefetchBrowserResources));
