// One rule only: CSS says start/end, never left/right, so the layout mirrors by itself for Arabic
// (`<html dir="rtl">`). Top/bottom, width/height and their borders do not change with the writing
// direction, so they are left alone; everything on the inline axis must be logical.
// Run with `npx stylelint "src/**/*.{scss,svelte}"` (part of `npm run lint` and `npm test`).

/** Physical properties that mean the same in both directions (the block axis and sizes). */
export const directionNeutral = [
	/^(top|bottom)$/,
	/^(margin|padding)-(top|bottom)$/,
	/^border-(top|bottom)(-(color|style|width))?$/,
	/^(min-|max-)?(width|height)$/
];

/** @type {import('stylelint').Config} */
export default {
	plugins: ['stylelint-use-logical'],
	overrides: [
		{ files: ['**/*.svelte'], customSyntax: 'postcss-html' },
		{ files: ['**/*.scss'], customSyntax: 'postcss-scss' }
	],
	rules: {
		'csstools/use-logical': ['always', { except: directionNeutral }]
	}
};
