/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The minimal precaching worker: the build, the static files and the page, so it opens offline.
import { build, files, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { precacheAndRoute } from 'workbox-precaching';

precacheAndRoute([...build, ...files, '/'].map((url) => ({ url, revision: version })));
clientsClaim();
