/**
 * The filters' long option lists (about 100 municipalities and 130 occupation groups) as HTML.
 * Svelte hydrates an `{@html}` block by taking the server's nodes as they are, where a keyed
 * `{#each}` walks and wires every option: on a slow phone that was a large part of `/job`'s start.
 * Every label and value is escaped here; the chosen option carries `selected`, so the server's page
 * shows the choice without JavaScript too.
 */
export interface Option {
	code: string;
	label: string;
}

export interface OptionGroup {
	label: string;
	options: readonly Option[];
}

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

export function optionsHtml(options: readonly Option[], chosen: string): string {
	return options
		.map(
			(option) =>
				`<option value="${escapeHtml(option.code)}"${option.code === chosen ? ' selected' : ''}>${escapeHtml(option.label)}</option>`
		)
		.join('');
}

export function optionGroupsHtml(groups: readonly OptionGroup[], chosen: string): string {
	return groups
		.map(
			(group) =>
				`<optgroup label="${escapeHtml(group.label)}">${optionsHtml(group.options, chosen)}</optgroup>`
		)
		.join('');
}
