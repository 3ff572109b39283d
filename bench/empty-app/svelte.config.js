// The reference app: the repo's adapter with its options (precompressed static files), nothing else.
import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: { adapter: adapter({ out: 'build', precompress: true }) }
};

export default config;
